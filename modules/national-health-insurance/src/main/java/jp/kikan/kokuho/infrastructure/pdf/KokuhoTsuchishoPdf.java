package jp.kikan.kokuho.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.amount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.right;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificateFonts;
import jp.kikan.platform.quarkus.pdf.CertificateFooter;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText.Style;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * 国民健康保険税 納税通知書 / 国民健康保険料 納入通知書 (A4 縦). A 納税通知書 states the law and 条例 it is levied by, the
 * taxpayer's address and name, the base, the rates, the amount, the 納期 and each 納期's amount and what to do if one
 * disagrees (地方税法第1条第1項第6号; a 納入通知書: 年度, the revenue, the amount, the 納期限 — 地方自治法施行令第154条;
 * article numbers from general knowledge). Printed here: the 納税義務者 (also a 擬制世帯主), the insured with their months,
 * each 区分's 所得割・均等割・平等割 per 月割 period with the 軽減 and the 賦課限度額, the months and the 区分's amount,
 * the 年税額, the 期別 with the 納期限, for a 更正 the amounts before and after and the difference per 期, and on the
 * next page the 算定根拠. The standard's layout (帳票 ID unknown) was not read: a plain A4 sheet without the 納付書.
 */
@ApplicationScoped
public class KokuhoTsuchishoPdf {

    private static final System.Logger LOG = System.getLogger(KokuhoTsuchishoPdf.class.getName());
    private static final float SMALL = 8.5f;

    @Inject
    CertificateFonts fonts;

