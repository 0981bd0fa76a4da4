package jp.kikan.kaigo.choshu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The insurer's 普通徴収 納期 (介護保険法第133条: 条例で定める): the months of the 年度 (6 = June of the 年度, 3 = March of
 * the next year), the day of each month's 納期限 (the month's last day unless the 条例 names another, e.g. 12月は25日), the
 * rounding unit of each 期 (what is left over goes to the first) and how many months after the business month a 随時
 * 期 falls.
 */
public record Nokigen(List<Integer> tsuki, Map<Integer, Integer> nokigenBi, long hasuTani, int zuijiTsukigo) {

    public Nokigen {
        tsuki = List.copyOf(tsuki);
        nokigenBi = Map.copyOf(nokigenBi);
        if (tsuki.isEmpty() || hasuTani <= 0 || zuijiTsukigo < 0) {
            throw new IllegalArgumentException("納期 " + tsuki + ", 端数 " + hasuTani + ", 随時 " + zuijiTsukigo);
        }
    }

    /** The 納期限 of a 期 collected in {@code m}. */
    public LocalDate nokigen(YearMonth m) {
        Integer day = nokigenBi.get(m.getMonthValue());
        return day == null ? m.atEndOfMonth() : m.atDay(Math.min(day, m.lengthOfMonth()));
    }
}
