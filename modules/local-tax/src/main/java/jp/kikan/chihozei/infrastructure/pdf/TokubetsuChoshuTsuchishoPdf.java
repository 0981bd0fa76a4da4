package jp.kikan.chihozei.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 特別徴収税額の決定通知書（特別徴収義務者用, A4 縦）: 地方税法第321条の4第1項 — the municipality tells the employer, by
 * 5月31日, each employee's tax to be withheld from the salary in the 12 months 6月〜翌年5月; 第321条の6 — a change is
 * notified again. Printed: the employer (名称, 指定番号), one row per employee (氏名 with フリガナ and 宛名番号, 年税額
 * and each month's amount, in yen), the month totals, and how many employees are not printed for a 支援措置. The standard's form
 * was not found (standard-specs/local-tax/forms.csv): this is a plain A4 sheet of the same items, without the
 * 納入書 and without the 納税義務者用 copies.
 */
@ApplicationScoped
public class TokubetsuChoshuTsuchishoPdf {

    static final String TITLE = "特別徴収税額の決定通知書";

    private static final System.Logger LOG = System.getLogger(TokubetsuChoshuTsuchishoPdf.class.getName());
    private static final float SMALL = 7f;

    @Inject
    CertificateFonts fonts;

    /** One employee's row: the 12 amounts in the order of {@code tsuki} of the notice. */
    public record Jugyoin(String atenabango, String shimei, String shimeiFurigana, long nenzeigaku, List<Long> tsukiwari,
            boolean kosei) {
    }

    /**
     * @param tsuki       the 12 months' headings (6月 … 5月)
     * @param gokei       the month totals in the same order
     */
    public record Tsuchi(String nendoLabel, String shiharaishaMeisho, String shiteibango, List<String> tsuki,
            List<Jugyoin> jugyoin, List<Long> gokei, long nenzeigakuGokei, int yokushiNinzu) {
    }

    public RenderResult render(ZeiShomeiModel.Hakko h, Tsuchi n) {
        String title = n.nendoLabel() + "　" + h.shiZei() + "・" + h.kenZei() + "　" + TITLE;
        RenderResult r = CertificatePdf.render(fonts.get(), ZeiPdf.CREATOR, TITLE, h.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, title + "（特別徴収義務者用・続き）　" + n.shiharaishaMeisho() + " 様",
                        null, h.hakkoBango(), h.municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, h, n));
        CertificatePdf.log(LOG, TITLE, h.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, ZeiShomeiModel.Hakko h, Tsuchi n) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE, "（特別徴収義務者用）"));
        String zei = h.shiZei() + "・" + h.kenZei();
        doc.add(CertificateCells.text(t, n.nendoLabel() + "　" + zei + "（個人住民税）　給与所得に係る特別徴収", 10.5f, Style.PLAIN));
        PdfPTable gimusha = CertificatePdf.table(new float[] {20f, 45f, 15f, 20f});
        CertificatePdf.row(t, gimusha, "特別徴収義務者", n.shiharaishaMeisho() + " 様", "指定番号",
                n.shiteibango() == null ? "（未指定）" : n.shiteibango());
        gimusha.setSpacingAfter(4f);
        doc.add(gimusha);
        doc.add(CertificateCells.text(t, "地方税法第321条の4第1項の規定により、あなたが" + n.nendoLabel() + "に給与から特別徴収して納入する"
                + zei + "の税額を下記のとおり通知します。各月の税額を翌月10日までに納入してください（同法第321条の5）。", 10f, Style.PLAIN));
        doc.add(section(t, "従業員ごとの特別徴収税額（" + n.jugyoin().size() + "人）"));
        doc.add(table(t, n));
        if (n.jugyoin().stream().anyMatch(Jugyoin::kosei)) {
            doc.add(CertificateCells.text(t, "※ 「変更」の従業員は税額を変更（更正）しました。変更後の月割額で徴収してください"
                    + "（地方税法第321条の6）。", 8.5f, Style.GREY));
        }
        if (n.yokushiNinzu() > 0) {
            doc.add(CertificateCells.text(t, "※ このほか " + n.yokushiNinzu() + " 人の従業員の税額は、別途通知します。", 9f, Style.PLAIN));
        }
        doc.add(CertificateCells.text(t, "※ 従業員が退職・転勤したときは、給与所得者異動届出書を提出してください（地方税法第321条の7）。",
                8.5f, Style.GREY));
        doc.add(CertificatePdf.certification(t, "上記のとおり通知します。", h.hakkoBiWareki(), h.mayorTitle()));
        doc.add(CertificatePdf.ikaYohaku(t));
    }

    private static PdfPTable table(GlyphFallbackText t, Tsuchi n) {
        float[] widths = new float[2 + n.tsuki().size()];
        widths[0] = 24f;
        widths[1] = 9f;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 5.6f;
        }
        PdfPTable table = CertificatePdf.table(widths);
        table.setHeaderRows(1);
        table.addCell(heading(t, "氏名・宛名番号"));
        table.addCell(heading(t, "年税額"));
        n.tsuki().forEach(m -> table.addCell(heading(t, m)));
        for (Jugyoin j : n.jugyoin()) {
            // the name exactly as stored (no normalisation), its フリガナ and the 宛名番号 below it
            Phrase name = t.phrase(j.shimei() + "\n", 8.5f);
            name.add(t.phrase((j.shimeiFurigana() == null ? "" : j.shimeiFurigana() + "　") + j.atenabango()
                    + (j.kosei() ? "　変更" : ""), 6f, Style.GREY));
            PdfPCell c = CertificatePdf.value(name, 1);
            c.setPaddingLeft(3f);
            table.addCell(c);
            table.addCell(small(t, j.nenzeigaku()));
            j.tsukiwari().forEach(z -> table.addCell(small(t, z)));
        }
        table.addCell(CertificatePdf.label(t, "合計"));
        table.addCell(small(t, n.nenzeigakuGokei()));
        n.gokei().forEach(z -> table.addCell(small(t, z)));
        CertificatePdf.compact(table);
        return table;
    }

    /** An amount in the small size of the table, without 円 (the heading row says the unit). */
    private static PdfPCell small(GlyphFallbackText t, long yen) {
        PdfPCell c = CertificatePdf.value(t.phrase(String.format(Locale.ROOT, "%,d", yen), SMALL), 1);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPaddingLeft(1f);
        c.setPaddingRight(2f);
        return c;
    }
}
