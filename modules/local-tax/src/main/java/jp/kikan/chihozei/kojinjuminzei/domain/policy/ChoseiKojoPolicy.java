package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.math.RoundingMode;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 調整控除 (地方税法第314条の6・第37条), taken from the 所得割 of each part: with T = 課税総所得金額 and D = 人的控除額の
 * 差, T ≤ 200万円: min(D, T) × rate; T > 200万円: max(D − (T − 200万円), 5万円) × rate (the minimum is 5万円 × 5% =
 * 2,500円: 市 1,500 + 県 1,000; 指定都市 2,000 + 500). None when the 合計所得金額 is over 2,500万円.
 */
public final class ChoseiKojoPolicy {

    private ChoseiKojoPolicy() {
    }

    public static long choseiKojo(ShiKen.Bubun bubun, long kazei, long sa, long gokei, Zangaku zan, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        Param<ZeigakuParams.ChoseiKojo> param = p.choseiKojo();
        ZeigakuParams.ChoseiKojo c = param.value();
        if (gokei > c.gokeiShotokuJogen()) {
            konkyo.add(Konkyo.step(Rule.CHOSEI_KOJO, bubun, 0, List.of(Konkyo.in("合計所得金額", gokei)),
                    List.of(Konkyo.use(param, KingakuHyoki.format("合計所得金額 %,d 超は適用なし", c.gokeiShotokuJogen()))), null));
            return 0;
        }
        long base;
        String how;
        if (kazei <= c.kijun()) {
            base = Math.min(sa, kazei);
            how = KingakuHyoki.format("課税総所得金額 %,d 以下: min(人的控除額の差, 課税総所得金額)", c.kijun());
        } else {
            base = Math.max(sa - (kazei - c.kijun()), c.saitei());
            how = KingakuHyoki.format("課税総所得金額 %,d 超: max(人的控除額の差 − (課税総所得金額 − %,d), %,d)", c.kijun(), c.kijun(), c.saitei());
        }
        Ritsu ritsu = (p.shiteiToshi() ? c.ritsuShiteiToshi() : c.ritsu()).get(bubun);
        // D and T are multiples of 1,000円 and the rates whole percents, so the product is whole yen; FLOOR only guards
        long kojo = zan.take(ritsu.times(base).setScale(0, RoundingMode.FLOOR).longValueExact());
        konkyo.add(Konkyo.step(Rule.CHOSEI_KOJO, bubun, kojo,
                List.of(Konkyo.in("課税総所得金額", kazei), Konkyo.in("人的控除額の差の合計額", sa), Konkyo.in("基となる額", base)),
                List.of(Konkyo.use(param, how + " × " + ritsu + (p.shiteiToshi() ? "（指定都市）" : ""))), null));
        return kojo;
    }
}
