package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.Map;

/** Parameter values of 非課税. */
public final class HikazeiParams {

    private HikazeiParams() {
    }

    /** kihon × N + kasan (+ fuyoKasan with a 同一生計配偶者 or 扶養親族). */
    public record GendoSanshiki(long kihon, long kasan, long fuyoKasan) {

        public long gendo(int ninzu) {
            return ninzu <= 1 ? kihon + kasan : kihon * ninzu + kasan + fuyoKasan;
        }

        public String label() {
            return KingakuHyoki.format("%,d×人数+%,d(+%,d 扶養等あり)", kihon, kasan, fuyoKasan);
        }
    }

    /** 均等割の非課税限度額 by 級地 (1, 2, 3). */
    public record KintowariHikazei(Map<Integer, GendoSanshiki> kyuchi) {
    }

    /**
     * Which 非課税 of 地方税法第295条 reach the 均等割 of a 家屋敷課税 (第294条第1項第2号) person.
     *
     * @param seikatsuHogo     生活扶助 (第1項第1号)
     * @param shogaishaTo      障害者・未成年者・寡婦・ひとり親 ≤ the limit (第1項第2号)
     * @param kintowariShotoku the 条例's 均等割 非課税 by 合計所得金額 (第3項)
     */
    public record KaokushikiHikazei(boolean seikatsuHogo, boolean shogaishaTo, boolean kintowariShotoku) {
    }
}
