package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ZeiritsuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The rate of the class (地方税法第463条の15): the 標準税率; for 三輪以上 the 経年車重課 rate once 13 years have passed
 * ({@link KeinenJukaPolicy}), else the 旧税率 where first inspected before 平成27年4月 ({@code kyu_zeiritsu_kijun}).
 */
public final class ZeiritsuPolicy {

    /** The rate and which one it is. */
    public record Zeiritsu(ZeiritsuKubun kubun, long gaku) {
    }

    private ZeiritsuPolicy() {
    }

    public static Zeiritsu zeiritsu(Sharyo s, ShashuKubun k, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        if (!k.sanrinIjo()) {
            return step(ZeiritsuKubun.HYOJUN, p.zeiritsu(), k, List.of(), b);
        }
        if (KeinenJukaPolicy.juka(s, p, b)) {
            return step(ZeiritsuKubun.JUKA, p.jukaZeiritsu(), k, List.of(), b);
        }
        YearMonth kijun = p.kyuZeiritsuKijun().value();
        YearMonth shodo = YearMonth.of(s.shodoKensa().nen(), s.shodoKensa().tsukiAri() ? s.shodoKensa().tsuki() : 12);
        List<SanteiKonkyo.ParameterUse> used = List.of(Konkyo.use(p.kyuZeiritsuKijun(), kijun + " より前の初度検査は旧税率"));
        if (shodo.isBefore(kijun)) {
            return step(ZeiritsuKubun.KYU, p.kyuZeiritsu(), k, used, b);
        }
        return step(ZeiritsuKubun.HYOJUN, p.zeiritsu(), k, used, b);
    }

    private static Zeiritsu step(ZeiritsuKubun kubun, Param<java.util.Map<ShashuKubun, Long>> table, ShashuKubun k,
            List<SanteiKonkyo.ParameterUse> also, SanteiKonkyo.Builder b) {
        long gaku = table.value().get(k);
        List<SanteiKonkyo.ParameterUse> used = new java.util.ArrayList<>(also);
        used.add(Konkyo.use(table, k.nameJa() + " " + String.format("%,d円", gaku)));
        b.add(Konkyo.yen(Rule.ZEIRITSU, gaku, List.of(Konkyo.text("車種区分", k.nameJa())), used, kubun.nameJa()));
        return new Zeiritsu(kubun, gaku);
    }
}
