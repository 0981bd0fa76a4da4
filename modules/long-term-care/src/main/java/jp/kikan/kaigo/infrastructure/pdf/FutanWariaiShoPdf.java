package jp.kikan.kaigo.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
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
 * 介護保険負担割合証 (A4 縦 here; the standard's 帳票ID was not found — standard-specs/long-term-care/forms.csv): 交付年月日,
 * 被保険者番号, 住所, 氏名, 生年月日, 性別, 利用者負担の割合 and its 適用期間 (8月1日〜翌年7月31日; 富士市), 保険者番号 and 名称,
 * and why the share is what it is.
 */
@ApplicationScoped
public class FutanWariaiShoPdf {

    static final String TITLE = "介護保険負担割合証";
    private static final System.Logger LOG = System.getLogger(FutanWariaiShoPdf.class.getName());
    private static final List<String> CHUI = List.of(
            "介護サービスを受けるときは、介護保険被保険者証とこの証をサービス事業者や施設の窓口に提示してください。",
            "利用者負担の割合は、前年の所得（合計所得金額）と、世帯の65歳以上の方の年金収入とその他の合計所得金額により、毎年8月1日からの1年間について判定します。",
            "所得の更正や世帯の変更により割合が変わったときは、新しい証をお送りします。古い証は返してください。");

    @Inject
    CertificateFonts fonts;

    /** What the document prints, already formatted (dates in 和暦). */
    public record Model(String hakkoBango, String kofubi, String hihokenshaBango, String jusho, String shimei, String shimeiFurigana,
            String seinengappi, String seibetsu, int wari, String kaishibi, String shuryobi, List<String> riyu, String hokenjaBango,
            String hokenjaMeisho, String shucho) {
    }

    public RenderResult render(Model m) {
        RenderResult r = CertificatePdf.render(fonts.get(), KaigoPdf.CREATOR, TITLE, m.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, TITLE + "（続き）　" + m.shimei(), null, m.hakkoBango(), m.hokenjaMeisho()),
                (t, footer) -> (doc, writer) -> write(doc, t, m));
        CertificatePdf.log(LOG, TITLE, m.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, Model m) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE));
        PdfPTable card = CertificatePdf.table(new float[] {20f, 30f, 18f, 32f});
        CertificatePdf.row(t, card, "交付年月日", m.kofubi(), "被保険者番号", m.hihokenshaBango());
        CertificatePdf.wide(t, card, "住所", m.jusho());
        CertificatePdf.name(t, card, m.shimei(), m.shimeiFurigana(), 3);
        CertificatePdf.row(t, card, "生年月日", m.seinengappi(), "性別", m.seibetsu());
        card.setSpacingAfter(4f);
        doc.add(card);
        doc.add(CertificateCells.section(t, "利用者負担の割合"));
        PdfPTable wari = CertificatePdf.table(new float[] {35f, 65f});
        wari.addCell(CertificateCells.heading(t, "利用者負担の割合"));
        wari.addCell(CertificateCells.heading(t, "適用期間"));
        PdfPCell w = CertificatePdf.value(t.phrase(m.wari() + "割", 22f, Style.BOLD), 1);
        w.setHorizontalAlignment(Element.ALIGN_CENTER);
        w.setMinimumHeight(40f);
        wari.addCell(w);
        PdfPCell p = CertificatePdf.value(t.phrase("開始年月日　" + m.kaishibi() + "\n終了年月日　" + m.shuryobi(), CertificatePdf.VALUE_SIZE), 1);
        p.setMinimumHeight(40f);
        wari.addCell(p);
        wari.setSpacingAfter(4f);
        doc.add(wari);
        for (String line : m.riyu()) {
            doc.add(CertificateCells.text(t, "（判定）" + line, 8.5f, Style.GREY));
        }
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
