package jp.kikan.chihozei.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.amount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.labelAmount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.section;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

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
 * 固定資産税・都市計画税の 納税通知書・課税明細書 (地方税法第364条第1項・第3項: 土地・家屋の所在, 地番, 地目, 地積, 評価額,
 * 課税標準額 …) and 評価証明書 (第382条の3: 固定資産課税台帳に登録された価格の証明), A4 縦, from one stored assessment
 * version. The standard's layouts were not found: the items are those the articles and municipal forms name.
 */
@ApplicationScoped
public class KoteishisanShomeiPdf {

    public static final String MEISAI = "納税通知書・課税明細書";
    public static final String HYOKA = "固定資産評価証明書";
    public static final String KOUKA = "固定資産税公課証明書";

    /** Which form. */
    public enum Yoshiki { KAZEI_MEISAISHO, HYOKA_SHOMEISHO, KOUKA_SHOMEISHO }
    private static final System.Logger LOG = System.getLogger(KoteishisanShomeiPdf.class.getName());

    @Inject
    CertificateFonts fonts;

    public RenderResult render(Yoshiki y, ZeiShomeiModel.Hakko h, KoteishisanShomeiModel.Nozeigimusha n,
            KoteishisanShomeiModel.Fuka f) {
        String title = switch (y) {
            case KAZEI_MEISAISHO -> MEISAI;
            case HYOKA_SHOMEISHO -> HYOKA;
            case KOUKA_SHOMEISHO -> KOUKA;
        };
        RenderResult r = CertificatePdf.render(fonts.get(), ZeiPdf.CREATOR, title, h.hakkoBango(),
                t -> new CertificateFooter(fonts.get(), t, title + "（続き）　" + f.nendoLabel() + "　" + n.shimei(),
                        "※ " + f.nendoLabel() + "の賦課（第" + f.version() + "版）に基づいています。", h.hakkoBango(),
                        h.municipalityName()),
                (t, footer) -> (doc, writer) -> {
                    switch (y) {
                        case KAZEI_MEISAISHO -> meisai(doc, t, n, f);
                        case HYOKA_SHOMEISHO -> hyoka(doc, t, h, n, f);
                        case KOUKA_SHOMEISHO -> kouka(doc, t, h, n, f);
                    }
                });
        CertificatePdf.log(LOG, title, h.hakkoBango(), r);
        return r;
    }

