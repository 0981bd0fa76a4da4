package jp.kikan.kaigo.nintei;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 認定の有効期間 (介護保険法施行規則第38条・第41条 — article numbers from general knowledge; as restated by 船橋市
 * https://www.city.funabashi.lg.jp/kenkou/kaigo/002/p010085.html): 新規・区分変更 start on the 申請日 (the decision goes back
 * to it), 更新 the day after the previous period ends; a period starting mid-month runs to that month's end plus the
 * months (4月15日 + 6か月 → 10月31日), one starting on the 1st for the months alone (4月1日 + 6か月 → 9月30日).
 */
public record YukoKikan(LocalDate kaishibi, LocalDate shuryobi) {

    /** 更新申請 can be made from 60 days before the end (北九州市・松阪市 https://www.city.matsusaka.mie.jp/site/koureisya-wel/kousin.html). */
    public static final int KOSHIN_KANO_NISSU = 60;

    public static YukoKikan of(LocalDate kaishibi, int tsukisu) {
        LocalDate end = kaishibi.getDayOfMonth() == 1 ? kaishibi.plusMonths(tsukisu).minusDays(1)
                : YearMonth.from(kaishibi).plusMonths(tsukisu).atEndOfMonth();
        return new YukoKikan(kaishibi, end);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(kaishibi) && !d.isAfter(shuryobi);
    }

    /** The first day a 更新申請 may be made. */
    public LocalDate koshinKanobi() {
        return shuryobi.minusDays(KOSHIN_KANO_NISSU);
    }
}
