package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 医療費控除 and 雑損控除 (地方税法第314条の2第1項・第34条第1項), computed as for 所得税 with the thresholds of the
 * parameters (both unconfirmed from a public source: see {@code iryohi_kojo}, {@code zasson_kojo}).
 */
public final class IryohiZassonKojoPolicy {

    private IryohiZassonKojoPolicy() {
    }

    public static long iryohi(KazeiKiso kiso, long soShotokuKingakuTo, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shiharai s = kiso.shiharai();
        if (s.iryohi() == 0) {
            return 0;
        }
        Param<KojoParams.IryohiKojo> param = p.iryohiKojo();
        KojoParams.IryohiKojo t = param.value();
        long net = Math.max(0, s.iryohi() - s.iryohiHotenkin());
        long ashikiri = Math.min(t.ashikiriGaku(), t.hasu().apply(t.ashikiriRate().times(soShotokuKingakuTo)));
        long kojo = Math.min(t.jogen(), Math.max(0, net - ashikiri));
        konkyo.add(Konkyo.step(Rule.IRYOHI_KOJO, kojo,
                List.of(Konkyo.in("支払った医療費", s.iryohi()), Konkyo.in("保険金などで補填される金額", s.iryohiHotenkin()),
                        Konkyo.in("総所得金額等", soShotokuKingakuTo)),
                List.of(Konkyo.use(param, KingakuHyoki.format("(支払額 − 補填額) − min(%,d, 総所得金額等×%s), 限度 %,d", t.ashikiriGaku(),
                        t.ashikiriRate(), t.jogen()))),
                KingakuHyoki.format("足切り %,d", ashikiri)));
        return kojo;
    }

    public static long zasson(KazeiKiso kiso, long soShotokuKingakuTo, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shiharai s = kiso.shiharai();
        if (s.zassonSonshitsu() == 0) {
            return 0;
        }
        Param<KojoParams.ZassonKojo> param = p.zassonKojo();
        KojoParams.ZassonKojo t = param.value();
        long sashihiki = Math.max(0, s.zassonSonshitsu() - s.zassonHotenkin());
        long a = sashihiki - t.hasu().apply(t.ashikiriRate().times(soShotokuKingakuTo));
        long b = Math.min(s.saigaiKanrenShishutsu(), sashihiki) - t.saigaiAshikiri();
        long kojo = Math.max(0, Math.max(a, b));
        konkyo.add(Konkyo.step(Rule.ZASSON_KOJO, kojo,
                List.of(Konkyo.in("損失額", s.zassonSonshitsu()), Konkyo.in("保険金などで補填される金額", s.zassonHotenkin()),
                        Konkyo.in("災害関連支出の金額", s.saigaiKanrenShishutsu()), Konkyo.in("総所得金額等", soShotokuKingakuTo)),
                List.of(Konkyo.use(param, KingakuHyoki.format("max(差引損失額 − 総所得金額等×%s, 災害関連支出 − %,d)", t.ashikiriRate(),
                        t.saigaiAshikiri()))),
                null));
        return kojo;
    }
}
