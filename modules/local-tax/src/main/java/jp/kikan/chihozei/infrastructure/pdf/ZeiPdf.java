package jp.kikan.chihozei.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.amount;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificateCells.right;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

import com.lowagie.text.pdf.PdfPTable;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KaokushikiKazeiPolicy;

/** The pieces both local tax forms print the same way: the person and the tax by part. */
final class ZeiPdf {

    /** Written to the PDFs' metadata as their creator. */
    static final String CREATOR = "Kikan 地方税";

    private ZeiPdf() {
    }

    /** 住所, 氏名 (with フリガナ), 生年月日 and 宛名番号. */
    static PdfPTable atesaki(GlyphFallbackText t, ZeiShomeiModel.Atesaki a) {
        PdfPTable table = CertificatePdf.table(new float[] {16f, 40f, 14f, 30f});
        CertificatePdf.wide(t, table, "住所", a.jusho() == null ? "" : a.jusho());
        CertificatePdf.name(t, table, a.shimei(), a.shimeiFurigana(), 3);
        CertificatePdf.row(t, table, "生年月日", a.seinengappi(), "宛名番号", a.atenabango());
        table.setSpacingAfter(4f);
        return table;
    }

    /**
     * 税額の内訳: 所得割・均等割・計 for the municipal and prefectural tax and the 森林環境税 (国税, 均等割 only; 森林環境税
     * 及び森林環境譲与税に関する法律 — levied with the 均等割 from 令和6年度; the row only when levied), and the 年税額.
     */
    static PdfPTable zeigaku(GlyphFallbackText t, ZeiShomeiModel.Hakko h, ZeiShomeiModel.Fuka f) {
        PdfPTable table = CertificatePdf.table(new float[] {31f, 23f, 23f, 23f});
        table.addCell(heading(t, "区分"));
        table.addCell(heading(t, "所得割額"));
        table.addCell(heading(t, "均等割額"));
        table.addCell(heading(t, "合計"));
        bubun(t, table, h.shiZei(), f.shi(), f);
        bubun(t, table, h.kenZei(), f.ken(), f);
        if (f.shinrinKankyozei() > 0) {
            table.addCell(label(t, "森林環境税（国税）"));
            table.addCell(right(t, "―", 1));
            table.addCell(amount(t, f.shinrinKankyozei()));
            table.addCell(amount(t, f.shinrinKankyozei()));
        }
        table.addCell(label(t, "年税額"));
        table.addCell(amount(t, f.shi().shotokuwariSaishu() + f.ken().shotokuwariSaishu()));
        table.addCell(amount(t, f.shi().kintowari() + f.ken().kintowari() + f.shinrinKankyozei()));
        table.addCell(amount(t, f.nenzeigaku()));
        return table;
    }

    private static void bubun(GlyphFallbackText t, PdfPTable table, String name, ZeigakuBubun b, ZeiShomeiModel.Fuka f) {
        table.addCell(label(t, name));
        boolean zengaku = f.hikazei().zengakuHikazei();
        if (KaokushikiKazeiPolicy.NO_SHOTOKUWARI.equals(b.zeiritsu())) {
            table.addCell(right(t, "―（家屋敷課税）", 1)); // 地方税法第294条第1項第2号: 均等割のみ
        } else {
            table.addCell(zengaku || f.hikazei().shotokuwariHikazei() ? right(t, "非課税", 1) : amount(t, b.shotokuwariSaishu()));
        }
        table.addCell(zengaku || f.hikazei().kintowariHikazei() ? right(t, "非課税", 1) : amount(t, b.kintowari()));
        table.addCell(amount(t, b.zeigaku()));
    }
}
