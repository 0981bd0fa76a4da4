package jp.kikan.kaigo.hokenryo.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The person whose premium is computed, as the 年度's 住民税 sees him (前年の所得) and his household.
 *
 * @param honninKazei        本人が住民税課税 (均等割)
 * @param setaiKazei         本人以外の世帯員に住民税課税者がいる
 * @param gokeiShotoku       合計所得金額
 * @param kazeiNenkinShunyu  課税年金収入額 (老齢年金等; 遺族・障害年金は含まない)
 * @param nenkinShotoku      公的年金等に係る雑所得 (合計所得金額に含まれる分)
 * @param kyuyoShotoku       給与所得 (null = なし)
 * @param seikatsuHogo       生活保護を受給
 * @param roreiFukushiNenkin 老齢福祉年金を受給
 * @param kikan              the periods of qualification that touch the 年度 (資格取得日 null = from before the 年度,
 *                           資格喪失日 null = to its end)
 */
public record Taishosha(boolean honninKazei, boolean setaiKazei, long gokeiShotoku, long kazeiNenkinShunyu,
        long nenkinShotoku, Long kyuyoShotoku, boolean seikatsuHogo, boolean roreiFukushiNenkin, List<Kikan> kikan) {

    /** A period [shutokubi, soshitsubi). */
    public record Kikan(LocalDate shutokubi, LocalDate soshitsubi) {
    }

    public Taishosha {
        kikan = List.copyOf(kikan);
    }

    /** One period (the simulation's 取得日 / 喪失日, either may be null). */
    public Taishosha(boolean honninKazei, boolean setaiKazei, long gokeiShotoku, long kazeiNenkinShunyu, long nenkinShotoku,
            Long kyuyoShotoku, boolean seikatsuHogo, boolean roreiFukushiNenkin, LocalDate shutokubi, LocalDate soshitsubi) {
        this(honninKazei, setaiKazei, gokeiShotoku, kazeiNenkinShunyu, nenkinShotoku, kyuyoShotoku, seikatsuHogo,
                roreiFukushiNenkin, List.of(new Kikan(shutokubi, soshitsubi)));
    }
}
