package jp.kikan.kokuho.infrastructure.pdf;

import static jp.kikan.platform.quarkus.pdf.CertificateCells.heading;
import static jp.kikan.platform.quarkus.pdf.CertificatePdf.label;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jp.kikan.platform.quarkus.pdf.CertificateCells;
import jp.kikan.platform.quarkus.pdf.CertificatePdf;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;

/** The amount tables of {@link KokuhoTsuchishoPdf}: each 区分 by its 月割 periods, and the 期別 (当初 or 更正). */
final class KokuhoTsuchishoTables {

    private static final float SIZE = 7.5f;

    private KokuhoTsuchishoTables() {
    }

    /**
     * 区分 | 期間 | 月数 | 人数 | 所得割 | 均等割 | 平等割 | 軽減額 | 限度額の前 | 限度額 | 年額, then the 区分's months and amount,
     * and the 年税額 of all 区分.
     */
    static PdfPTable kubun(GlyphFallbackText t, TsuchishoModel m) {
        PdfPTable table = CertificatePdf.table(new float[] {9f, 10.5f, 6.5f, 5f, 9.5f, 9.5f, 9f, 10f, 10f, 10f, 11f});
        for (String s : new String[] {"区分", "期間", "月数", "人数", "所得割", "均等割", "平等割", "軽減額", "限度額の前", "賦課限度額",
            "限度額の後"}) {
            table.addCell(heading(t, s));
        }
        for (TsuchishoModel.Kubun k : m.kubun()) {
            PdfPCell name = label(t, k.kubunMei());
            name.setRowspan(k.kikan().size() + 1);
            table.addCell(name);
            for (TsuchishoModel.Kikan g : k.kikan()) {
                table.addCell(text(t, g.tsuki()));
                table.addCell(num(t, Integer.toString(g.tsukisu())));
                table.addCell(num(t, g.ninzu() + "人"));
                table.addCell(yen(t, g.shotokuwari()));
                table.addCell(yen(t, g.kintowari()));
                table.addCell(yen(t, g.byodowari()));
                table.addCell(num(t, g.keigen() == 0 ? "0円" : "−" + CertificateCells.yen(g.keigen())));
                table.addCell(yen(t, g.gokei()));
                table.addCell(num(t, CertificateCells.yen(g.gendogaku()) + (g.gendogakuTekiyo() ? "\n適用" : "")));
                table.addCell(yen(t, g.nengakuSoto()));
            }
            PdfPCell sum = text(t, (k.kikan().isEmpty() ? "該当する被保険者なし　" : "月割 " + k.tsukisu() + "か月　") + "この区分の"
                    + m.bunrui().nengakuMei());
            sum.setColspan(9);
            sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(sum);
            table.addCell(yen(t, k.nengaku()));
        }
        PdfPCell total = label(t, m.bunrui().nengakuMei() + "（区分の合計）");
        total.setColspan(10);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        table.addCell(yen(t, m.nengaku()));
        CertificatePdf.compact(table);
        return table;
    }

    /** The instalments in two columns of 期別 | 納期限 | 税額 (so that a notice of 8 or 10 期 keeps to its first page). */
    static PdfPTable ki(GlyphFallbackText t, TsuchishoModel m) {
        PdfPTable table = CertificatePdf.table(new float[] {10f, 24f, 16f, 10f, 24f, 16f});
        for (int i = 0; i < 2; i++) {
            table.addCell(heading(t, "期別"));
            table.addCell(heading(t, "納期限"));
            table.addCell(heading(t, m.bunrui().gakuMei()));
        }
        int rows = (m.ki().size() + 1) / 2;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 2; c++) {
                int i = r + c * rows;
                if (i < m.ki().size()) {
                    TsuchishoModel.Ki k = m.ki().get(i);
                    table.addCell(label(t, k.kibetsu()));
                    table.addCell(CertificatePdf.value(t.phrase(k.nokigen(), CertificatePdf.VALUE_SIZE), 1));
                    table.addCell(CertificateCells.amount(t, k.zeigaku()));
                } else {
                    PdfPCell empty = text(t, "");
                    empty.setColspan(3);
                    table.addCell(empty);
                }
            }
        }
        PdfPCell total = label(t, "合計");
        total.setColspan(5);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        table.addCell(CertificateCells.amount(t, m.ki().stream().mapToLong(TsuchishoModel.Ki::zeigaku).sum()));
        CertificatePdf.compact(table);
        return table;
    }

    static PdfPTable koseiKi(GlyphFallbackText t, TsuchishoModel m) {
        PdfPTable table = CertificatePdf.table(new float[] {17f, 23f, 20f, 20f, 20f});
        for (String h : new String[] {"期別", "納期限", "更正前", "更正後", "差額"}) {
            table.addCell(heading(t, h));
        }
        for (TsuchishoModel.Ki k : m.ki()) {
            table.addCell(label(t, k.kibetsu() + (k.torai() ? "（納期到来済）" : "")));
            table.addCell(CertificatePdf.value(t.phrase(k.nokigen(), CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificateCells.amount(t, k.genzai() == null ? 0 : k.genzai()));
            table.addCell(CertificateCells.amount(t, k.zeigaku()));
            table.addCell(CertificateCells.right(t, KokuhoTsuchishoPdf.signed(k.sagaku() == null ? 0 : k.sagaku()), 1));
        }
        if (m.kosei().zuiji() != 0) {
            table.addCell(label(t, "随時"));
            table.addCell(CertificatePdf.value(t.phrase("別途通知する納期限", CertificatePdf.VALUE_SIZE), 1));
            table.addCell(CertificateCells.amount(t, 0));
            table.addCell(CertificateCells.amount(t, m.kosei().zuiji()));
            table.addCell(CertificateCells.right(t, KokuhoTsuchishoPdf.signed(m.kosei().zuiji()), 1));
        }
        CertificatePdf.compact(table);
        return table;
    }

    private static PdfPCell text(GlyphFallbackText t, String s) {
        return CertificatePdf.value(t.phrase(s, SIZE), 1);
    }

    private static PdfPCell num(GlyphFallbackText t, String s) {
        PdfPCell c = text(t, s);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPaddingRight(3f);
        return c;
    }

    private static PdfPCell yen(GlyphFallbackText t, long v) {
        return num(t, CertificateCells.yen(v));
    }
}
