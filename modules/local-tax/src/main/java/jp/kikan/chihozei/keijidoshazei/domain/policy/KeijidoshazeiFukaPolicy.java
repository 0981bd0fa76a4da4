package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.domain.KeijidoshazeiFuka;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ZeiritsuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The order of the 種別割 of one vehicle and 年度: checks, 賦課期日, 車種区分, the rate (標準 / 旧 / 重課), the グリーン化特例,
 * the 減免 and the year's tax — the whole year to the owner of the 賦課期日, no 月割 (地方税法第463条の16; the owner is the
 * service's to find). Refuses a vehicle the rules cannot place, naming the field.
 */
public final class KeijidoshazeiFukaPolicy {

    private KeijidoshazeiFukaPolicy() {
    }

    public static KeijidoshazeiFuka fuka(Sharyo s, Optional<GenmenKettei> genmen, KeijidoshazeiParameters p) {
        LocalDate kijitsu = p.fukaKijitsu().value().atYear(p.nendo());
        check(s, p, kijitsu);
        SanteiKonkyo.Builder b = new SanteiKonkyo.Builder();
        b.add(Konkyo.hantei(Rule.FUKA_KIJITSU, true, List.of(Konkyo.text("年度", p.nendo() + "年度")),
                List.of(Konkyo.use(p.fukaKijitsu(), kijitsu.toString())), kijitsu + " 現在の所有者に年額（月割なし）"));
        ShashuKubun k = ShashuKubunPolicy.kubun(s, p, b);
        ZeiritsuPolicy.Zeiritsu rate = ZeiritsuPolicy.zeiritsu(s, k, p, b);
        OptionalLong green = rate.kubun() == ZeiritsuKubun.JUKA ? OptionalLong.empty() : GreenTokureiPolicy.keika(s, k, p, b);
        long before = green.isPresent() ? green.getAsLong() : rate.gaku();
        long genmenGaku = GenmenPolicy.genmen(before, genmen, p, b);
        long zeigaku = before - genmenGaku;
        ZeiritsuKubun kubun = green.isPresent() ? ZeiritsuKubun.KEIKA : rate.kubun();
        b.add(Konkyo.yen(Rule.ZEIGAKU, zeigaku, List.of(Konkyo.amount("税率（年額）", rate.gaku()),
                Konkyo.amount("軽課後の税額", before), Konkyo.amount("減免額", genmenGaku)), List.of(), kubun.nameJa()));
        return new KeijidoshazeiFuka(p.nendo(), kijitsu, k, kubun, rate.gaku(), rate.gaku() - before, genmenGaku, zeigaku, b.build());
    }

    private static void check(Sharyo s, KeijidoshazeiParameters p, LocalDate kijitsu) {
        SharyoKensa.kensa(s, p);
        if (s.shodoKensa() == null) {
            return;
        }
        YearMonth shodo = YearMonth.of(s.shodoKensa().nen(), s.shodoKensa().tsukiAri() ? s.shodoKensa().tsuki() : 1);
        if (shodo.isAfter(YearMonth.from(kijitsu))) {
            throw new RuleViolationException("shodo-kensa-after-fuka-kijitsu", "shodo_kensa_nengetsu", StandardErrorCode.E0004,
                    "初度検査年月 " + s.shodoKensa() + " はこの年度の賦課期日 " + kijitsu + " より後です");
        }
    }
}
