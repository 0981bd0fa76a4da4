package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/**
 * 均等割 (地方税法第310条・第38条: 市 3,000円, 県 1,000円 from 令和6年度; 3,500 / 1,500 to 令和5年度) plus the 超過課税 of
 * the municipality or prefecture (e.g. 広島県 ひろしまの森づくり県民税 500円), and the 森林環境税 (1,000円 from 令和6年度),
 * which is not levied where the 均等割 is 非課税.
 */
public final class KintowariPolicy {

    private KintowariPolicy() {
    }

    public static ShiKen<Long> kintowari(HikazeiHantei hikazei, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<ShiKen<Long>> hyojun = p.kintowari();
        long shi = one(ShiKen.Bubun.SHI, hikazei, hyojun, p.kintowariShiChokakazei(), konkyo);
        long ken = one(ShiKen.Bubun.KEN, hikazei, hyojun, p.kintowariKenChokakazei(), konkyo);
        return new ShiKen<>(shi, ken);
    }

    private static long one(ShiKen.Bubun b, HikazeiHantei hikazei, Param<ShiKen<Long>> hyojun, Optional<Param<Long>> choka,
            SanteiKonkyo.Builder konkyo) {
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        uses.add(Konkyo.use(hyojun, b.nameJa() + KingakuHyoki.format(" %,d", hyojun.value().get(b))));
        choka.ifPresent(c -> uses.add(Konkyo.use(c, KingakuHyoki.format("超過課税 %,d", c.value()))));
        long gaku = hikazei.kintowariHikazei() ? 0 : hyojun.value().get(b) + choka.map(Param::value).orElse(0L);
        konkyo.add(Konkyo.step(Rule.KINTOWARI, b, gaku, List.of(), uses, hikazei.kintowariHikazei() ? "均等割 非課税" : null));
        return gaku;
    }

    public static long shinrinKankyozei(HikazeiHantei hikazei, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<Long> param = p.shinrinKankyozei();
        long gaku = hikazei.kintowariHikazei() ? 0 : param.value();
        konkyo.add(Konkyo.step(Rule.SHINRIN_KANKYOZEI, gaku, List.of(), List.of(Konkyo.use(param, KingakuHyoki.format("%,d", param.value()))),
                hikazei.kintowariHikazei() ? "均等割が非課税のため課さない" : null));
        return gaku;
    }
}
