package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.time.YearMonth;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * What a vehicle must carry for its rate to be decided, checked when it is registered and when it is assessed: a 三輪以上
 * its 初度検査年月 (旧税率・重課・軽課) and 燃料 (重課の対象外), a month unless first inspected up to the year of
 * {@code shodo_kensa_minashi}, a 原付 a 総排気量 that fits its band ({@link ShashuKubunPolicy}).
 */
public final class SharyoKensa {

    private SharyoKensa() {
    }

    public static void kensa(Sharyo s, KeijidoshazeiParameters p) {
        if (s.shashuKubun().sanrinIjo()) {
            if (s.shodoKensa() == null) {
                throw new RuleViolationException("shodo-kensa-required", "shodo_kensa_nengetsu", StandardErrorCode.E0001,
                        "三輪以上の軽自動車は初度検査年月が必要です（税率・重課・軽課を決めるため）");
            }
            if (s.nenryo() == null) {
                throw new RuleViolationException("nenryo-required", "nenryo", StandardErrorCode.E0001,
                        "三輪以上の軽自動車は燃料の種類が必要です（経年車重課の判定のため）");
            }
        }
        if (s.shodoKensa() != null) {
            YearMonth made = p.shodoKensaMinashi().value().made();
            if (!s.shodoKensa().tsukiAri() && s.shodoKensa().nen() > made.getYear()) {
                throw new RuleViolationException("shodo-kensa-tsuki", "shodo_kensa_nengetsu", StandardErrorCode.E0004,
                        "初度検査年月の月を省略できるのは " + made.getYear() + " 年以前の初度検査だけです");
            }
        }
        ShashuKubunPolicy.kubun(s, p, new jp.kikan.platform.santei.SanteiKonkyo.Builder());
    }
}
