package jp.kikan.kaigo.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 介護保険被保険者証 (帳票ID 0230010 of 介護保険システム標準仕様書 第6.0版, third-party extract; standard-specs/long-term-care/
 * forms.csv), A4 縦 here — insurers print it on their own folded card stock, whose 様式 (介護保険法施行規則 様式第一号 —
 * from general knowledge) was not read. The items: 被保険者番号, 住所, 氏名 (as recorded), 生年月日, 性別, 交付年月日,
 * 資格取得年月日, 住所地特例, the certification (要介護状態区分等, 認定年月日, 有効期間), 保険者番号 and 名称. Not printed:
 * 区分支給限度基準額, 審査会の意見, 給付制限, 居宅介護支援事業者 (not kept by this service).
 */
@ApplicationScoped
public class HihokenshashoPdf {

    static final String TITLE = "介護保険被保険者証";
    private static final System.Logger LOG = System.getLogger(HihokenshashoPdf.class.getName());
    private static final List<String> CHUI = List.of(
            "介護サービスを受けるときは、この証と介護保険負担割合証をサービス事業者や施設の窓口に提示してください。",
            "要介護・要支援認定を受けるときは、この証を添えて申請してください。認定の結果はこの証に記載します。",
            "住所・氏名が変わったとき、被保険者の資格を失ったとき（転出・死亡など）は、14日以内に届け出て、この証を返してください。");

    @Inject
    CertificateFonts fonts;

    /** What the document prints, already formatted (dates in 和暦); the certification null when none is valid. */
    public record Model(String hakkoBango, String kofubi, String hihokenshaBango, String jusho, String shimei, String shimeiFurigana,
            String seinengappi, String seibetsu, String shikakuShutokubi, String jushochiTokurei, String yokaigodo, String ninteibi,
            String yukoKikan, String hokenjaBango, String hokenjaMeisho, String shucho) {
    }

    public RenderResult render(Model m) {
        RenderResult r = CertificatePdf.render(fonts.get(), KaigoPdf.CREATOR, TITLE, m.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, TITLE + "（続き）　" + m.shimei(), "帳票ID 0230010（介護保険システム標準仕様書 第6.0版）",
                        m.hakkoBango(), m.hokenjaMeisho()),
                (t, footer) -> (doc, writer) -> write(doc, t, m));
        CertificatePdf.log(LOG, TITLE, m.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, Model m) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE));
        PdfPTable card = CertificatePdf.table(new float[] {20f, 30f, 18f, 32f});
        CertificatePdf.wide(t, card, "被保険者番号", m.hihokenshaBango());
        CertificatePdf.wide(t, card, "住所", m.jusho());
        CertificatePdf.name(t, card, m.shimei(), m.shimeiFurigana(), 3);
        CertificatePdf.row(t, card, "生年月日", m.seinengappi(), "性別", m.seibetsu());
        CertificatePdf.row(t, card, "交付年月日", m.kofubi(), "資格取得年月日", m.shikakuShutokubi());
        CertificatePdf.wide(t, card, "被保険者の区分", "第1号被保険者（65歳以上）");
        if (m.jushochiTokurei() != null) {
            CertificatePdf.wide(t, card, "住所地特例", m.jushochiTokurei());
        }
        card.setSpacingAfter(4f);
        doc.add(card);
        doc.add(CertificateCells.section(t, "要介護状態区分等"));
        PdfPTable nintei = CertificatePdf.table(new float[] {20f, 30f, 18f, 32f});
        if (m.yokaigodo() == null) {
            CertificatePdf.wide(t, nintei, "要介護状態区分等", "（認定を受けていません）");
        } else {
            CertificatePdf.row(t, nintei, "要介護状態区分等", m.yokaigodo(), "認定年月日", m.ninteibi());
            CertificatePdf.wide(t, nintei, "認定の有効期間", m.yukoKikan());
        }
        nintei.setSpacingAfter(4f);
        doc.add(nintei);
        doc.add(CertificateCells.section(t, "保険者"));
        PdfPTable hokenja = CertificatePdf.table(new float[] {20f, 30f, 18f, 32f});
        CertificatePdf.row(t, hokenja, "保険者番号", m.hokenjaBango(), "保険者の名称", m.hokenjaMeisho());
        hokenja.setSpacingAfter(8f);
        doc.add(hokenja);
        doc.add(CertificateCells.section(t, "注意事項"));
        for (String line : CHUI) {
            doc.add(CertificateCells.text(t, "・" + line, 9.5f, Style.PLAIN));
        }
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, "保険者", m.kofubi(), m.shucho()));
    }
}
