package jp.kikan.platform.santei.kibetsu;

import java.time.YearMonth;

/**
 * One instalment (期別) of an annual amount: 第1期 of a 普通徴収, 6月分 of a 給与特別徴収 …
 *
 * @param kibetsu  its name (第1期, 6月分)
 * @param nengetsu the month it is due in (納期の月)
 * @param zeigaku  the amount (円)
 */
public record Ki(String kibetsu, YearMonth nengetsu, long zeigaku) {
}
