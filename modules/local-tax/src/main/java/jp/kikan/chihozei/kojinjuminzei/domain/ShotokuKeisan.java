package jp.kikan.chihozei.kojinjuminzei.domain;

/**
 * The incomes of the assessment.
 *
 * @param kyuyoShotokuKojogo      給与所得控除後の給与等の金額 (before 所得金額調整控除)
 * @param choseiKojoKosodate      所得金額調整控除 (子ども・特別障害者等)
 * @param choseiKojoKyuyoNenkin   所得金額調整控除 (給与所得と公的年金等に係る雑所得)
 * @param kyuyoShotoku            給与所得 (after both 所得金額調整控除)
 * @param kotekiNenkinShotoku     公的年金等に係る雑所得
 * @param gokeiShotokuKingaku     合計所得金額
 * @param soShotokuKingakuTo      総所得金額等
 */
public record ShotokuKeisan(long kyuyoShunyu, long kyuyoShotokuKojogo, long choseiKojoKosodate,
        long choseiKojoKyuyoNenkin, long kyuyoShotoku, long kotekiNenkinShunyu, long kotekiNenkinShotoku,
        long jigyoShotoku, long fudosanShotoku, long haitoShotoku, long zatsuShotokuSonota, long sonotaShotoku,
        long gokeiShotokuKingaku, long soShotokuKingakuTo) {
}
