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
import java.util.List;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 軽自動車税（種別割）納税通知書 (A4 縦) of one assessment version: the addressee, each vehicle owned on the 賦課期日 with its
 * 車種区分, rate, グリーン化特例, 減免 and tax, the 年税額 and the 納期限 (one 納期, the parameter {@code noki_tsuki}'s month,
 * its last day; 地方税法第463条の17 and the 条例), for a 更正 the amount before and the difference, and on a following page
 * the 算定根拠. The standard's form was not read: a plain A4 sheet without the 納付書. Amounts are the stored ones.
 */
@ApplicationScoped
public class KeijidoshaNozeiTsuchishoPdf {

    static final String TITLE = "軽自動車税（種別割）納税通知書";

    private static final System.Logger LOG = System.getLogger(KeijidoshaNozeiTsuchishoPdf.class.getName());

    /** One vehicle as printed. */
    public record Daisu(String hyoshikiBango, String shashuKubunMei, String zeiritsuKubunMei, long zeiritsuGaku, long keikaGaku,
            long genmenGaku, long zeigaku) {
    }

    /**
     * The version printed.
     *
     * @param maeNenzeigaku the 年税額 of the version before (a 更正), else null
     */
    public record Tsuchi(String nendoLabel, String fukaKijitsuWareki, int version, String shoriBiWareki, String riyu,
            Long maeNenzeigaku, long nenzeigaku, String nokigenWareki, List<Daisu> sharyo, List<String> santeiKonkyo) {
    }

    @Inject
    CertificateFonts fonts;

    public RenderResult render(ZeiShomeiModel.Hakko h, ZeiShomeiModel.Atesaki a, Tsuchi n) {
        String suffix = n.maeNenzeigaku() != null ? "（税額変更）" : "";
        RenderResult r = CertificatePdf.render(fonts.get(), ZeiPdf.CREATOR, TITLE, h.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, n.nendoLabel() + "　" + TITLE + suffix + "（続き）　" + a.shimei() + " 様",
                        null, h.hakkoBango(), h.municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, suffix, h, a, n));
        CertificatePdf.log(LOG, TITLE, h.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, String suffix, ZeiShomeiModel.Hakko h, ZeiShomeiModel.Atesaki a,
            Tsuchi n) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE, suffix));
        doc.add(CertificateCells.text(t, n.nendoLabel() + "（賦課期日 " + n.fukaKijitsuWareki() + "）", 10.5f, Style.PLAIN));
        doc.add(ZeiPdf.atesaki(t, a));
        doc.add(CertificateCells.text(t, n.maeNenzeigaku() != null
                ? "あなたの" + n.nendoLabel() + "の軽自動車税（種別割）の税額を下記のとおり変更（更正）しましたので通知します。\n更正の理由："
                        + n.riyu()
                : "あなたの" + n.nendoLabel() + "の軽自動車税（種別割）の税額を下記のとおり決定しましたので通知します。"
                        + "賦課期日に所有する軽自動車等の1年分です（月割はありません）。", 10f, Style.PLAIN));
        doc.add(section(t, "車両ごとの税額"));
        PdfPTable table = CertificatePdf.table(new float[] {20f, 26f, 18f, 12f, 12f, 12f});
        for (String s : new String[] {"標識番号", "車種区分", "税率", "税率額", "軽課・減免", "税額"}) {
            table.addCell(heading(t, s));
        }
        for (Daisu d : n.sharyo()) {
            table.addCell(label(t, d.hyoshikiBango()));
            table.addCell(CertificatePdf.value(t.phrase(d.shashuKubunMei(), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificatePdf.value(t.phrase(d.zeiritsuKubunMei(), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(amount(t, d.zeiritsuGaku()));
            table.addCell(amount(t, d.keikaGaku() + d.genmenGaku()));
            table.addCell(amount(t, d.zeigaku()));
        }
        doc.add(table);
        PdfPTable kei = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        if (n.maeNenzeigaku() != null) {
            labelAmount(t, kei, "更正前の年税額", n.maeNenzeigaku());
            labelAmount(t, kei, "更正後の年税額", n.nenzeigaku());
            kei.addCell(label(t, "差額"));
            kei.addCell(right(t, NozeiTsuchishoPdf.signed(n.nenzeigaku() - n.maeNenzeigaku()), 1));
        } else {
            labelAmount(t, kei, "年税額", n.nenzeigaku());
        }
        kei.addCell(label(t, "納期限"));
        kei.addCell(right(t, n.nokigenWareki(), 1));
        doc.add(kei);
        doc.add(CertificateCells.text(t, "※ 納期限は条例による月の末日です。納期限が土曜日・日曜日・休日に当たるときは、その翌日が納期限になります"
                + "（地方税法第20条の5第2項）。", 8.5f, Style.GREY));
        doc.add(CertificateCells.text(t, "※ この処分に不服があるときは、この通知を受けた日の翌日から起算して3か月以内に、"
                + h.mayorTitle().split("　")[0] + "に対して審査請求をすることができます（行政不服審査法第2条・第18条）。", 8.5f, Style.GREY));
        doc.add(CertificatePdf.certification(t, "上記のとおり通知します。", h.hakkoBiWareki(), h.mayorTitle()));
        doc.newPage();
        doc.add(CertificatePdf.title(t, "算定根拠"));
        doc.add(CertificateCells.text(t, n.nendoLabel() + "の賦課（第" + n.version() + "版・" + n.shoriBiWareki()
                + "決定）の車両ごとの計算の順に、用いた税率と根拠を示します。", 9.5f, Style.PLAIN));
        PdfPTable konkyo = CertificatePdf.table(new float[] {6f, 94f});
        int i = 0;
        for (String line : n.santeiKonkyo()) {
            konkyo.addCell(right(t, String.valueOf(++i), 1));
            konkyo.addCell(CertificatePdf.value(t.phrase(line, 8.5f), 1));
        }
        CertificatePdf.compact(konkyo);
        doc.add(konkyo);
        doc.add(CertificatePdf.ikaYohaku(t));
    }
}
