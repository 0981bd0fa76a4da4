package jp.kikan.chihozei.koteishisanzei.domain;

import java.time.YearMonth;

/**
 * One line of the 種類別明細書 of a 償却資産申告 (地方税法第383条): what the business declared, from which the 評価額 is
 * computed by the 固定資産評価基準 (地方税法第388条第1項).
 *
 * @param shutokuNengetsu 取得年月 as declared (an asset acquired on 1月1日 is declared as of the previous December, so a
 *                        取得年月 of the 年度's own January or later is after the 賦課期日)
 * @param shutokuKakaku   取得価額 (円)
 * @param taiyoNensu      耐用年数 (減価償却資産の耐用年数等に関する省令の年数)
 */
public record ShokyakuShisanMeisai(ShokyakuShurui shurui, String meisho, int suryo, YearMonth shutokuNengetsu,
        long shutokuKakaku, int taiyoNensu) {

    public String label() {
        return shurui.nameJa() + " " + meisho + (suryo > 1 ? " ×" + suryo : "");
    }
}
