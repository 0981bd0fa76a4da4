package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 車種区分 (地方税法第463条の15第1項): a 原付 is in the band of its 総排気量 (50cc以下 第一種, 90cc以下 第二種乙, 125cc以下
 * 第二種甲 — parameter {@code gentsuki_haikiryo}); a band entered with a 総排気量 outside it is refused.
 */
public final class ShashuKubunPolicy {

    private static final List<ShashuKubun> BANDS = List.of(ShashuKubun.GENTSUKI_50, ShashuKubun.GENTSUKI_90,
            ShashuKubun.GENTSUKI_125);

    private ShashuKubunPolicy() {
    }

    public static ShashuKubun kubun(Sharyo s, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        ShashuKubun k = s.shashuKubun();
        if (k != ShashuKubun.GENTSUKI && !BANDS.contains(k)) {
            b.add(Konkyo.hantei(Rule.SHASHU_KUBUN, true, List.of(Konkyo.text("車種区分", k.nameJa())), List.of(), null));
            return k;
        }
        Map<ShashuKubun, Integer> upper = p.gentsukiHaikiryo().value();
        if (s.haikiryo() == null) {
            if (k == ShashuKubun.GENTSUKI) {
                throw new RuleViolationException("haikiryo-required", "haikiryo", StandardErrorCode.E0001,
                        "原動機付自転車は総排気量 (haikiryo) で区分します。総排気量を入力してください");
            }
            b.add(Konkyo.hantei(Rule.SHASHU_KUBUN, true, List.of(Konkyo.text("車種区分", k.nameJa())), List.of(), null));
            return k;
        }
        ShashuKubun band = null;
        for (ShashuKubun c : BANDS) {
            if (s.haikiryo() <= upper.get(c)) {
                band = c;
                break;
            }
        }
        if (band == null || (k != ShashuKubun.GENTSUKI && k != band)) {
            throw new RuleViolationException("haikiryo-kubun", "haikiryo", StandardErrorCode.E0004,
                    "総排気量 " + s.haikiryo() + "cc は" + (band == null ? "原動機付自転車（" + upper.get(ShashuKubun.GENTSUKI_125)
                            + "cc以下）ではありません" : "車種区分「" + k.nameJa() + "」ではなく「" + band.nameJa() + "」です"));
        }
        b.add(Konkyo.hantei(Rule.SHASHU_KUBUN, true, List.of(Konkyo.amount("総排気量（cc）", s.haikiryo())),
                List.of(Konkyo.use(p.gentsukiHaikiryo(), band.nameJa() + " ≤ " + upper.get(band) + "cc")), band.nameJa()));
        return band;
    }
}
