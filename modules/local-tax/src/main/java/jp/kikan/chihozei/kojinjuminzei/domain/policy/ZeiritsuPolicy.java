package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/**
 * The 所得割 rate of each part: the standard rate (市町村民税 6%, 道府県民税 4%; 指定都市 8% / 2% — 地方税法第314条の3・
 * 第35条), unless the municipality or the prefecture has its own (超過課税, e.g. 神奈川県 4.025%) in its overlay.
 */
final class ZeiritsuPolicy {

    private ZeiritsuPolicy() {
    }

    /** The rate and the parameter it comes from. */
    static Param<Ritsu> zeiritsu(ShiKen.Bubun bubun, KojinJuminzeiParameters p) {
        var own = bubun == ShiKen.Bubun.SHI ? p.shotokuwariZeiritsuShi() : p.shotokuwariZeiritsuKen();
        if (own.isPresent()) {
            return own.get();
        }
        Param<ShiKen<Ritsu>> hyojun = p.shotokuwariHyojunZeiritsu();
        return new Param<>(hyojun.value().get(bubun), hyojun.ref());
    }

    /** In a 指定都市 the 8 : 2 variants of 調整控除, 配当控除, 寄附金税額控除 apply. */
    static boolean shiteiToshi(KojinJuminzeiParameters p) {
        return p.shiteiToshi();
    }
}