    private static void meisai(Document doc, GlyphFallbackText t, KoteishisanShomeiModel.Nozeigimusha n,
            KoteishisanShomeiModel.Fuka f) throws DocumentException {
        doc.add(CertificatePdf.title(t, MEISAI, f.version() > 1 ? "（税額変更）" : ""));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "　固定資産税・都市計画税", 10.5f, Style.PLAIN));
        doc.add(atesaki(t, n));
        doc.add(CertificateCells.text(t, f.version() > 1 ? "税額を下記のとおり変更（更正）しましたので通知します。更正の理由：" + f.riyu()
                : "税額を下記のとおり決定しましたので、地方税法第364条の規定により通知します。", 10f, Style.PLAIN));
        doc.add(section(t, "税額"));
        PdfPTable zei = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        labelAmount(t, zei, "固定資産税 課税標準額", f.koteiKazeiHyojungaku());
        labelAmount(t, zei, "都市計画税 課税標準額", f.toshiKazeiHyojungaku());
        labelAmount(t, zei, "固定資産税 算出税額", f.koteiSanshutsuZeigaku());
        labelAmount(t, zei, "新築住宅の減額", f.shinchikuGengaku());
        labelAmount(t, zei, "固定資産税額", f.koteiZeigaku());
        labelAmount(t, zei, "都市計画税額", f.toshiZeigaku());
        zei.addCell(label(t, "年税額"));
        zei.addCell(CertificateCells.right(t, CertificateCells.yen(f.nenzeigaku()), 3));
        doc.add(zei);
        doc.add(section(t, "期別税額と納期限"));
        PdfPTable ki = CertificatePdf.table(new float[] {30f, 40f, 30f});
        ki.addCell(heading(t, "期別"));
        ki.addCell(heading(t, "納期限"));
        ki.addCell(heading(t, "税額"));
        for (KoteishisanShomeiModel.Ki k : f.ki()) {
            ki.addCell(label(t, k.kibetsu()));
            ki.addCell(CertificateCells.right(t, k.nokigen(), 1));
            ki.addCell(amount(t, k.zeigaku()));
        }
        doc.add(ki);
        doc.add(section(t, "課税明細書"));
        assets(doc, t, f, true);
        doc.add(CertificatePdf.ikaYohaku(t));
    }

    private static void hyoka(Document doc, GlyphFallbackText t, ZeiShomeiModel.Hakko h, KoteishisanShomeiModel.Nozeigimusha n,
            KoteishisanShomeiModel.Fuka f) throws DocumentException {
        doc.add(CertificatePdf.title(t, HYOKA));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "（賦課期日現在）", 11f, Style.PLAIN));
        doc.add(atesaki(t, n));
        assets(doc, t, f, false);
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, "上記のとおり固定資産課税台帳に登録されていることを証明します。", h.hakkoBiWareki(),
                h.mayorTitle()));
    }

    /**
     * 公課証明書 (地方税法第20条の10): each parcel's and house's 評価額 and 課税標準額 and the taxpayer's tax of the 年度. A
     * per-asset 相当税額 is not printed: how a municipality rounds a share of the tax per asset was not found in a source.
     */
    private static void kouka(Document doc, GlyphFallbackText t, ZeiShomeiModel.Hakko h, KoteishisanShomeiModel.Nozeigimusha n,
            KoteishisanShomeiModel.Fuka f) throws DocumentException {
        doc.add(CertificatePdf.title(t, KOUKA));
        doc.add(CertificateCells.text(t, f.nendoLabel() + "　固定資産税・都市計画税", 11f, Style.PLAIN));
        doc.add(atesaki(t, n));
        assets(doc, t, f, true);
        PdfPTable zei = CertificatePdf.table(new float[] {31f, 19f, 31f, 19f});
        labelAmount(t, zei, "固定資産税額", f.koteiZeigaku());
        labelAmount(t, zei, "都市計画税額", f.toshiZeigaku());
        zei.addCell(label(t, "年税額"));
        zei.addCell(CertificateCells.right(t, CertificateCells.yen(f.nenzeigaku()), 3));
        doc.add(zei);
        doc.add(CertificatePdf.ikaYohaku(t));
        doc.add(CertificatePdf.certification(t, "上記のとおり証明します。", h.hakkoBiWareki(), h.mayorTitle()));
    }

    private static PdfPTable atesaki(GlyphFallbackText t, KoteishisanShomeiModel.Nozeigimusha n) {
        PdfPTable table = CertificatePdf.table(new float[] {16f, 40f, 14f, 30f});
        CertificatePdf.wide(t, table, "住所", n.jusho() == null ? "" : n.jusho());
        CertificatePdf.row(t, table, "納税義務者", n.shimei() + (n.hokaNinzu() > 0 ? " 外" + n.hokaNinzu() + "名（共有）" : ""),
                "宛名番号", n.daihyoshaAtenabango());
        table.setSpacingAfter(4f);
        return table;
    }

    /** The parcels' and the houses' tables, each only when the taxpayer has such assets. */
    private static void assets(Document doc, GlyphFallbackText t, KoteishisanShomeiModel.Fuka f, boolean kazei)
            throws DocumentException {
        if (!f.tochi().isEmpty()) {
            doc.add(tochi(t, f, kazei));
        }
        if (!f.kaoku().isEmpty()) {
            doc.add(kaoku(t, f, kazei));
        }
        if (f.shokyaku() != null) {
            doc.add(shokyaku(t, f.shokyaku(), kazei));
        }
    }

    /** 償却資産: one row of the 申告's 決定価格 (the lines are on the 申告's own record, 種類別明細書). */
    private static PdfPTable shokyaku(GlyphFallbackText t, KoteishisanShomeiModel.Shokyaku s, boolean kazei) {
        PdfPTable table = CertificatePdf.table(kazei ? new float[] {50f, 25f, 25f} : new float[] {58f, 42f});
        table.addCell(heading(t, "償却資産"));
        table.addCell(heading(t, "決定価格（評価額）"));
        if (kazei) {
            table.addCell(heading(t, "課税標準額（固定）"));
        }
        table.addCell(label(t, "償却資産申告による資産の合計" + (s.kazei() ? "" : "（免税点未満）")));
        table.addCell(amount(t, s.ketteiKakaku()));
        if (kazei) {
            table.addCell(amount(t, s.kazei() ? s.ketteiKakaku() : 0));
        }
        return table;
    }

    private static PdfPTable tochi(GlyphFallbackText t, KoteishisanShomeiModel.Fuka f, boolean kazei) {
        PdfPTable table = CertificatePdf.table(kazei ? new float[] {30f, 12f, 12f, 16f, 15f, 15f} : new float[] {40f, 18f, 18f, 24f});
        table.addCell(heading(t, "土地の所在・地番"));
        table.addCell(heading(t, "区分"));
        table.addCell(heading(t, "地積（㎡）"));
        table.addCell(heading(t, "評価額"));
        if (kazei) {
            table.addCell(heading(t, "課税標準額（固定）"));
            table.addCell(heading(t, "課税標準額（都計）"));
        }
        for (KoteishisanShomeiModel.Tochi x : f.tochi()) {
            table.addCell(label(t, x.label()));
            table.addCell(CertificateCells.right(t, x.kubun() + (x.jutakuYochi() == null ? "" : "\n" + x.jutakuYochi()), 1));
            table.addCell(CertificateCells.right(t, x.chiseki(), 1));
            table.addCell(amount(t, x.hyokagaku()));
            if (kazei) {
                table.addCell(amount(t, x.koteiKazeiHyojun()));
                table.addCell(amount(t, x.toshiKazeiHyojun()));
            }
        }
        return table;
    }

    private static PdfPTable kaoku(GlyphFallbackText t, KoteishisanShomeiModel.Fuka f, boolean kazei) {
        PdfPTable table = CertificatePdf.table(kazei ? new float[] {34f, 16f, 17f, 17f, 16f} : new float[] {58f, 42f});
        table.addCell(heading(t, "家屋の所在・家屋番号"));
        table.addCell(heading(t, "評価額"));
        if (kazei) {
            table.addCell(heading(t, "課税標準額（固定）"));
            table.addCell(heading(t, "課税標準額（都計）"));
            table.addCell(heading(t, "新築住宅の減額"));
        }
        for (KoteishisanShomeiModel.Kaoku x : f.kaoku()) {
            table.addCell(label(t, x.label()));
            table.addCell(amount(t, x.hyokagaku()));
            if (kazei) {
                table.addCell(amount(t, x.koteiKazeiHyojun()));
                table.addCell(amount(t, x.toshiKazeiHyojun()));
                table.addCell(amount(t, x.shinchikuGengaku()));
            }
        }
        return table;
    }
}
