package jp.kikan.chihozei.kojinjuminzei.domain;

import java.time.YearMonth;

/**
 * One instalment (期別): 第1期 of 普通徴収, 6月分 of 給与特別徴収, 10月 of 公的年金等特別徴収 …
 *
 * @param kibetsu   its name
 * @param nengetsu  the month it is due or collected in
 * @param zeigaku   the amount
 */
public record Kibetsu(String kibetsu, YearMonth nengetsu, long zeigaku) {
}
