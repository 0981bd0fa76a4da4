package jp.kikan.jumin.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.kikan.jumin.infrastructure.pdf.GlyphFallbackText.Style;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Options;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Person;

/**
 * Renders a 住民票の写し (A4 portrait) from a {@link JuminhyoPrintModel}. Pure: only OpenPDF and the JDK,
 * no I/O besides the fonts held by the {@link FontSet}. Stateless and safe to share; each call builds its
 * own document.
 *
 * <p>Rules applied (住民記録 標準仕様 §5.1, see standards.md §2.3):
 * <ul>
 *   <li>世帯連記式: title, household address and 世帯主 once, then one block per member; 個人票: one
 *       person per page, each page with title and address.</li>
 *   <li>Optional items (世帯主・続柄, 本籍・筆頭者, 住民票コード, 個人番号, 履歴) are left out entirely when not
 *       requested, and a footnote on every page lists what was omitted. 本籍・筆頭者 is never printed for
 *       foreign residents.</li>
 *   <li>The 認証文, date, mayor and 公印 box appear once, at the end, i.e. on the last page only.</li>
 *   <li>Every page footer carries the 発行番号, the municipality and "n / N".</li>
 *   <li>Characters: see {@link GlyphFallbackText}: font chain fallback, 〓 for unprintable characters,
 *       variation selectors stripped (OpenPDF limitation: IVS glyph variants are not reproduced; the base
 *       character is printed). Both are reported in {@link JuminhyoRenderResult}.</li>
 * </ul>
 */
public final class JuminhyoPdfRenderer {

    static final String TITLE = "住民票の写し";
    static final String NINSHOBUN = "この写しは、住民票の原本と相違ないことを証明する。";

    private static final System.Logger LOG = System.getLogger(JuminhyoPdfRenderer.class.getName());

    private static final float MARGIN_LEFT = 42f;
    private static final float MARGIN_RIGHT = 42f;
    private static final float MARGIN_TOP = 40f;
    private static final float MARGIN_BOTTOM = 78f;

    private static final float LABEL_SIZE = 8f;
    private static final float VALUE_SIZE = 10f;
    private static final float NAME_SIZE = 14f;
    private static final float FURIGANA_SIZE = 7.5f;
    private static final float BORDER = 0.6f;
    private static final Color LABEL_BG = new Color(0xF0, 0xF0, 0xF0);
    private static final Color SEAL_RED = new Color(0xC0, 0x30, 0x30);

    private static final DateTimeFormatter WAREKI = DateTimeFormatter
            .ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private final FontSet fonts;

    public JuminhyoPdfRenderer(FontSet fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * Renders the certificate. Characters that no font can draw are printed as 〓 and logged as a warning;
     * use {@link #renderWithReport} to get them programmatically.
     */
    public byte[] render(JuminhyoPrintModel m) {
        JuminhyoRenderResult r = renderWithReport(m);
        if (!r.missingGlyphs().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "住民票の写し {0}: printed 〓 for characters without glyph: {1}",
                    m.hakkoBango(), r.missingGlyphs().stream().map(JuminhyoRenderResult.Glyph::describe).toList());
        }
        if (!r.strippedVariationSelectors().isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "住民票の写し {0}: variation selectors dropped (base glyph printed): {1}",
                    m.hakkoBango(),
                    r.strippedVariationSelectors().stream().map(JuminhyoRenderResult.Glyph::describe).toList());
        }
        return r.pdf();
    }

    /** Renders the certificate and reports characters that could not be printed exactly. */
    public JuminhyoRenderResult renderWithReport(JuminhyoPrintModel m) {
        Objects.requireNonNull(m, "model");
        GlyphFallbackText text = new GlyphFallbackText(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        int pages;
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            Footer footer = new Footer(m, text, omittedItems(m));
            writer.setPageEvent(footer);
            doc.addTitle(TITLE);
            doc.addSubject(TITLE + " " + m.hakkoBango());
            doc.addCreator("Kikan 住民記録");
            doc.open();
            new Body(m, text, doc, writer, footer).write();
            pages = writer.getPageNumber();
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render 住民票の写し " + m.hakkoBango() + ": " + e.getMessage(), e);
        }
        return new JuminhyoRenderResult(out.toByteArray(), pages, text.missing(), text.stripped());
    }

    /** Names of the optional items that are not printed, in the order of the standard. */
    static List<String> omittedItems(JuminhyoPrintModel m) {
        Options o = m.options();
        List<String> omitted = new ArrayList<>();
        if (!o.setainushiZokugara()) {
            omitted.add("世帯主・続柄");
        }
        boolean anyJapanese = m.persons().stream().anyMatch(p -> !p.isForeign());
        if (!o.honsekiHittosha() && anyJapanese) {
            omitted.add("本籍・筆頭者");
        }
        if (!o.juminhyoCode()) {
            omitted.add("住民票コード");
        }
        if (!o.kojinBango()) {
            omitted.add("個人番号");
        }
        if (!o.rireki()) {
            omitted.add("異動履歴");
        }
        return omitted;
    }

