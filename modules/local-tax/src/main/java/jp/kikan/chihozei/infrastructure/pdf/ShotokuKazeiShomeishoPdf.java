package jp.kikan.chihozei.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.labelAmount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 所得・課税証明書 (A4 縦) from one assessment version: the person, the 年度 and income year, 所得, 所得控除, 扶養の状況,
 * 課税標準, 市民税・県民税 (所得割・均等割) and 年税額, then the 認証文 with the 首長 and the 公印 box. The standard's form
 * was not found (standard-specs/local-tax/forms.csv): the items are those municipal certificates print (地方税法第20条の10
 * 証明書の交付). Amounts are the stored assessment's, never recomputed.
 */
@ApplicationScoped
public class ShotokuKazeiShomeishoPdf {

    static final String TITLE = "所得・課税証明書";
    static final String NINSHOBUN = "上記のとおり証明します。";

    private static final System.Logger LOG = System.getLogger(ShotokuKazeiShomeishoPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    public RenderResult render(ZeiShomeiModel.Hakko h, ZeiShomeiModel.Atesaki a, ZeiShomeiModel.Fuka f) {
        RenderResult r = CertificatePdf.render(fonts.get(), ZeiPdf.CREATOR, TITLE, h.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, TITLE + "（続き）　" + f.nendoLabel() + "　" + a.shimei(),
                        "※ " + f.nendoLabel() + "の賦課（第" + f.version() + "版・" + f.shoriBiWareki() + "決定）に基づいて証明しています。",
                        h.hakkoBango(), h.municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, h, a, f));
        CertificatePdf.log(LOG, TITLE, h.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, ZeiShomeiModel.Hakko h, ZeiShomeiModel.Atesaki a,
            ZeiShomeiModel.Fuka f) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "（" + f.shotokuNenLabel() + "の所得）", 11f, Style.PLAIN));
        doc.add(ZeiPdf.atesaki(t, a));
        doc.add(section(t, "所得の状況（" + f.shotokuNenLabel() + "）"));
        doc.add(shotoku(t, f.shotoku()));
        doc.add(section(t, "所得控除"));
        doc.add(kojo(t, f.kojo()));
        doc.add(section(t, "扶養等の状況"));
        doc.add(fuyo(t, f.fuyo()));
        doc.add(section(t, "課税標準・税額（" + f.nendoLabel() + "）"));
        PdfPTable hyojun = CertificatePdf.table(new float[] {31f, 23f, 23f, 23f});
        labelAmount(t, hyojun, "課税標準（課税総所得金額）", f.kazeiSoshotokuKingaku());
        hyojun.addCell(label(t, "課税・非課税"));
        hyojun.addCell(CertificateCells.right(t, kazei(f), 1));
        doc.add(hyojun);
        doc.add(ZeiPdf.zeigaku(t, h, f));
        if (f.hikazei().riyu() != null) {
            doc.add(CertificateCells.text(t, "非課税の理由：" + f.hikazei().riyu(), 9f, Style.PLAIN));
        }
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, NINSHOBUN, h.hakkoBiWareki(), h.mayorTitle()));
    }

    private static String kazei(ZeiShomeiModel.Fuka f) {
        if (f.hikazei().zengakuHikazei()) {
            return "非課税";
        }
        if (f.hikazei().shotokuwariHikazei() && !f.hikazei().kintowariHikazei()) {
            return "均等割のみ課税";
        }
        return f.nenzeigaku() > 0 ? "課税" : "非課税";
    }

    private static PdfPTable shotoku(GlyphFallbackText t, ShotokuKeisan s) {
        PdfPTable table = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        labelAmount(t, table, "給与収入", s.kyuyoShunyu());
        labelAmount(t, table, "給与所得", s.kyuyoShotoku());
        labelAmount(t, table, "公的年金等収入", s.kotekiNenkinShunyu());
        labelAmount(t, table, "公的年金等に係る雑所得", s.kotekiNenkinShotoku());
        labelAmount(t, table, "事業所得", s.jigyoShotoku());
        labelAmount(t, table, "不動産所得", s.fudosanShotoku());
        labelAmount(t, table, "配当所得", s.haitoShotoku());
        labelAmount(t, table, "その他の所得（雑所得等）", s.zatsuShotokuSonota() + s.sonotaShotoku());
        labelAmount(t, table, "合計所得金額", s.gokeiShotokuKingaku());
        labelAmount(t, table, "総所得金額等", s.soShotokuKingakuTo());
        return table;
    }

    private static PdfPTable kojo(GlyphFallbackText t, ShotokuKojoKeisan k) {
        PdfPTable table = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        labelAmount(t, table, "社会保険料控除", k.shakaiHokenryo());
        labelAmount(t, table, "小規模企業共済等掛金控除", k.shokiboKigyoKyosaiKakekin());
        labelAmount(t, table, "生命保険料控除", k.seimeiHokenryo());
        labelAmount(t, table, "地震保険料控除", k.jishinHokenryo());
        labelAmount(t, table, "医療費控除", k.iryohi());
        labelAmount(t, table, "雑損控除", k.zasson());
        labelAmount(t, table, "障害者控除", k.shogaisha());
        labelAmount(t, table, "寡婦・ひとり親控除", k.kafu() + k.hitorioya());
        labelAmount(t, table, "勤労学生控除", k.kinroGakusei());
        labelAmount(t, table, "配偶者（特別）控除", k.haigusha() + k.haigushaTokubetsu());
        labelAmount(t, table, "扶養控除", k.fuyo() + k.tokuteiShinzokuTokubetsu());
        labelAmount(t, table, "基礎控除", k.kiso());
        table.addCell(label(t, "所得控除の合計"));
        table.addCell(CertificateCells.right(t, CertificateCells.yen(k.gokei()), 3));
        return table;
    }

    private static PdfPTable fuyo(GlyphFallbackText t, ZeiShomeiModel.Fuyo f) {
        PdfPTable table = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        table.addCell(label(t, "控除対象配偶者等"));
        table.addCell(CertificateCells.right(t, f.haigusha() ? "有" : "無", 1));
        table.addCell(label(t, "扶養親族（16歳以上）"));
        table.addCell(CertificateCells.right(t, f.fuyoShinzoku() + "人", 1));
        CertificatePdf.wide(t, table, "扶養親族の内訳",
                "一般 " + f.ippan() + "人　特定 " + f.tokutei() + "人　老人 " + (f.rojin() + f.dokyoRoshin()) + "人（うち同居老親等 " + f.dokyoRoshin() + "人）");
        return table;
    }
}
