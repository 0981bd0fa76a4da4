package jp.kikan.kaigo.hokenryo.policy;

import jp.kikan.kaigo.hokenryo.domain.Taishosha;

/**
 * The income a stage is judged on (介護保険法施行令第38条, as restated by 沖縄県介護保険広域連合
 * https://www.okinawa-kouiki.jp/docs/2025012800019 and 春日井市 https://www.city.kasugai.lg.jp/kenko/1011073/kaigo/1034313.html):
 * for the non-taxed stages 課税年金収入額 + その他の合計所得金額 (合計所得金額 − 公的年金等に係る雑所得, and 給与所得 less up to
 * 10万円 where it is included); for the taxed stages 合計所得金額. The 長期・短期譲渡所得の特別控除 the law also deducts is
 * not known to this service (local tax's income information does not carry it) and is not applied.
 */
public final class HanteiShotokuPolicy {

    private HanteiShotokuPolicy() {
    }

    /** その他の合計所得金額 (never below 0). */
    public static long sonotaGokeiShotoku(Taishosha t, long kyuyoKojo) {
        long kyuyo = t.kyuyoShotoku() == null ? 0 : Math.min(Math.max(t.kyuyoShotoku(), 0), kyuyoKojo);
        return Math.max(0, t.gokeiShotoku() - t.nenkinShotoku() - kyuyo);
    }

    /** 課税年金収入額 + その他の合計所得金額. */
    public static long nenkinSonota(Taishosha t, long kyuyoKojo) {
        return t.kazeiNenkinShunyu() + sonotaGokeiShotoku(t, kyuyoKojo);
    }
}
