package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 寄附金税額控除 (地方税法第314条の7・第37条の2):
 * <ul>
 *   <li>基本控除: (寄附金 − 2,000円) × 10% (市 6%・県 4%; 指定都市 8%・2%), the 寄附金 at most 30% of 総所得金額等;</li>
 *   <li>特例控除 (ふるさと納税): (寄附金 − 2,000円) × (90% − 所得税の限界税率 × 1.021), split 3/5 : 2/5, each at most
 *       20% of its 所得割 after 調整控除;</li>
 *   <li>申告特例控除 (ワンストップ特例): the 所得税 part, taken from 住民税 too (ratios unconfirmed).</li>
 * </ul>
 */
public final class KifukinZeigakuKojoPolicy {

    private KifukinZeigakuKojoPolicy() {
    }

    /** @param choseigo the 所得割 of this part after 調整控除 (the base of the 20% cap) */
    public static long kifukinKojo(ShiKen.Bubun bubun, KazeiKiso kiso, long soShotoku, long kazei, long sa, long choseigo,
            Zangaku zan, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Kifukin k = kiso.kifukin();
        long taisho = k.furusatoNozei() + k.kyodoBokinNisseki() + (bubun == ShiKen.Bubun.SHI ? k.joreiShiteiShi() : k.joreiShiteiKen());
        if (taisho == 0) {
            return 0;
        }
        Param<ZeigakuParams.Kifukin> param = p.kifukinZeigakuKojo();
        ZeigakuParams.Kifukin t = param.value();
        boolean shitei = p.shiteiToshi();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        long jogen = t.hasu().apply(t.soshotokuJogenRate().times(soShotoku));
        Ritsu kihonRitsu = (shitei ? t.kihonRitsuShiteiToshi() : t.kihonRitsu()).get(bubun);
        long kihon = t.hasu().apply(kihonRitsu.times(Math.max(0, Math.min(taisho, jogen) - t.tekiyoKagen())));
        uses.add(Konkyo.use(param, KingakuHyoki.format("基本控除: (min(寄附金, 総所得金額等×%s) − %,d) × %s", t.soshotokuJogenRate(),
                t.tekiyoKagen(), kihonRitsu)));
        long tokurei = 0;
        long shinkoku = 0;
        if (k.furusatoNozei() > t.tekiyoKagen()) {
            long chosei = kazei - sa;
            Param<ZeigakuParams.TokureiRitsu> rp = p.kifukinTokureiKojoRitsu();
            Ritsu ritsu = rate(rp, chosei, uses, "特例控除率");
            Param<ShiKen<Ritsu>> bunpai = shitei ? p.kifukinTokureiBunpaiShiteiToshi() : new Param<>(t.tokureiBunpai(), param.ref());
            long full = t.hasu().apply(bunpai.value().get(bubun).times(ritsu.times(k.furusatoNozei() - t.tekiyoKagen())));
            long cap = t.hasu().apply(t.tokureiJogenRate().times(choseigo));
            tokurei = Math.min(full, cap);
            uses.add(Konkyo.use(bunpai, bubun.nameJa() + " " + bunpai.value().get(bubun)));
            uses.add(Konkyo.use(param, KingakuHyoki.format("特例控除の上限: 調整控除後の所得割額 %,d × %s = %,d", choseigo,
                    t.tokureiJogenRate(), cap)));
            if (k.onestopTokurei()) {
                Ritsu ratio = rate(p.shinkokuTokureiKojoRitsu(), chosei, uses, "申告特例控除の割合");
                shinkoku = t.hasu().apply(ratio.times(tokurei));
            }
        }
        long total = kihon + tokurei + shinkoku;
        long taken = zan.take(total);
        konkyo.add(Konkyo.step(Rule.KIFUKIN_ZEIGAKU_KOJO, bubun, taken,
                List.of(Konkyo.in("ふるさと納税", k.furusatoNozei()), Konkyo.in("対象の寄附金の合計", taisho),
                        Konkyo.in("総所得金額等", soShotoku), Konkyo.in("課税総所得金額 − 人的控除差調整額", kazei - sa),
                        Konkyo.in("基本控除", kihon), Konkyo.in("特例控除", tokurei), Konkyo.in("申告特例控除", shinkoku)),
                uses, (k.onestopTokurei() ? "ワンストップ特例" : "申告") + (taken < total ? KingakuHyoki.format("; 所得割額の範囲 %,d まで", taken) : "")));
        return taken;
    }

    private static Ritsu rate(Param<ZeigakuParams.TokureiRitsu> rp, long base, List<SanteiKonkyo.ParameterUse> uses, String what) {
        if (base < 0) {
            uses.add(Konkyo.use(rp, what + ": 0円未満 " + rp.value().minus()));
            return rp.value().minus();
        }
        Bracket<Ritsu> row = rp.value().ritsu().find(base);
        uses.add(Konkyo.use(rp, row, what + " " + row.row()));
        return row.row();
    }
}
