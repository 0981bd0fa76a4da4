package jp.kikan.kaigo.hokenryo.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.kikan.kaigo.hokenryo.parameter.Dankai;
import jp.kikan.kaigo.hokenryo.parameter.Hasu;

/**
 * 保険料の年額 = 基準額 × 乗率 with the insurer's rounding (介護保険法第129条; rounding per insurer, levy notes C3:
 * 春日井市 1円未満切捨て, 豊明市・南魚沼市 100円未満切捨て), and for the lowest stages the 公費 reduction (介護保険法第124条の2 —
 * article from general knowledge): 基準額 × 軽減後の乗率, rounded once or — as 南魚沼市's published amounts match —
 * floor(基準額 × 本来の乗率) − floor(基準額 × 軽減幅).
 */
public final class HokenryoGakuPolicy {

    private HokenryoGakuPolicy() {
    }

    /** The amount of the stage before any reduction. */
    public static long honrai(long kijungaku, Dankai d, Hasu hasu) {
        return hasu.kirisute(times(kijungaku, d.jyoritsu()));
    }

    /** The amount the 公費 takes off (0 for a stage without reduction). */
    public static long keigengaku(long kijungaku, Dankai d, Hasu hasu) {
        if (d.keigenJyoritsu() == null) {
            return 0;
        }
        if (hasu.nidankai()) {
            return hasu.kirisute(times(kijungaku, d.jyoritsu().subtract(d.keigenJyoritsu())));
        }
        return honrai(kijungaku, d, hasu) - hasu.kirisute(times(kijungaku, d.keigenJyoritsu()));
    }

    private static long times(long yen, BigDecimal rate) {
        return BigDecimal.valueOf(yen).multiply(rate).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
