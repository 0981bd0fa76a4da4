package jp.kikan.chihozei.keijidoshazei.domain;

import java.time.LocalDate;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The 種別割 of one vehicle for one 年度: the whole year's amount (no 月割), its rate, the 減免 and the 算定根拠.
 *
 * @param nendo        the 年度 (西暦の年: April of that year to March of the next)
 * @param fukaKijitsu  賦課期日 (4月1日 of the 年度)
 * @param shashuKubun  the class used (a 原付 entered without its band: the band of its 総排気量)
 * @param zeiritsuKubun which rate applied
 * @param zeiritsuGaku the rate (年額) of the class before the グリーン化特例
 * @param keikaGaku    the reduction of the グリーン化特例 (0 if none)
 * @param genmenGaku   the 減免 (0 if none)
 * @param zeigaku      the tax of the year
 * @param santeiKonkyo how it was computed
 */
public record KeijidoshazeiFuka(int nendo, LocalDate fukaKijitsu, ShashuKubun shashuKubun, ZeiritsuKubun zeiritsuKubun,
        long zeiritsuGaku, long keikaGaku, long genmenGaku, long zeigaku, SanteiKonkyo santeiKonkyo) {
}