    public RenderResult render(TsuchishoModel m) {
        TsuchishoModel.Bunrui b = m.bunrui();
        String title = b.hokenMei() + "　" + b.tsuchisho();
        RenderResult r = CertificatePdf.render(fonts.get(), "Kikan 国民健康保険", title, m.hakko().hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, m.hakko().nendoLabel() + "　" + title + "（続き）　"
                        + m.atesaki().shimei() + " 様", null, m.hakko().hakkoBango(), m.hakko().municipalityName()),
                (t, footer) -> (doc, writer) -> write(doc, t, m));
        CertificatePdf.log(LOG, title, m.hakko().hakkoBango(), r);
        return r;
    }

    private static void write(Document doc, GlyphFallbackText t, TsuchishoModel m) throws DocumentException {
        TsuchishoModel.Bunrui b = m.bunrui();
        TsuchishoModel.Hakko h = m.hakko();
        doc.add(CertificatePdf.title(t, b.tsuchisho(), m.kosei() != null ? "（" + b.gakuMei() + "変更）" : null));
        doc.add(CertificateCells.text(t, h.nendoLabel() + "　" + b.hokenMei() + "（" + h.shotokuNenLabel() + "の所得による）", 10.5f,
                Style.PLAIN));
        PdfPTable to = CertificatePdf.table(new float[] {18f, 42f, 14f, 26f});
        CertificatePdf.row(t, to, b.gimushaMei() + "（世帯主）", m.atesaki().shimei() + "　様", "世帯番号", h.setaibango());
        CertificatePdf.wide(t, to, "住所", m.atesaki().jusho());
        if (h.nozeigimushaKikan() != null) {
            CertificatePdf.wide(t, to, b.gimushaMei() + "である月", h.nozeigimushaKikan());
        }
        doc.add(to);
        if (m.atesaki().gisei()) {
            doc.add(CertificateCells.text(t, "※ 世帯主の方は国民健康保険の被保険者ではありませんが、" + b.hokenMei()
                    + "は世帯主に課されます（擬制世帯主）。世帯主の方の所得は所得割に含めず、軽減の判定に含めます。", SMALL, Style.PLAIN));
        }
        if (h.nozeigimushaKikan() != null) {
            doc.add(CertificateCells.text(t, "※ 年度の途中で世帯主が変わったため、あなたが世帯主であった月 " + h.nozeigimushaKikan()
                    + " の分を月割で課します。下の期間ごとの額は世帯の額、区分の" + b.nengakuMei() + "はあなたの月の分です。", SMALL,
                    Style.PLAIN));
        }
        String kimeta = m.kosei() != null ? "下記のとおり変更（更正）しましたので通知します。\n更正の理由：" + m.kosei().riyu()
                : "下記のとおり決定しましたので、" + b.konkyoHo() + "の規定により通知します。";
        doc.add(CertificateCells.text(t, "あなたの世帯の" + h.nendoLabel() + "の" + b.hokenMei() + "を" + kimeta, 10f, Style.PLAIN));

        doc.add(section(t, "被保険者"));
        doc.add(hihokensha(t, m));
        doc.add(section(t, b.gakuMei() + "の内訳（区分・月割の期間ごとの年額）"));
        doc.add(KokuhoTsuchishoTables.kubun(t, m));
        doc.add(CertificateCells.text(t, "※ 軽減：" + m.keigen().setsumei() + (m.keigen().mishugakuji() > 0 ? "　未就学児 "
                + m.keigen().mishugakuji() + "人（医療分・支援金分の均等割をさらに5割軽減）" : ""), SMALL, Style.PLAIN));
        doc.add(CertificateCells.text(t, "※ 各期間の額は、その期間の被保険者で1年間計算した額（賦課限度額の適用後）です。区分の"
                + b.nengakuMei() + "は、その額 × 月数 ÷ 12 の合計を端数処理した額です（月末に資格のある月に課します）。", SMALL, Style.GREY));

        if (m.kosei() != null) {
            doc.add(section(t, b.nengakuMei() + "（更正前・更正後・差額）"));
            PdfPTable g = CertificatePdf.table(new float[] {25f, 25f, 25f, 25f});
            for (String s : new String[] {"更正前の" + b.nengakuMei(), "更正後の" + b.nengakuMei(), "差額", "処理年月日"}) {
                g.addCell(heading(t, s));
            }
            g.addCell(amount(t, m.kosei().genzaiNengaku()));
            g.addCell(amount(t, m.nengaku()));
            g.addCell(right(t, signed(m.kosei().sagaku()), 1));
            g.addCell(CertificatePdf.value(t.phrase(h.shoriBi(), CertificatePdf.VALUE_SIZE), 1));
            doc.add(g);
        }
        doc.add(section(t, m.kosei() != null ? "期別の" + b.gakuMei() + "（更正前・更正後・差額）" : "期別の" + b.gakuMei() + "と納期限"));
        doc.add(m.kosei() != null ? KokuhoTsuchishoTables.koseiKi(t, m) : KokuhoTsuchishoTables.ki(t, m));
        doc.add(CertificateCells.text(t, "※ 納期限は条例の定める日です。納期限が土曜日・日曜日・休日に当たるときは、その翌日が納期限になります（"
                + b.kyujitsuHo() + "）。\n※ " + b.fufuku(), 8f, Style.GREY));
        if (m.kosei() != null && m.kosei().zuiji() != 0) {
            doc.add(CertificateCells.text(t, "※ 納期限の到来した期の額は変わりません。差額のうち残りの期で調整できない "
                    + CertificateCells.yen(m.kosei().zuiji()) + " は、随時の納期（別途お知らせします）に" + b.noufu() + "していただきます。",
                    9f, Style.PLAIN));
        }
        if (m.kosei() != null && m.kosei().kanpu() > 0) {
            doc.add(CertificateCells.text(t, "※ 既に納期の到来した額のうち " + CertificateCells.yen(m.kosei().kanpu())
                    + " は納め過ぎとなります。還付または未納の" + b.gakuMei() + "への充当について別途お知らせします。", 9f, Style.PLAIN));
        }
        doc.add(CertificatePdf.certification(t, "上記のとおり通知します。", h.hakkoBi(), h.shucho()));

        doc.newPage();
        doc.add(CertificatePdf.title(t, "算定根拠"));
        doc.add(CertificateCells.text(t, h.nendoLabel() + "の賦課（第" + h.version() + "版・" + h.shoriBi()
                + "決定）の計算の順に、用いた金額と税率・控除額・軽減の基準を示します。", 9.5f, Style.PLAIN));
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

    private static PdfPTable hihokensha(GlyphFallbackText t, TsuchishoModel m) {
        PdfPTable table = CertificatePdf.table(new float[] {19f, 17f, 7f, 37f, 20f});
        for (String s : new String[] {"氏名", "生年月日", "続柄", "資格の期間（年度内）", "介護分の月"}) {
            table.addCell(heading(t, s));
        }
        for (TsuchishoModel.Hihokensha x : m.hihokensha()) {
            table.addCell(cell(t, x.shimei()));
            table.addCell(cell(t, x.seinengappi()));
            table.addCell(cell(t, x.zokugara()));
            table.addCell(cell(t, x.kikan()));
            table.addCell(cell(t, x.kaigo()));
        }
        CertificatePdf.compact(table);
        return table;
    }

    static PdfPCell cell(GlyphFallbackText t, String s) {
        return CertificatePdf.value(t.phrase(s == null ? "" : s, SMALL), 1);
    }

    /** A difference with its sign: ＋1,000円, −1,000円, 0円. */
    static String signed(long v) {
        return (v > 0 ? "＋" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%,d円", Math.abs(v));
    }
}
