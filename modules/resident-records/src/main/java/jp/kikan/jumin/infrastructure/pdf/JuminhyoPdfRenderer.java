package jp.kikan.jumin.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificatePdf.LABEL_BG;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.LABEL_SIZE;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.cell;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.table;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Options;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Person;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.FontSet;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * Renders a 住民票の写し (A4 portrait) from a {@link JuminhyoPrintModel}. Pure: only OpenPDF and the JDK,
 * no I/O besides the fonts held by the {@link FontSet}. Stateless and safe to share; each call builds its
 * own document.
 *
 * <p>Rules applied (住民記録システム標準仕様書 第1.0版 第3章 §5.1, extract GitHub AkihiraYOSHIMOTO/jyuki-stnd doc/j1000.txt @1e87b02b):
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
 *       character is printed). Both are reported in {@link RenderResult}.</li>
 * </ul>
 */
public final class JuminhyoPdfRenderer {

    static final String TITLE = "住民票の写し";
    /** The issuing system, written to the metadata of the resident records service's PDFs. */
    static final String CREATOR = "Kikan 住民記録";
    static final String NINSHOBUN = "この写しは、住民票の原本と相違ないことを証明する。";

    private static final System.Logger LOG = System.getLogger(JuminhyoPdfRenderer.class.getName());

    private final FontSet fonts;

    public JuminhyoPdfRenderer(FontSet fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * Renders the certificate. Characters that no font can draw are printed as 〓 and logged as a warning;
     * use {@link #renderWithReport} to get them programmatically.
     */
    public byte[] render(JuminhyoPrintModel m) {
        RenderResult r = renderWithReport(m);
        CertificatePdf.log(LOG, TITLE, m.hakkoBango(), r);
        return r.pdf();
    }

    /** Renders the certificate and reports characters that could not be printed exactly. */
    public RenderResult renderWithReport(JuminhyoPrintModel m) {
        Objects.requireNonNull(m, "model");
        List<String> omitted = omittedItems(m);
        String note = omitted.isEmpty() ? null : "※ " + String.join("、", omitted) + "の記載を省略しています。";
        return CertificatePdf.render(fonts, CREATOR, TITLE, m.hakkoBango(),
                t -> new CertificateFooter(fonts, t, TITLE + "（続き）　住所　" + m.jusho().fullText(), note,
                        m.hakkoBango(), m.municipalityName()),
                (t, footer) -> (doc, writer) -> new Body(m, t, doc, writer, footer).write());
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
        return CertificatePdf.wareki(m.hakkoBiWareki(), m.hakkoBi());
    }

    // ------------------------------------------------------------------------------------------------
    // body

    private static final class Body {
        private final JuminhyoPrintModel m;
        private final GlyphFallbackText t;
        private final Document doc;
        private final Options o;

        private final PdfWriter writer;
        private final CertificateFooter footer;

        Body(JuminhyoPrintModel m, GlyphFallbackText t, Document doc, PdfWriter writer,
                CertificateFooter footer) {
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
                    doc.add(CertificatePdf.ikaYohaku(t));
                }
            } else {
                title();
                household();
                for (Person p : m.persons()) {
                    doc.add(person(p));
                }
                doc.add(CertificatePdf.ikaYohaku(t));
            }
            doc.add(CertificatePdf.certification(t, NINSHOBUN, wareki(m), m.mayorTitle()));
        }

        private void title() throws DocumentException {
            footer.titleOn(writer.getPageNumber());
            doc.add(CertificatePdf.title(t, TITLE));
        }

        private void household() throws DocumentException {
            PdfPTable table = table(new float[] {18f, 82f});
            table.addCell(label(t, "住所"));
            table.addCell(CertificatePdf.value(t.phrase(m.jusho().fullText(), 11f), 1));
            if (o.setainushiZokugara()) {
                table.addCell(label(t, "世帯主"));
                table.addCell(CertificatePdf.value(t.phrase(m.setainushiShimei(), 11f), 1));
            }
            table.setSpacingAfter(10f);
            doc.add(table);
        }

        private PdfPTable person(Person p) {
            PdfPTable table = table(new float[] {18f, 32f, 18f, 32f});
            table.setKeepTogether(true);
            table.setSpacingAfter(6f);

            CertificatePdf.name(t, table, p.shimei(), p.shimeiFurigana(), 3);
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
                table.addCell(label(t, "異動履歴"));
                PdfPCell hist = new PdfPCell(history(p));
                hist.setColspan(3);
                hist.setPadding(0f);
                hist.setBorderWidth(CertificatePdf.BORDER);
                table.addCell(hist);
            }
            return table;
        }

        private PdfPTable history(Person p) {
            PdfPTable h = new PdfPTable(new float[] {24f, 16f, 60f});
            h.setWidthPercentage(100f);
            for (String head : new String[] {"異動日", "異動事由", "内容"}) {
                PdfPCell c = cell(t.phrase(head, LABEL_SIZE), LABEL_BG);
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

        private void row(PdfPTable table, String l1, String v1, String l2, String v2) {
            CertificatePdf.row(t, table, l1, v1, l2, v2);
        }

        private void wide(PdfPTable table, String l, String v) {
            CertificatePdf.wide(t, table, l, v);
        }
    }
}
