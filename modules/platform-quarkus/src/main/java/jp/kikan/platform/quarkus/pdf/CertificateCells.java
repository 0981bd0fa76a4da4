package jp.kikan.platform.quarkus.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;

/**
 * Cells for forms that list amounts (所得・課税証明書, 納税通知書): yen right-aligned with digit grouping, column
 * headings, a section heading. Amounts are printed as 1,234,567円 — the form on the municipal certificates and
 * notices Kikan's tax forms follow — and a missing amount as a dash, never as 0.
 */
public final class CertificateCells {

    private CertificateCells() {
    }

    /** 1234567 → "1,234,567円". */
    public static String yen(long amount) {
        return String.format(Locale.ROOT, "%,d円", amount);
    }

    /** An amount cell: right-aligned, the value size. */
    public static PdfPCell amount(GlyphFallbackText t, long yen) {
        return right(t, yen(yen), 1);
    }

    /** A right-aligned text cell (an amount written otherwise, e.g. 「非課税」 or "＋1,000円"). */
    public static PdfPCell right(GlyphFallbackText t, String text, int colspan) {
        PdfPCell c = CertificatePdf.value(t.phrase(text, CertificatePdf.VALUE_SIZE), colspan);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPaddingRight(6f);
        return c;
    }

    /** A centred grey-backed column heading. */
    public static PdfPCell heading(GlyphFallbackText t, String text) {
        PdfPCell c = CertificatePdf.label(t, text);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    /** A label cell with its amount, two of the columns of a 4-column table. */
    public static void labelAmount(GlyphFallbackText t, PdfPTable table, String label, long yen) {
        table.addCell(CertificatePdf.label(t, label));
        table.addCell(amount(t, yen));
    }

    /** A bold heading above a block of the form, e.g. 「所得の状況（令和6年分）」. */
    public static Paragraph section(GlyphFallbackText t, String text) {
        Paragraph p = new Paragraph(t.phrase("■ " + text, 10.5f, Style.BOLD));
        p.setSpacingBefore(8f);
        p.setSpacingAfter(3f);
        return p;
    }

    /** A paragraph of body text (a notice's opening sentence, a note under a table). */
    public static Paragraph text(GlyphFallbackText t, String text, float size, Style style) {
        Paragraph p = new Paragraph(t.phrase(text, size, style));
        p.setLeading(size * 1.5f);
        p.setSpacingBefore(2f);
        p.setSpacingAfter(2f);
        return p;
    }
}
