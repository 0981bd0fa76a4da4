package jp.kikan.kaigo.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.right;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.yen;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * 介護保険料額決定通知書 (A4 縦; a 更正 as 介護保険料額変更通知書; the standard's 帳票ID was not found): the addressee, the
 * 所得段階 and why (the engine's reasons), 基準額 × 乗率 and 公費軽減, 月割, the 期別 table by 徴収方法 — 普通徴収 with its
 * 納期限, 特別徴収 with the pension's payment month — and for a 更正 each 期 before and after with 随時・過誤納, how to appeal
 * (介護保険審査会, 介護保険法第183条 — article from general knowledge), and on a following page the 算定根拠 of the amount
 * and its collection. The 納付書 of the 普通徴収 are not part of it.
 */
@ApplicationScoped
public class HokenryoTsuchishoPdf {

    static final String TITLE = "介護保険料額決定通知書";
    static final String TITLE_KOSEI = "介護保険料額変更通知書";
    private static final WarekiCalendar WAREKI = WarekiCalendar.standard();
    private static final System.Logger LOG = System.getLogger(HokenryoTsuchishoPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    /**
     * What the document prints: the version's engine result ({@code kekka}, ShisanKekka) and collection ({@code choshu}, the
     * KaigoFuka items; null for a version assessed before 期別 were stored), the 算定根拠 as lines.
     */
    public record Model(String hakkoBango, String hakkobi, String nendoLabel, int version, String shoribi, String jusho,
            String shimei, String shimeiFurigana, String hihokenshaBango, String atenabango, JsonNode kekka, JsonNode choshu,
            List<String> santeiKonkyo, String municipalityName, String shucho) {

        boolean kosei() {
            return choshu != null && choshu.hasNonNull("kosei_sagaku");
        }
    }

    public RenderResult render(Model m) {
        String title = m.version() > 1 ? TITLE_KOSEI : TITLE;
        RenderResult r = CertificatePdf.render(fonts.get(), KaigoPdf.CREATOR, title, m.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, m.nendoLabel() + "　" + title + "（続き）　" + m.shimei() + " 様", null,
                        m.hakkoBango(), m.municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, title, m));
        CertificatePdf.log(LOG, title, m.hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, String title, Model m) throws DocumentException {
        JsonNode k = m.kekka();
        doc.add(CertificatePdf.title(t, title, "（" + m.nendoLabel() + "）"));
        PdfPTable atesaki = CertificatePdf.table(new float[] {16f, 40f, 14f, 30f});
        CertificatePdf.wide(t, atesaki, "住所", m.jusho());
        CertificatePdf.name(t, atesaki, m.shimei(), m.shimeiFurigana(), 3);
        CertificatePdf.row(t, atesaki, "被保険者番号", m.hihokenshaBango() == null ? "" : m.hihokenshaBango(), "宛名番号", m.atenabango());
        atesaki.setSpacingAfter(4f);
        doc.add(atesaki);
        doc.add(CertificateCells.text(t, m.version() > 1
                ? "あなたの" + m.nendoLabel() + "の介護保険料を下記のとおり変更しましたので通知します（第" + m.version() + "版、" + m.shoribi() + "決定）。"
                : "あなたの" + m.nendoLabel() + "の介護保険料を下記のとおり決定しましたので通知します（介護保険法第129条）。", 10f, Style.PLAIN));
        doc.add(section(t, "保険料の算定"));
        PdfPTable santei = CertificatePdf.table(new float[] {25f, 25f, 25f, 25f});
        CertificatePdf.row(t, santei, "所得段階", "第" + k.path("dankai").asInt() + "段階（" + k.path("dankai_su").asInt() + "段階中）",
                "基準額（年額）", yen(k.path("kijungaku").asLong()));
        String jyoritsu = k.path("jyoritsu").asText() + (k.hasNonNull("keigen_jyoritsu") ? "（公費軽減後 " + k.get("keigen_jyoritsu").asText() + "）" : "");
        CertificatePdf.row(t, santei, "乗率", jyoritsu, "保険料の年額", yen(k.path("hokenryo_nengaku").asLong()));
        CertificatePdf.row(t, santei, "賦課の月数", k.path("tsukisu").asInt() + "か月", "賦課額", yen(k.path("nengaku").asLong()));
        doc.add(santei);
        for (JsonNode line : k.path("riyu")) {
            doc.add(CertificateCells.text(t, "・" + line.asText(), 9f, Style.PLAIN));
        }
        JsonNode c = m.choshu();
        if (c == null) {
            doc.add(CertificateCells.text(t, "（この版は期別を記録する前の賦課のため、期別の保険料は別にお知らせします）", 9f, Style.GREY));
        } else {
            doc.add(section(t, "徴収方法"));
            for (JsonNode line : c.path("choshu_riyu")) {
                doc.add(CertificateCells.text(t, "・" + line.asText(), 9f, Style.PLAIN));
            }
            doc.add(section(t, m.kosei() ? "期別の保険料（変更前・変更後・差額）" : "期別の保険料と納期限"));
            doc.add(m.kosei() ? koseiKi(t, c) : ki(t, c));
            doc.add(CertificateCells.text(t, "※ 普通徴収は納付書・口座振替により各期の納期限までに納めてください。特別徴収は各月（偶数月）に支払われる年金から差し引きます。"
                    + "納期限が土曜日・日曜日・休日に当たるときは、その翌日が納期限になります。", 8.5f, Style.GREY));
            if (c.path("zuiji").asLong() > 0) {
                doc.add(CertificateCells.text(t, "※ 納期の到来していない期がないため、" + yen(c.get("zuiji").asLong()) + " は随時の期に納めていただきます。",
                        9f, Style.PLAIN));
            }
            if (c.path("kanpu").asLong() > 0) {
                doc.add(CertificateCells.text(t, "※ 既に納められた（差し引かれた）額のうち " + yen(c.get("kanpu").asLong())
                        + " は納め過ぎとなります。還付または未納の保険料への充当について別にお知らせします。", 9f, Style.PLAIN));
            }
        }
        doc.add(CertificateCells.text(t, "※ この処分に不服があるときは、この通知を受けた日の翌日から起算して3か月以内に、都道府県の介護保険審査会に審査請求を"
                + "することができます（介護保険法第183条）。", 8.5f, Style.GREY));
        doc.add(CertificatePdf.certification(t, "上記のとおり通知します。", m.hakkobi(), m.shucho()));
        doc.newPage();
        doc.add(CertificatePdf.title(t, "算定根拠"));
        doc.add(CertificateCells.text(t, m.nendoLabel() + "の介護保険料（第" + m.version() + "版・" + m.shoribi()
                + "決定）の計算と徴収方法の順に、用いた金額、条文とパラメータ（確認状況）を示します。", 9.5f, Style.PLAIN));
        PdfPTable konkyo = CertificatePdf.table(new float[] {6f, 94f});
        int n = 0;
        for (String line : m.santeiKonkyo()) {
            konkyo.addCell(right(t, String.valueOf(++n), 1));
            konkyo.addCell(CertificatePdf.value(t.phrase(line, 8f), 1));
        }
        CertificatePdf.compact(konkyo);
        doc.add(konkyo);
        doc.add(CertificatePdf.ikaYohaku(t));
    }

    private static PdfPTable ki(GlyphFallbackText t, JsonNode c) {
        PdfPTable table = CertificatePdf.table(new float[] {24f, 16f, 36f, 24f});
        for (String h : new String[] {"期別", "徴収方法", "納期限（特別徴収は年金の支払月）", "保険料額"}) {
            table.addCell(heading(t, h));
        }
        long total = 0;
        for (JsonNode k : c.path("kibetsu")) {
            table.addCell(CertificatePdf.label(t, k.path("kibetsu").asText()));
            table.addCell(CertificatePdf.value(t.phrase(hoho(k), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificatePdf.value(t.phrase(nokigen(k), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificateCells.amount(t, k.path("hokenryogaku").asLong()));
            total += k.path("hokenryogaku").asLong();
        }
        table.addCell(CertificatePdf.label(t, "合計"));
        table.addCell(CertificatePdf.value(t.phrase("", CertificatePdf.VALUE_SIZE), 2));
        table.addCell(CertificateCells.amount(t, total));
        return table;
    }

    private static PdfPTable koseiKi(GlyphFallbackText t, JsonNode c) {
        PdfPTable table = CertificatePdf.table(new float[] {22f, 14f, 19f, 15f, 15f, 15f});
        for (String h : new String[] {"期別", "徴収方法", "月", "変更前", "変更後", "差額"}) {
            table.addCell(heading(t, h));
        }
        for (JsonNode s : c.path("kosei_sagaku")) {
            String note = s.path("teishi").asBoolean(false) ? "\n（特別徴収を停止）" : s.path("torai").asBoolean() ? "\n（納期到来済）" : "";
            table.addCell(CertificatePdf.label(t, s.path("kibetsu").asText() + note));
            table.addCell(CertificatePdf.value(t.phrase(hoho(s), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificatePdf.value(t.phrase(tsuki(s.path("nengetsu").asText()), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificateCells.amount(t, s.path("genzai").asLong()));
            table.addCell(CertificateCells.amount(t, s.path("koseigo").asLong()));
            table.addCell(right(t, KaigoPdf.signed(s.path("sagaku").asLong()), 1));
        }
        return table;
    }

    private static String hoho(JsonNode k) {
        return "tokubetsu_choshu".equals(k.path("choshu_hoho").asText()) ? "特別徴収" : "普通徴収";
    }

    private static String nokigen(JsonNode k) {
        return k.hasNonNull("nokigen") ? WAREKI.format(LocalDate.parse(k.get("nokigen").asText())) : tsuki(k.path("nengetsu").asText());
    }

    private static String tsuki(String nengetsu) {
        String w = WAREKI.format(YearMonth.parse(nengetsu).atDay(1));
        return w.substring(0, w.indexOf('月') + 1);
    }
}