    static String wareki(JuminhyoPrintModel m) {
        if (m.hakkoBiWareki() != null && !m.hakkoBiWareki().isBlank()) {
            return m.hakkoBiWareki();
        }
        return WAREKI.format(JapaneseDate.from(m.hakkoBi()));
    }

    // ------------------------------------------------------------------------------------------------
    // body

    private final class Body {
        private final JuminhyoPrintModel m;
        private final GlyphFallbackText t;
        private final Document doc;
        private final Options o;

        private final PdfWriter writer;
        private final Footer footer;

        Body(JuminhyoPrintModel m, GlyphFallbackText t, Document doc, PdfWriter writer, Footer footer) {
            this.m = m;
            this.t = t;
            this.doc = doc;
            this.o = m.options();
            this.writer = writer;
            this.footer = footer;
        }

        void write() throws DocumentException {
            if (m.layout() == JuminhyoPrintModel.Layout.KOJIN) {
                boolean first = true;
                for (Person p : m.persons()) {
                    if (!first) {
                        doc.newPage();
                    }
                    first = false;
                    title();
                    household();
                    doc.add(person(p));
                    ikaYohaku();
                }
            } else {
                title();
                household();
                for (Person p : m.persons()) {
                    doc.add(person(p));
                }
                ikaYohaku();
            }
            doc.add(certification());
        }

        private void title() throws DocumentException {
            footer.titlePage = writer.getPageNumber();
            Paragraph title = new Paragraph(t.phrase(TITLE, 20f, Style.BOLD, 8f));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setLeading(26f);
            title.setSpacingAfter(10f);
            doc.add(title);
        }

        private void household() throws DocumentException {
            PdfPTable table = table(new float[] {18f, 82f});
            table.addCell(label("住所"));
            table.addCell(value(t.phrase(m.jusho().fullText(), 11f), 1));
            if (o.setainushiZokugara()) {
                table.addCell(label("世帯主"));
                table.addCell(value(t.phrase(m.setainushiShimei(), 11f), 1));
            }
            table.setSpacingAfter(10f);
            doc.add(table);
        }

        private PdfPTable person(Person p) {
            PdfPTable table = table(new float[] {18f, 32f, 18f, 32f});
            table.setKeepTogether(true);
            table.setSpacingAfter(6f);

            // 氏名 with フリガナ above
            PdfPCell nameLabel = cell(labelPhrase("氏名"), LABEL_BG);
            if (p.shimeiFurigana() != null && !p.shimeiFurigana().isBlank()) {
                Phrase lp = t.container(LABEL_SIZE);
                lp.add(t.phrase("フリガナ\n", 6.5f, Style.GREY));
                lp.add(t.phrase("氏名", LABEL_SIZE));
                nameLabel = cell(lp, LABEL_BG);
            }
            table.addCell(nameLabel);
            Phrase name = t.container(NAME_SIZE);
            if (p.shimeiFurigana() != null && !p.shimeiFurigana().isBlank()) {
                name.add(t.phrase(p.shimeiFurigana() + "\n", FURIGANA_SIZE, Style.GREY));
            }
            name.add(t.phrase(p.shimei(), NAME_SIZE));
            PdfPCell nameCell = value(name, 3);
            nameCell.setPaddingTop(2f);
            nameCell.setPaddingBottom(5f);
            table.addCell(nameCell);

            row(table, "生年月日", p.seinengappiWareki(), "性別", p.seibetsu());
            if (o.setainushiZokugara()) {
                row(table, "住民となった年月日", p.jumintonattanengappi(), "続柄", p.zokugara());
            } else {
                wide(table, "住民となった年月日", p.jumintonattanengappi());
            }
            row(table, "住所を定めた年月日", p.jushoosadametanengappi(), "届出年月日", p.todokedeInfo());
            wide(table, "転入前住所", p.tennyumaejusho());
            if (o.honsekiHittosha() && !p.isForeign()) {
                wide(table, "本籍", p.honseki());
                wide(table, "筆頭者", p.hittosha());
            }
            if (o.juminhyoCode() && o.kojinBango()) {
                row(table, "住民票コード", p.juminhyokodo(), "個人番号", p.kojinbango());
            } else if (o.juminhyoCode()) {
                wide(table, "住民票コード", p.juminhyokodo());
            } else if (o.kojinBango()) {
                wide(table, "個人番号", p.kojinbango());
            }
            if (p.isForeign()) {
                row(table, "国籍・地域", p.kokusekiChiiki(), "法第30条の45に規定する区分", p.hodai30jono45kubun());
                row(table, "在留資格", p.zairyushikaku(), "在留カード等の番号", p.zairyukadobango());
                row(table, "在留期間", p.zairyukikan(), "在留期間の満了の日", p.zairyukikanManryobi());
                wide(table, "通称", p.tsusho());
            }
            if (o.rireki()) {
                table.addCell(label("異動履歴"));
                PdfPCell hist = new PdfPCell(history(p));
                hist.setColspan(3);
                hist.setPadding(0f);
                hist.setBorderWidth(BORDER);
                table.addCell(hist);
            }
            return table;
        }

