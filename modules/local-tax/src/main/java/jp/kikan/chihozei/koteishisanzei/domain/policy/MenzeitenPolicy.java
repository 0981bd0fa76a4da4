package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.domain.ShuruiGokei;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 免税点 (地方税法第351条): 同一の者について同一の市町村の区域内の課税標準となるべき額が 土地 30万円・家屋 20万円・償却資産
 * 150万円 に満たない場合は課さない — "満たない": exactly the amount is taxed. Judged per taxpayer (a group of co-owners is
 * a taxpayer of its own) and per kind on the 固定資産税's 課税標準; 都市計画税 follows it.
 */
final class MenzeitenPolicy {

    private MenzeitenPolicy() {
    }

    static ShuruiGokei hantei(String shurui, String nameJa, long kotei, long toshi, long menzeiten,
            Param<KoteiParams.Menzeiten> p, SanteiKonkyo.Builder konkyo) {
        boolean kazei = kotei >= menzeiten;
        konkyo.add(KoteiKonkyo.hantei(KoteiRule.MENZEITEN, nameJa, kazei, List.of(in(nameJa + "の課税標準の合計", kotei),
                in("免税点", menzeiten)), List.of(KoteiKonkyo.use(p, nameJa + " " + String.format("%,d円", menzeiten))),
                kazei ? "免税点以上のため課税" : "免税点に満たないため課さない（都市計画税も同じ）"));
        return new ShuruiGokei(shurui, nameJa, kotei, toshi, menzeiten, kazei);
    }
}
