package jp.kikan.kokuho.hokenzei.parameter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 納期: the months of the 年度 the tax is paid in (7 = July of the 年度, 1 = January of the next year), the rounding
 * unit of each instalment, what is left over going to the first, and the day of the month each 納期 ends (the
 * 納期限; 0 = the month's last day) — all the 条例's (地方税法第706条).
 */
public record Nokigen(List<Integer> tsuki, long hasuTani, int kijitsu) {

    public Nokigen {
        tsuki = List.copyOf(tsuki);
        if (tsuki.isEmpty() || hasuTani <= 0 || kijitsu < 0 || kijitsu > 28) {
            throw new IllegalArgumentException("納期 " + tsuki + ", 端数 " + hasuTani + ", 期日 " + kijitsu);
        }
    }

    public Nokigen(List<Integer> tsuki, long hasuTani) {
        this(tsuki, hasuTani, 0);
    }

    /** The 納期限 of the 期 of month {@code m}: the 条例's day, or the month's last day. */
    public LocalDate nokigen(YearMonth m) {
        return kijitsu == 0 ? m.atEndOfMonth() : m.atDay(kijitsu);
    }
}
