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
}
