package jp.kikan.kokuho.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 国民健康保険資格確認書 (A4 縦 here; insurers print it card- or postcard-sized on their own stock — the standard's 様式 ID
 * is unknown, standard-specs/national-health-insurance/forms.csv). The items are those insurers print (呉市・飯山市・文京区
 * of {@link jp.kikan.kokuho.shikaku.domain.ShikakuKakuninshoPolicy}): 有効期限, 被保険者記号・番号・枝番, 氏名 (as recorded,
 * IVS kept), 生年月日, 性別, 住所, 世帯主氏名, 資格取得年月日, 交付年月日, 一部負担金の割合 (with 発効期日 from 70歳), 保険者番号 and
 * 保険者名称.
 */
@ApplicationScoped
public class ShikakuKakuninshoPdf {

    static final String TITLE = "国民健康保険資格確認書";
    private static final System.Logger LOG = System.getLogger(ShikakuKakuninshoPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    /** What the document prints, already formatted (dates in 和暦). */
    public record Model(String hakkoBango, String kofubi, String yukoKigen, String yukoKigenRiyu, String hihokenshaBango,
            String shimei, String shimeiFurigana, String seinengappi, String seibetsu, String jusho, String setainushiShimei,
            String shikakuShutokubi, String futanWariai, String hokenjaBango, String hokenjaMeisho, String shucho) {
    }

    public RenderResult render(Model m) {
        RenderResult r = CertificatePdf.render(fonts.get(), "Kikan 国民健康保険", TITLE, m.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, TITLE + "（続き）　" + m.shimei(),
                        "※ 有効期限：" + m.yukoKigenRiyu(), m.hakkoBango(), m.hokenjaMeisho()),
                (t, footer) -> (doc, writer) -> write(doc, t, m));
        CertificatePdf.log(LOG, TITLE, m.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, Model m) throws DocumentException {
        doc.add(CertificatePdf.title(t, TITLE));
        PdfPTable card = CertificatePdf.table(new float[] {18f, 32f, 18f, 32f});
        CertificatePdf.wide(t, card, "有効期限", m.yukoKigen());
        CertificatePdf.wide(t, card, "被保険者記号・番号", m.hihokenshaBango());
        CertificatePdf.name(t, card, m.shimei(), m.shimeiFurigana(), 3);
        CertificatePdf.row(t, card, "生年月日", m.seinengappi(), "性別", m.seibetsu());
        CertificatePdf.wide(t, card, "住所", m.jusho());
        CertificatePdf.wide(t, card, "世帯主氏名", m.setainushiShimei());
        CertificatePdf.row(t, card, "資格取得年月日", m.shikakuShutokubi(), "交付年月日", m.kofubi());
        CertificatePdf.wide(t, card, "一部負担金の割合", m.futanWariai());
        CertificatePdf.row(t, card, "保険者番号", m.hokenjaBango(), "保険者名称", m.hokenjaMeisho());
        card.setSpacingAfter(8f);
        doc.add(card);
        doc.add(CertificateCells.text(t, "医療機関等で受診するときは、この資格確認書を窓口に提示してください。", 9.5f, Style.PLAIN));
        doc.add(CertificateCells.text(t, "資格を失ったとき（転出・社会保険への加入など）は、保険者に返してください。", 9.5f, Style.PLAIN));
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, "保険者", m.kofubi(), m.shucho()));
    }
}
