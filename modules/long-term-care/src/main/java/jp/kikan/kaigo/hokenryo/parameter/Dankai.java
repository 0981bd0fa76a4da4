package jp.kikan.kaigo.hokenryo.parameter;

import java.math.BigDecimal;

/**
 * One stage of an insurer's table for a 期: for whom ({@link Taisho}), the income band, the multiplier of the 基準額
 * and, for the lowest stages, the multiplier after the 公費 reduction. The bands of the non-taxed stages are on
 * 課税年金収入額 + その他の合計所得金額 with an inclusive upper bound (≤ {@code ika}); those of the taxed stages on
 * 合計所得金額 with an exclusive one (< {@code miman}). {@code ikaKijunNenkin}: the bound is the national 基準
 * (80万円, 令和7年度から 80.9万円) of that 年度, not a number of the table.
 */
public record Dankai(int dankai, Taisho taisho, Long ika, boolean ikaKijunNenkin, Long miman, BigDecimal jyoritsu,
        BigDecimal keigenJyoritsu, boolean seikatsuHogo, boolean roreiFukushi) {

    /** The band as a citizen reads it. */
    public String label(long kijunNenkin) {
        StringBuilder sb = new StringBuilder("第").append(dankai).append("段階: ").append(taisho.nameJa());
        Long upper = ikaKijunNenkin ? Long.valueOf(kijunNenkin) : ika;
        if (upper != null) {
            sb.append("、課税年金収入額＋その他の合計所得金額 ").append(String.format("%,d", upper)).append("円以下");
        }
        if (miman != null) {
            sb.append("、合計所得金額 ").append(String.format("%,d", miman)).append("円未満");
        }
        if (seikatsuHogo) {
            sb.append("（生活保護受給者を含む）");
        }
        if (roreiFukushi) {
            sb.append("（老齢福祉年金受給者を含む）");
        }
        sb.append("、乗率 ").append(jyoritsu.toPlainString());
        if (keigenJyoritsu != null) {
            sb.append("（公費軽減後 ").append(keigenJyoritsu.toPlainString()).append("）");
        }
        return sb.toString();
    }
}
