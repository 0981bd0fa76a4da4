package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * グリーン化特例（軽課） (地方税法附則第30条 — parameter {@code green_tokurei}): a 三輪以上 of a 区分 the 年度's table lists,
 * whose 新規検査 (初度検査年月) falls in the 年度's window (the 年度 before), pays the table's amount for that 年度 only;
 * later 年度 pay the 標準税率.
 */
public final class GreenTokureiPolicy {

    private GreenTokureiPolicy() {
    }

    /** The reduced amount, or empty where the 特例 does not apply (a step is written where a 区分 was entered). */
    public static OptionalLong keika(Sharyo s, ShashuKubun k, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        if (!k.sanrinIjo() || s.green() == GreenKubun.NASHI) {
            return OptionalLong.empty();
        }
        List<SanteiKonkyo.Input> in = List.of(Konkyo.text("グリーン化特例の区分", s.green().nameJa()),
                Konkyo.text("初度検査年月", s.shodoKensa().toString()));
        if (p.greenTokurei().isEmpty()) {
            b.add(Konkyo.hantei(Rule.GREEN_TOKUREI, false, in, List.of(), "この年度の特例はない"));
            return OptionalLong.empty();
        }
        var g = p.greenTokurei().get();
        KeijidoshazeiParameters.GreenTokurei t = g.value();
        boolean inWindow = s.shodoKensa().tsukiAri()
                && !YearMonth.of(s.shodoKensa().nen(), s.shodoKensa().tsuki()).isBefore(t.kara())
                && !YearMonth.of(s.shodoKensa().nen(), s.shodoKensa().tsuki()).isAfter(t.made());
        Long gaku = t.zeigaku().getOrDefault(s.green(), Map.of()).get(k);
        String window = t.kara() + "〜" + t.made() + " の新規検査";
        if (!inWindow || gaku == null) {
            b.add(Konkyo.hantei(Rule.GREEN_TOKUREI, false, in, List.of(Konkyo.use(g, window)),
                    !inWindow ? "初度検査年月が対象期間外（特例は新規検査の翌年度分のみ）" : k.nameJa() + "はこの区分の軽課の対象外"));
            return OptionalLong.empty();
        }
        b.add(Konkyo.yen(Rule.GREEN_TOKUREI, gaku, in,
                List.of(Konkyo.use(g, window + "、" + s.green().nameJa() + " " + k.nameJa() + " " + String.format("%,d円", gaku))),
                "この年度分に限り軽課"));
        return OptionalLong.of(gaku);
    }
}
