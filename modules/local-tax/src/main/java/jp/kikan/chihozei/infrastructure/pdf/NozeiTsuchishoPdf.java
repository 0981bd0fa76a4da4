package jp.kikan.chihozei.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.amount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.labelAmount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.right;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 納税通知書 (普通徴収, A4 縦): 地方税法第319条の2 requires the notice to state the 課税標準, the 税額, the 納期, each 期's
 * amount, where to pay and what to do if one disagrees (審査請求, 行政不服審査法). Printed here: the addressee, 税額の内訳,
 * 課税標準, 期別税額 with 納期限 (地方税法第320条: 6月・8月・10月・1月中, the day by 条例; Kikan prints the month's
 * last day), for a 更正 the amount before and after and the difference per 期, and on a following page the 算定根拠.
 * The layout of the standard's form (函館市: A4 三つ折り) was not read: this is a plain A4 sheet without the 納付書.
 */
@ApplicationScoped
public class NozeiTsuchishoPdf {

    static final String TITLE = "納税通知書";

    private static final System.Logger LOG = System.getLogger(NozeiTsuchishoPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    public RenderResult render(ZeiShomeiModel.Hakko h, ZeiShomeiModel.Atesaki a, ZeiShomeiModel.Fuka f,
            ZeiShomeiModel.Futsu c) {
        String title = f.nendoLabel() + "　" + h.shiZei() + "・" + h.kenZei() + "　" + TITLE;
        String suffix = c.kosei() ? "（税額変更）" : "（普通徴収）";
        RenderResult r = CertificatePdf.render(fonts.get(), ZeiPdf.CREATOR, TITLE, h.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, title + suffix + "（続き）　" + a.shimei() + " 様", null,
                        h.hakkoBango(), h.municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, title, suffix, h, a, f, c));
        CertificatePdf.log(LOG, TITLE, h.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, String title, String suffix, ZeiShomeiModel.Hakko h,
            ZeiShomeiModel.Atesaki a, ZeiShomeiModel.Fuka f, ZeiShomeiModel.Futsu c) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE, suffix));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "　" + h.shiZei() + "・" + h.kenZei() + "（個人住民税）　"
                + f.shotokuNenLabel() + "の所得に係るもの", 10.5f, Style.PLAIN));
        doc.add(ZeiPdf.atesaki(t, a));
        String zei = h.shiZei() + "・" + h.kenZei();
        doc.add(CertificateCells.text(t, c.kosei()
                ? "あなたの" + f.nendoLabel() + "の" + zei + "の税額を下記のとおり変更（更正）しましたので通知します。\n"
                        + "更正の理由：" + c.riyu()
                : "あなたの" + f.nendoLabel() + "の" + zei + "の税額を下記のとおり決定しましたので、地方税法第319条の2の規定により通知します。",
                10f, Style.PLAIN));
        doc.add(section(t, "課税標準"));
        PdfPTable kiso = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        labelAmount(t, kiso, "総所得金額等", f.shotoku().soShotokuKingakuTo());
        labelAmount(t, kiso, "所得控除の合計", f.kojo().gokei());
        labelAmount(t, kiso, "課税標準（課税総所得金額）", f.kazeiSoshotokuKingaku());
        labelAmount(t, kiso, "合計所得金額", f.shotoku().gokeiShotokuKingaku());
        doc.add(kiso);
        doc.add(section(t, "税額の内訳"));
        doc.add(ZeiPdf.zeigaku(t, h, f));
        doc.add(section(t, c.kosei() ? "期別税額（更正前・更正後・差額）" : "期別税額と納期限"));
        doc.add(c.kosei() ? koseiKi(t, c) : ki(t, c));
        doc.add(CertificateCells.text(t, "※ 納期限は各月の末日です（条例による）。納期限が土曜日・日曜日・休日に当たるときは、その翌日が納期限になります"
                + "（地方税法第20条の5第2項）。", 8.5f, Style.GREY));
        if (c.zuiji() != 0) {
            // KoseiPolicy: an instalment already due keeps its amount; what no instalment can take gets a 納期 of its own
            doc.add(CertificateCells.text(t, "※ 納期限の到来した期の税額は変わりません。差額のうち残りの期で調整できない "
                    + CertificateCells.yen(c.zuiji()) + " は、随時の納期（別途お知らせします）に納めていただきます。", 9f, Style.PLAIN));
        }
        if (c.kanpu() > 0) {
            doc.add(CertificateCells.text(t, "※ 既に納付された額のうち " + CertificateCells.yen(c.kanpu())
                    + " は納め過ぎとなります。還付または未納の税への充当について別途お知らせします。", 9f, Style.PLAIN));
        }
        doc.add(CertificateCells.text(t, "※ この処分に不服があるときは、この通知を受けた日の翌日から起算して3か月以内に、"
                + h.mayorTitle().split("　")[0] + "に対して審査請求をすることができます（行政不服審査法第2条・第18条）。",
                8.5f, Style.GREY));
        doc.add(CertificatePdf.certification(t, "上記のとおり通知します。", h.hakkoBiWareki(), h.mayorTitle()));
        doc.newPage();
        doc.add(CertificatePdf.title(t, "算定根拠"));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "の賦課（第" + f.version() + "版・" + f.shoriBiWareki()
                + "決定）の計算の順に、用いた金額と税率・控除額を示します。", 9.5f, Style.PLAIN));
        PdfPTable konkyo = CertificatePdf.table(new float[] {6f, 94f});
        int n = 0;
        for (String line : f.santeiKonkyo()) {
            konkyo.addCell(right(t, String.valueOf(++n), 1));
            konkyo.addCell(CertificatePdf.value(t.phrase(line, 8.5f), 1));
        }
        CertificatePdf.compact(konkyo);
        doc.add(konkyo);
        doc.add(CertificatePdf.ikaYohaku(t));
    }

    private static PdfPTable ki(GlyphFallbackText t, ZeiShomeiModel.Futsu c) {
        PdfPTable table = CertificatePdf.table(new float[] {20f, 45f, 35f});
        table.addCell(heading(t, "期別"));
        table.addCell(heading(t, "納期限"));
        table.addCell(heading(t, "税額"));
        long total = 0;
        for (ZeiShomeiModel.Ki k : c.ki()) {
            table.addCell(label(t, k.kibetsu()));
            table.addCell(CertificatePdf.value(t.phrase(k.nokigen(), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(amount(t, k.zeigaku()));
            total += k.zeigaku();
        }
        table.addCell(label(t, "合計"));
        table.addCell(CertificatePdf.value(t.phrase("", CertificatePdf.VALUE_SIZE), 1));
        table.addCell(amount(t, total));
        return table;
    }

    private static PdfPTable koseiKi(GlyphFallbackText t, ZeiShomeiModel.Futsu c) {
        PdfPTable table = CertificatePdf.table(new float[] {17f, 23f, 20f, 20f, 20f});
        for (String h : new String[] {"期別", "納期限", "更正前の税額", "更正後の税額", "差額"}) {
            table.addCell(heading(t, h));
        }
        for (ZeiShomeiModel.Ki k : c.ki()) {
            table.addCell(label(t, k.kibetsu() + (k.torai() ? "\n（納期到来済）" : "")));
            table.addCell(CertificatePdf.value(t.phrase(k.nokigen(), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(amount(t, k.genzai()));
            table.addCell(amount(t, k.zeigaku()));
            table.addCell(right(t, signed(k.sagaku()), 1));
        }
        if (c.zuiji() != 0) {
            table.addCell(label(t, "随時"));
            table.addCell(CertificatePdf.value(t.phrase("別途通知する納期限", CertificatePdf.VALUE_SIZE), 1));
            table.addCell(amount(t, 0));
            table.addCell(amount(t, c.zuiji()));
            table.addCell(right(t, signed(c.zuiji()), 1));
        }
        return table;
    }

    /** A difference with its sign: ＋1,000円, −1,000円, 0円. */
    static String signed(long v) {
        return (v > 0 ? "＋" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%,d円", Math.abs(v));
    }
}
