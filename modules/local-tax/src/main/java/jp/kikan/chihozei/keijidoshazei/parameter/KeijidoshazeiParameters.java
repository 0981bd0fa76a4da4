package jp.kikan.chihozei.keijidoshazei.parameter;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;

/**
 * The parameters of 軽自動車税（種別割） for one 年度, each with its {@link jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef}
 * (legal basis, source, status) — the same typed parameter as the 個人住民税 engine's.
 *
 * @param nendo              the 年度 (西暦)
 * @param fukaKijitsu        賦課期日 (4月1日)
 * @param gentsukiHaikiryo   the upper 総排気量 (cc) of each 原付 band
 * @param zeiritsu           標準税率 (年額) by class
 * @param kyuZeiritsu        旧税率 of 三輪以上 first inspected before {@code kyuZeiritsuKijun}
 * @param kyuZeiritsuKijun   the month from which the 標準税率 applies to 三輪以上 (2015-04)
 * @param jukaZeiritsu       経年車重課 rates of 三輪以上
 * @param jukaKeikaNensu     the years after the 初度検査年月 from which the 重課 applies (13)
 * @param jukaJogai          fuels and 被けん引車 exempt from the 重課
 * @param shodoKensaMinashi  the month deemed for vehicles first inspected up to a month (平成15年10月: 12月)
 * @param greenTokurei       the グリーン化特例 of this 年度, if any
 * @param genmenShogaisha    the share of the tax remitted for a 障害者 減免
 * @param nokiTsuki          the month of the 納期 (its last day is the 納期限 printed on the 納税通知書)
 */
public record KeijidoshazeiParameters(int nendo, Param<MonthDay> fukaKijitsu, Param<Map<ShashuKubun, Integer>> gentsukiHaikiryo,
        Param<Map<ShashuKubun, Long>> zeiritsu, Param<Map<ShashuKubun, Long>> kyuZeiritsu, Param<YearMonth> kyuZeiritsuKijun,
        Param<Map<ShashuKubun, Long>> jukaZeiritsu, Param<Integer> jukaKeikaNensu, Param<JukaJogai> jukaJogai,
        Param<ShodoKensaMinashi> shodoKensaMinashi, Optional<Param<GreenTokurei>> greenTokurei, Param<Ritsu> genmenShogaisha,
        Param<Integer> nokiTsuki) {

    /** Fuels (and 被けん引車) the 経年車重課 does not apply to. */
    public record JukaJogai(Set<Nenryo> nenryo, boolean hikenin) {
    }

    /**
     * Vehicles whose 初度検査年月 is up to {@code made} (or shows no month) are deemed first inspected in month
     * {@code tsuki} of their year.
     */
    public record ShodoKensaMinashi(YearMonth made, int tsuki) {
    }

    /**
     * The one-year グリーン化特例（軽課）: vehicles first inspected (新規検査) from {@code kara} to {@code made} pay, in this
     * 年度 only, the amount of their 区分 and class; a class not in a 区分's table is not reduced.
     */
    public record GreenTokurei(YearMonth kara, YearMonth made, Map<GreenKubun, Map<ShashuKubun, Long>> zeigaku) {
    }
}
