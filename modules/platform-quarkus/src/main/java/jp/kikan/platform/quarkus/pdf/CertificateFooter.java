package jp.kikan.platform.quarkus.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;

/**
 * Page event printing, on every page, an optional note, a rule, the 発行番号, the municipality and
 * "n / N"; pages other than the title page ({@link #titleOn}) get a small grey continuation header.
 */
public final class CertificateFooter extends PdfPageEventHelper {
    private static final float SIZE = 8.5f;
    private final FontSet fonts;
    private final GlyphFallbackText t;
    private final String continuationHeader;
    private final String note;
    private final String hakkoBango;
    private final String municipalityName;
    private PdfTemplate total;
    private BaseFont digitFont;
    private float totalWidth;
    private float gap;
    /** Page on which the title was last printed; other pages get the continuation header. */
    private int titlePage = 1;
    /** Number of pages, known once the document is closed. */
    private int pageCount;

    /**
     * @param continuationHeader text at the top of pages without title, e.g. "住民票の写し（続き）　住所　…"
     * @param note               printed above the footer rule on every page, or null
     * @param municipalityName   printed in the middle of the footer, or null
     */
    public CertificateFooter(FontSet fonts, GlyphFallbackText t, String continuationHeader, String note, String hakkoBango,
            String municipalityName) {
        this.fonts = fonts;
        this.t = t;
        this.continuationHeader = continuationHeader;
        this.note = note;
        this.hakkoBango = hakkoBango;
        this.municipalityName = municipalityName;
    }

    /** Marks the current page as one that prints the title itself (a 個人票 page): no continuation header. */
    public void titleOn(int page) {
        this.titlePage = page;
    }

    /** The number of pages, once the document is closed. */
    public int pageCount() {
        return pageCount;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        FontSet.NamedFont f = fonts.fontFor('0');
        digitFont = (f != null ? f : fonts.fonts().get(0)).font();
        totalWidth = digitFont.getWidthPoint("000", SIZE);
        gap = SIZE / 3f;
        total = writer.getDirectContent().createTemplate(totalWidth, SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() != titlePage && continuationHeader != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    t.phrase(continuationHeader, SIZE, Style.GREY), left, document.top() + 14f, 0);
        }
        float yNote = 54f;
        float yLine = 44f;
        float yFooter = 30f;
        if (note != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, t.phrase(note, SIZE), left, yNote, 0);
        }
        cb.saveState();
        cb.setLineWidth(0.5f);
        cb.moveTo(left, yLine);
        cb.lineTo(right, yLine);
        cb.stroke();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                t.phrase("発行番号　" + hakkoBango, SIZE), left, yFooter, 0);
        if (municipalityName != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    t.phrase(municipalityName, SIZE), (left + right) / 2f, yFooter, 0);
        }
        // "n / N": N is only known at the end, so it goes into a template filled in onCloseDocument
        float xTotal = right - totalWidth;
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                t.phrase(writer.getPageNumber() + " /", SIZE), xTotal - gap, yFooter, 0);
        cb.addTemplate(total, xTotal, yFooter);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(digitFont, SIZE);
        total.setTextMatrix(0, 0);
        pageCount = writer.getPageNumber() - 1;
        total.showText(String.valueOf(pageCount));
        total.endText();
    }
}
