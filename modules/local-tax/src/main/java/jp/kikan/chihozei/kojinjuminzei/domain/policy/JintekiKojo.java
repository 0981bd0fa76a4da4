package jp.kikan.chihozei.kojinjuminzei.domain.policy;

/**
 * One 人的控除 granted (for whom and of which kind), so that the 人的控除額の差 (地方税法第314条の6) is taken from
 * exactly the deductions that were granted.
 *
 * @param kojo    haigusha, haigusha_tokubetsu, fuyo, tokutei_shinzoku, shogaisha, kafu, hitorioya, kinro_gakusei, kiso
 * @param kubun   the class within it (ippan, rojin, tokutei, dokyo_roshin, nensho, tokubetsu_shogaisha …) or null
 * @param taisho  who (本人, 配偶者, 親族n)
 * @param gaku    the deduction
 * @param kijun   the income that decided the row (the spouse's for 配偶者特別控除), else 0
 */
record JintekiKojo(String kojo, String kubun, String taisho, long gaku, long kijun) {
}
