package jp.kikan.platform.quarkus.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;

/**
 * Layout pieces shared by the certificate renderers of every service (住民票の写し and 転出証明書 in resident
 * records, 所得・課税証明書 and 納税通知書 in local tax): the A4 document skeleton, label/value table cells, the
 * 認証文 + date + 首長 + 公印 block; the page footer (発行番号, municipality, "n / N") is {@link CertificateFooter}.
 * Each service passes its own name as the PDF's creator and its own texts; nothing here is service-specific.
 */
public final class CertificatePdf {

    public static final float MARGIN_LEFT = 42f;
    public static final float MARGIN_RIGHT = 42f;
    public static final float MARGIN_TOP = 40f;
    public static final float MARGIN_BOTTOM = 78f;

    public static final float LABEL_SIZE = 8f;
    public static final float VALUE_SIZE = 10f;
    public static final float NAME_SIZE = 14f;
    public static final float FURIGANA_SIZE = 7.5f;
    public static final float BORDER = 0.6f;
    public static final Color LABEL_BG = new Color(0xF0, 0xF0, 0xF0);
    public static final Color SEAL_RED = new Color(0xC0, 0x30, 0x30);

    private static final DateTimeFormatter WAREKI = DateTimeFormatter
            .ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private CertificatePdf() {
    }

    /** Writes the body of one certificate into an open document. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(Document doc, PdfWriter writer) throws DocumentException;
    }

    /**
     * Builds one A4 portrait certificate: opens the document with the shared margins and metadata, installs
     * the footer, lets {@code body} write the content and collects the glyph report.
     *
     * @param creator the issuing system, written to the PDF's metadata, e.g. "Kikan 住民記録"
     * @param kind    document kind for metadata and error messages, e.g. "住民票の写し"
     * @param footer  creates the page footer for this rendering's {@link GlyphFallbackText}
     * @param body   creates the body writer; receives the text helper and the footer
     */
    public static RenderResult render(FontSet fonts, String creator, String kind, String hakkoBango,
            Function<GlyphFallbackText, CertificateFooter> footer,
            BiFunction<GlyphFallbackText, CertificateFooter, BodyWriter> body) {
        GlyphFallbackText text = new GlyphFallbackText(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        CertificateFooter f = footer.apply(text);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(f);
            doc.addTitle(kind);
            doc.addSubject(kind + " " + hakkoBango);
            doc.addCreator(creator);
            doc.open();
            body.apply(text, f).write(doc, writer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + kind + " " + hakkoBango + ": " + e.getMessage(), e);
        }
        return new RenderResult(out.toByteArray(), f.pageCount(), text.missing(), text.stripped());
    }

    /** Logs 〓 substitutions (warning) and stripped variation selectors (info) of one rendering. */
    public static void log(System.Logger log, String kind, String hakkoBango, RenderResult r) {
        if (!r.missingGlyphs().isEmpty()) {
            log.log(System.Logger.Level.WARNING, kind + " {0}: printed 〓 for characters without glyph: {1}",
                    hakkoBango, r.missingGlyphs().stream().map(RenderResult.Glyph::describe).toList());
        }
        if (!r.strippedVariationSelectors().isEmpty()) {
            log.log(System.Logger.Level.INFO, kind + " {0}: variation selectors dropped (base glyph printed): {1}",
                    hakkoBango,
                    r.strippedVariationSelectors().stream().map(RenderResult.Glyph::describe).toList());
        }
    }

    /** The pre-formatted 和暦 date if present, else {@code date} formatted with the JDK Japanese chronology. */
    public static String wareki(String preformatted, LocalDate date) {
        if (preformatted != null && !preformatted.isBlank()) {
            return preformatted;
        }
        return WAREKI.format(JapaneseDate.from(date));
    }

    /** A centred, bold, spaced-out title paragraph. */
    public static Paragraph title(GlyphFallbackText t, String title) {
        return title(t, title, null);
    }

    /** A centred, bold, spaced-out title followed by a smaller, unspaced {@code suffix} (may be null). */
    public static Paragraph title(GlyphFallbackText t, String title, String suffix) {
        Paragraph p = new Paragraph(t.phrase(title, 20f, Style.BOLD, 8f));
        if (suffix != null) {
            p.add(t.phrase(suffix, 15f, Style.BOLD));
        }
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(26f);
        p.setSpacingAfter(10f);
        return p;
    }

    /** Right-aligned grey 「以下余白」. */
    public static Paragraph ikaYohaku(GlyphFallbackText t) {
        Paragraph p = new Paragraph(t.phrase("以下余白", 9f, Style.GREY));
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(0f);
        return p;
    }

