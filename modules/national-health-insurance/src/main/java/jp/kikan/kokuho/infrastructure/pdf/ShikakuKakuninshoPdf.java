package jp.kikan.kokuho.infrastructure.pdf;

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
 * 国民健康保険資格確認書 and 資格情報のお知らせ (A4 縦 here; insurers print it card- or postcard-sized on their own stock — the standard's 様式 ID
 * is unknown, standard-specs/national-health-insurance/forms.csv). The items are those insurers print (呉市・飯山市・文京区
 * of {@link jp.kikan.kokuho.shikaku.domain.ShikakuKakuninshoPolicy}): 有効期限, 被保険者記号・番号・枝番, 氏名 (as recorded,
 * IVS kept), 生年月日, 性別, 住所, 世帯主氏名, 資格取得年月日, 交付年月日, 一部負担金の割合 (with 発効期日 from 70歳), 保険者番号 and
 * 保険者名称.
 */
@ApplicationScoped
public class ShikakuKakuninshoPdf {

    /** The two documents of the same items: their titles, the validity's footnote and what the holder is told. */
    public enum Yoshiki {
        /** 資格確認書 (国民健康保険法第9条): shown at the counter in place of a 被保険者証. */
        KAKUNINSHO("国民健康保険資格確認書", List.of("医療機関等で受診するときは、この資格確認書を窓口に提示してください。",
                "資格を失ったとき（転出・社会保険への加入など）は、保険者に返してください。")),
        /** 資格情報のお知らせ: for those with a マイナ保険証, not valid alone (呉市). */
        OSHIRASE("資格情報のお知らせ（国民健康保険）", List.of("この通知だけでは受診できません。マイナ保険証（健康保険証の利用登録をした"
                + "マイナンバーカード）が読み取れないときなどに、マイナ保険証と一緒に窓口に提示してください。",
                "記載の内容が変わったときは、新しいお知らせをお送りします。"));

        final String title;
        final List<String> chui;

        Yoshiki(String title, List<String> chui) {
            this.title = title;
            this.chui = chui;
        }
    }
    private static final System.Logger LOG = System.getLogger(ShikakuKakuninshoPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    /** What the document prints, already formatted (dates in 和暦). */
    public record Model(Yoshiki yoshiki, String hakkoBango, String kofubi, String yukoKigen, String yukoKigenRiyu, String hihokenshaBango,
            String shimei, String shimeiFurigana, String seinengappi, String seibetsu, String jusho, String setainushiShimei,
            String shikakuShutokubi, String futanWariai, String hokenjaBango, String hokenjaMeisho, String shucho) {
    }

    public RenderResult render(Model m) {
        String title = m.yoshiki().title;
        RenderResult r = CertificatePdf.render(fonts.get(), "Kikan 国民健康保険", title, m.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, title + "（続き）　" + m.shimei(),
                        "※ 有効期限：" + m.yukoKigenRiyu(), m.hakkoBango(), m.hokenjaMeisho()),
                (t, footer) -> (doc, writer) -> write(doc, t, m));
        CertificatePdf.log(LOG, title, m.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, Model m) throws DocumentException {
        doc.add(CertificatePdf.title(t, m.yoshiki().title));
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
        for (String line : m.yoshiki().chui) {
            doc.add(CertificateCells.text(t, line, 9.5f, Style.PLAIN));
        }
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, "保険者", m.kofubi(), m.shucho()));
    }
}
