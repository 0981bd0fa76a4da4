package jp.kikan.jumin.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.row;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.table;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.value;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.wide;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Objects;
import jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPrintModel.Person;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.FontSet;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * Renders a 転出証明書 (A4 portrait) from a {@link TenshutsuShomeishoPrintModel}. Pure: only OpenPDF and
 * the JDK; stateless and safe to share (each call builds its own document). Fonts, 〓 substitution and
 * IVS handling are those of {@link JuminhyoPdfRenderer} (see {@link GlyphFallbackText}).
 *
 * <p>Rules applied (住民記録システム標準仕様書 第3章 4.1.3.0.3 and 第5章 5.1):
 * <ul>
 *   <li>Title 「転出証明書」; a re-issue reads 「転出証明書（再交付）」 and prints the model as given, which
 *       must be the state at the original issue.</li>
 *   <li>Once: 住所 (転出前, incl. 方書), 世帯主, 転出先, 転出予定年月日, 届出年月日. Then one block per person:
 *       氏名 with フリガナ, 生年月日, 性別, 続柄, 住民となった年月日, 住所を定めた年月日, 住民票コード, 個人番号
 *       (only when non-null), 本籍・筆頭者 for Japanese residents or the foreign-resident items (国籍・地域,
 *       法第30条の45に規定する区分, 在留資格, 在留期間, 満了の日, 在留カード等の番号).</li>
 *   <li>The 認証文, date, mayor and 公印 box appear once, at the end, i.e. on the last page only.</li>
 *   <li>Every page footer carries the 発行番号, the municipality and "n / N"; pages after the first get a
 *       continuation header.</li>
 * </ul>
 */
public final class TenshutsuShomeishoPdfRenderer {

    static final String TITLE = "転出証明書";
    static final String SAIKOFU = "（再交付）";
    static final String NINSHOBUN = "上記の者は、転出の届出をしたことを証明する。";

    private static final System.Logger LOG = System.getLogger(TenshutsuShomeishoPdfRenderer.class.getName());

    private final FontSet fonts;

    public TenshutsuShomeishoPdfRenderer(FontSet fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * Renders the certificate. Characters that no font can draw are printed as 〓 and logged as a warning;
     * use {@link #renderWithReport} to get them programmatically.
     */
    public byte[] render(TenshutsuShomeishoPrintModel m) {
        RenderResult r = renderWithReport(m);
        CertificatePdf.log(LOG, TITLE, m.hakkoBango(), r);
        return r.pdf();
    }

    /** Renders the certificate and reports characters that could not be printed exactly. */
    public RenderResult renderWithReport(TenshutsuShomeishoPrintModel m) {
        Objects.requireNonNull(m, "model");
        String fullTitle = TITLE + (m.saikofu() ? SAIKOFU : "");
        return CertificatePdf.render(fonts, JuminhyoPdfRenderer.CREATOR, fullTitle, m.hakkoBango(),
                t -> new CertificateFooter(fonts, t, fullTitle + "（続き）　住所　" + m.jusho(), null,
                        m.hakkoBango(), m.municipalityName()),
                (t, footer) -> (doc, writer) -> write(m, t, doc));
    }

    static String wareki(TenshutsuShomeishoPrintModel m) {
        return CertificatePdf.wareki(m.hakkoBiWareki(), m.hakkoBi());
    }

    private static void write(TenshutsuShomeishoPrintModel m, GlyphFallbackText t, Document doc)
            throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE, m.saikofu() ? SAIKOFU : null));
        doc.add(header(m, t));
        for (Person p : m.persons()) {
            doc.add(person(p, t));
        }
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, NINSHOBUN, wareki(m), m.mayorTitle()));
    }

    private static PdfPTable header(TenshutsuShomeishoPrintModel m, GlyphFallbackText t) {
        PdfPTable table = table(new float[] {18f, 32f, 18f, 32f});
        table.addCell(label(t, "住所"));
        table.addCell(value(t.phrase(m.jusho(), 11f), 3));
        table.addCell(label(t, "世帯主"));
        table.addCell(value(t.phrase(m.setainushiShimei(), 11f), 3));
        table.addCell(label(t, "転出先"));
        table.addCell(value(t.phrase(m.tenshutsusakiJusho(), 11f), 3));
        row(t, table, "転出予定年月日", m.tenshutsuYoteibi(), "届出年月日", m.todokedebi());
        CertificatePdf.compact(table);
        table.setSpacingAfter(10f);
        return table;
    }

    private static PdfPTable person(Person p, GlyphFallbackText t) {
        PdfPTable table = table(new float[] {18f, 32f, 18f, 32f});
        table.setKeepTogether(true);
        table.setSpacingAfter(6f);

        CertificatePdf.name(t, table, p.shimei(), p.shimeiFurigana(), 3);
        row(t, table, "生年月日", p.seinengappi(), "性別", p.seibetsu());
        row(t, table, "住民となった年月日", p.jumintonattanengappi(), "続柄", p.zokugara());
        row(t, table, "住所を定めた年月日", p.jushoosadametanengappi(), "住民票コード", p.juminhyokodo());
        if (p.isForeign()) {
            row(t, table, "国籍・地域", p.kokusekiChiiki(), "法第30条の45に規定する区分", p.hodai30jono45kubun());
            row(t, table, "在留資格", p.zairyushikaku(), "在留カード等の番号", p.zairyukadobango());
            row(t, table, "在留期間", p.zairyukikan(), "在留期間の満了の日", p.zairyukikanManryobi());
            if (p.kojinbango() != null) {
                wide(t, table, "個人番号", p.kojinbango());
            }
        } else {
            wide(t, table, "本籍", p.honseki());
            if (p.kojinbango() != null) {
                row(t, table, "筆頭者", p.hittosha(), "個人番号", p.kojinbango());
            } else {
                wide(t, table, "筆頭者", p.hittosha());
            }
        }
        CertificatePdf.compact(table);
        return table;
    }
}