    // ------------------------------------------------------------------------------------------------
    // tables

    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        return table;
    }

    public static PdfPCell cell(Phrase p, Color bg) {
        PdfPCell c = new PdfPCell(p);
        c.setBorderWidth(BORDER);
        c.setPadding(3f);
        c.setPaddingBottom(4.5f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setMinimumHeight(18f);
        if (bg != null) {
            c.setBackgroundColor(bg);
        }
        return c;
    }

    public static PdfPCell value(Phrase p, int colspan) {
        PdfPCell c = cell(p, null);
        c.setColspan(colspan);
        c.setPaddingLeft(6f);
        return c;
    }

    /**
     * Tightens the cells already added to {@code table} (less vertical padding, lower minimum height), for
     * forms that must fit a household on one page.
     */
    public static void compact(PdfPTable table) {
        for (PdfPRow row : table.getRows()) {
            for (PdfPCell c : row.getCells()) {
                if (c != null && c.getTable() == null) {
                    c.setPaddingTop(Math.min(c.getPaddingTop(), 1f));
                    c.setPaddingBottom(Math.min(c.getPaddingBottom(), 4f));
                    c.setMinimumHeight(15f);
                }
            }
        }
    }

    public static PdfPCell label(GlyphFallbackText t, String s) {
        return cell(t.phrase(s, LABEL_SIZE), LABEL_BG);
    }

    /** Two label/value pairs in a 4-column table. */
    public static void row(GlyphFallbackText t, PdfPTable table, String l1, String v1, String l2, String v2) {
        table.addCell(label(t, l1));
        table.addCell(value(t.phrase(v1, VALUE_SIZE), 1));
        table.addCell(label(t, l2));
        table.addCell(value(t.phrase(v2, VALUE_SIZE), 1));
    }

    /** One label with a value spanning the remaining three columns of a 4-column table. */
    public static void wide(GlyphFallbackText t, PdfPTable table, String l, String v) {
        table.addCell(label(t, l));
        table.addCell(value(t.phrase(v, VALUE_SIZE), 3));
    }

    /** 氏名 label and value (フリガナ above the name when present), the value spanning {@code colspan} columns. */
    public static void name(GlyphFallbackText t, PdfPTable table, String shimei, String furigana, int colspan) {
        boolean hasFurigana = furigana != null && !furigana.isBlank();
        PdfPCell nameLabel = label(t, "氏名");
        if (hasFurigana) {
            Phrase lp = t.container(LABEL_SIZE);
            lp.add(t.phrase("フリガナ\n", 6.5f, Style.GREY));
            lp.add(t.phrase("氏名", LABEL_SIZE));
            nameLabel = cell(lp, LABEL_BG);
        }
        table.addCell(nameLabel);
        Phrase name = t.container(NAME_SIZE);
        if (hasFurigana) {
            name.add(t.phrase(furigana + "\n", FURIGANA_SIZE, Style.GREY));
        }
        name.add(t.phrase(shimei, NAME_SIZE));
        PdfPCell nameCell = value(name, colspan);
        nameCell.setPaddingTop(2f);
        nameCell.setPaddingBottom(5f);
        table.addCell(nameCell);
    }

    // ------------------------------------------------------------------------------------------------
    // 認証文

    /** 認証文 + date + mayor + 公印 box, kept together so it only ever appears on the last page. */
    public static PdfPTable certification(GlyphFallbackText t, String ninshobun, String date, String mayorTitle) {
        PdfPTable outer = new PdfPTable(1);
        outer.setWidthPercentage(100f);
        outer.setKeepTogether(true);
        outer.setSpacingBefore(10f);

        PdfPCell textCell = new PdfPCell(t.phrase(ninshobun, 11.5f));
        textCell.setBorder(Rectangle.NO_BORDER);
        textCell.setPaddingLeft(28f);
        textCell.setPaddingBottom(4f);
        outer.addCell(textCell);
        PdfPCell dateCell = new PdfPCell(t.phrase(date, 11f));
        dateCell.setBorder(Rectangle.NO_BORDER);
        dateCell.setPaddingLeft(28f);
        dateCell.setPaddingBottom(2f);
        outer.addCell(dateCell);

        PdfPTable sign = new PdfPTable(new float[] {80f, 20f});
        sign.setWidthPercentage(100f);
        PdfPCell mayor = new PdfPCell(t.phrase(mayorTitle, 13f));
        mayor.setBorder(Rectangle.NO_BORDER);
        mayor.setHorizontalAlignment(Element.ALIGN_RIGHT);
        mayor.setVerticalAlignment(Element.ALIGN_MIDDLE);
        mayor.setPaddingRight(10f);
        sign.addCell(mayor);

        PdfPTable seal = new PdfPTable(1);
        seal.setTotalWidth(52f);
        seal.setLockedWidth(true);
        PdfPCell sealCell = new PdfPCell(t.phrase("公印", 11f, Style.SEAL));
        sealCell.setFixedHeight(52f);
        sealCell.setBorderColor(SEAL_RED);
        sealCell.setBorderWidth(1.2f);
        sealCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        sealCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        seal.addCell(sealCell);
        PdfPCell sealHolder = new PdfPCell(seal);
        sealHolder.setBorder(Rectangle.NO_BORDER);
        sealHolder.setHorizontalAlignment(Element.ALIGN_LEFT);
        sealHolder.setPadding(0f);
        sign.addCell(sealHolder);

        PdfPCell signCell = new PdfPCell(sign);
        signCell.setBorder(Rectangle.NO_BORDER);
        outer.addCell(signCell);
        return outer;
    }
}
