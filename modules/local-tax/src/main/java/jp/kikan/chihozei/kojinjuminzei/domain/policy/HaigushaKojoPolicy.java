package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 配偶者控除 (a 同一生計配偶者, by the taxpayer's 合計所得金額; 老人 from 70 on 12月31日) and 配偶者特別控除 (a spouse
 * over the 要件, by the spouse's and the taxpayer's income) — 地方税法第314条の2・第34条. The graduated table of
 * 配偶者特別控除 is only partly confirmed (parameter {@code haigusha_tokubetsu_kojo}, status per row).
 */
public final class HaigushaKojoPolicy {

    private HaigushaKojoPolicy() {
    }

    public static long haigusha(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shinzoku spouse = KazokuPolicy.doitsuSeikeiHaigusha(kiso, p).orElse(null);
        if (spouse == null) {
            return 0;
        }
        Param<KojoParams.HaigushaKojo> param = p.haigushaKojo();
        Bracket<KojoParams.IppanRojin> row = param.value().honnin().find(gokei);
        int nenrei = KazokuPolicy.nenrei(spouse, kiso);
        boolean rojin = nenrei >= param.value().rojinNenrei();
        long gaku = rojin ? row.row().rojin() : row.row().ippan();
        if (gaku == 0) {
            return 0;
        }
        granted.add(new JintekiKojo("haigusha", rojin ? "rojin" : "ippan", spouse.label(), gaku, gokei));
        konkyo.add(Konkyo.step(Rule.HAIGUSHA_KOJO, gaku,
                List.of(Konkyo.in("本人の合計所得金額", gokei), Konkyo.in("配偶者の合計所得金額", spouse.gokeiShotoku()),
                        Konkyo.in("配偶者の12月31日の年齢", nenrei)),
                List.of(Konkyo.use(p.shinzokuGokeiShotokuYoken(), KingakuHyoki.format("同一生計配偶者: 合計所得金額 %,d 以下",
                        p.shinzokuGokeiShotokuYoken().value())),
                        Konkyo.use(param, row, (rojin ? "老人 " : "一般 ") + KingakuHyoki.format("%,d", gaku))),
                null));
        return gaku;
    }

    public static long haigushaTokubetsu(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shinzoku spouse = kiso.haigusha();
        Param<KojoParams.HaigushaTokubetsuKojo> param = p.haigushaTokubetsuKojo();
        KojoParams.HaigushaTokubetsuKojo t = param.value();
        if (spouse == null || spouse.gokeiShotoku() < t.haigusha().firstFrom()) {
            return 0;
        }
        int column = column(gokei, t.honninJogen());
        if (column < 0) {
            return 0;
        }
        Bracket<List<Long>> row = t.haigusha().find(spouse.gokeiShotoku());
        long gaku = row.row().get(column);
        if (gaku == 0) {
            return 0;
        }
        granted.add(new JintekiKojo("haigusha_tokubetsu", null, spouse.label(), gaku, spouse.gokeiShotoku()));
        konkyo.add(Konkyo.step(Rule.HAIGUSHA_TOKUBETSU_KOJO, gaku,
                List.of(Konkyo.in("本人の合計所得金額", gokei), Konkyo.in("配偶者の合計所得金額", spouse.gokeiShotoku())),
                List.of(Konkyo.use(param, row, KingakuHyoki.format("本人 %,d 以下の列: %,d", t.honninJogen().get(column), gaku))), null));
        return gaku;
    }

    /** The first taxpayer column whose limit the income does not exceed, or −1 (no 控除 above the last). */
    static int column(long gokei, List<Long> jogen) {
        for (int i = 0; i < jogen.size(); i++) {
            if (gokei <= jogen.get(i)) {
                return i;
            }
        }
        return -1;
    }
}