        private PdfPTable history(Person p) {
            PdfPTable h = new PdfPTable(new float[] {24f, 16f, 60f});
            h.setWidthPercentage(100f);
            for (String head : new String[] {"異動日", "異動事由", "内容"}) {
                PdfPCell c = cell(labelPhrase(head), LABEL_BG);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                h.addCell(c);
            }
            if (p.rireki().isEmpty()) {
                PdfPCell none = cell(t.phrase("（履歴なし）", 9f, Style.GREY), null);
                none.setColspan(3);
                h.addCell(none);
            }
            for (JuminhyoPrintModel.HistoryLine line : p.rireki()) {
                h.addCell(cell(t.phrase(line.idoBi(), 9f), null));
                h.addCell(cell(t.phrase(line.idojiyu(), 9f), null));
                h.addCell(cell(t.phrase(line.description(), 9f), null));
            }
            return h;
        }

        private void ikaYohaku() throws DocumentException {
            Paragraph p = new Paragraph(t.phrase("以下余白", 9f, Style.GREY));
            p.setAlignment(Element.ALIGN_RIGHT);
            p.setSpacingBefore(0f);
            doc.add(p);
        }

        /** 認証文 + date + mayor + 公印 box, kept together so it only ever appears on the last page. */
        private PdfPTable certification() {
            PdfPTable outer = new PdfPTable(1);
            outer.setWidthPercentage(100f);
            outer.setKeepTogether(true);
            outer.setSpacingBefore(10f);

            PdfPCell textCell = new PdfPCell(t.phrase(NINSHOBUN, 11.5f));
            textCell.setBorder(Rectangle.NO_BORDER);
            textCell.setPaddingLeft(28f);
            textCell.setPaddingBottom(4f);
            outer.addCell(textCell);
            PdfPCell dateCell = new PdfPCell(t.phrase(wareki(m), 11f));
            dateCell.setBorder(Rectangle.NO_BORDER);
            dateCell.setPaddingLeft(28f);
            dateCell.setPaddingBottom(2f);
            outer.addCell(dateCell);

            PdfPTable sign = new PdfPTable(new float[] {80f, 20f});
            sign.setWidthPercentage(100f);
            PdfPCell mayor = new PdfPCell(t.phrase(m.mayorTitle(), 13f));
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

        // -- table helpers

        private void row(PdfPTable table, String l1, String v1, String l2, String v2) {
            table.addCell(label(l1));
            table.addCell(value(t.phrase(v1, VALUE_SIZE), 1));
            table.addCell(label(l2));
            table.addCell(value(t.phrase(v2, VALUE_SIZE), 1));
        }

        private void wide(PdfPTable table, String l, String v) {
            table.addCell(label(l));
            table.addCell(value(t.phrase(v, VALUE_SIZE), 3));
        }

        private Phrase labelPhrase(String s) {
            return t.phrase(s, LABEL_SIZE);
        }

        private PdfPCell label(String s) {
            return cell(labelPhrase(s), LABEL_BG);
        }
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        return table;
    }

    private static PdfPCell cell(Phrase p, Color bg) {
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

    private static PdfPCell value(Phrase p, int colspan) {
        PdfPCell c = cell(p, null);
        c.setColspan(colspan);
        c.setPaddingLeft(6f);
        return c;
    }

    // ------------------------------------------------------------------------------------------------
    // footer: omitted-items note, 発行番号, municipality, "n / N" on every page

    private final class Footer extends PdfPageEventHelper {
        private static final float SIZE = 8.5f;
        private final JuminhyoPrintModel m;
        private final GlyphFallbackText t;
        private final String omittedNote;
        private PdfTemplate total;
        private BaseFont digitFont;
        private float totalWidth;
        private float gap;
        /** Page on which the title was last printed; other pages get a small continuation header. */
        int titlePage = 1;

        Footer(JuminhyoPrintModel m, GlyphFallbackText t, List<String> omitted) {
            this.m = m;
            this.t = t;
            this.omittedNote = omitted.isEmpty() ? null : "※ " + String.join("、", omitted) + "の記載を省略しています。";
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
            if (writer.getPageNumber() != titlePage) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                        t.phrase(TITLE + "（続き）　住所　" + m.jusho().fullText(), SIZE, Style.GREY),
                        left, document.top() + 14f, 0);
            }
            float yNote = 54f;
            float yLine = 44f;
            float yFooter = 30f;
            if (omittedNote != null) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, t.phrase(omittedNote, SIZE), left, yNote, 0);
            }
            cb.saveState();
            cb.setLineWidth(0.5f);
            cb.moveTo(left, yLine);
            cb.lineTo(right, yLine);
            cb.stroke();
            cb.restoreState();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    t.phrase("発行番号　" + m.hakkoBango(), SIZE), left, yFooter, 0);
            if (m.municipalityName() != null) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                        t.phrase(m.municipalityName(), SIZE), (left + right) / 2f, yFooter, 0);
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
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
