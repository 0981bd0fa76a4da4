package jp.kikan.platform.wareki;

import java.util.Objects;

/**
 * A date written in 和暦. Only a value holder: whether the date exists is decided by
 * {@link WarekiCalendar}, which knows when each 元号 ends.
 *
 * @param gengo the 元号
 * @param year  year of the era, 1 = 元年
 * @param month 1..12
 * @param day   1..31
 */
public record WarekiDate(Gengo gengo, int year, int month, int day) {

    public WarekiDate {
        Objects.requireNonNull(gengo, "gengo");
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
            throw new InvalidWarekiDateException(
                    "和暦の年月日が範囲外です: " + gengo.name() + year + "年" + month + "月" + day + "日");
        }
    }

    /** {@code 令和元年5月1日}: the first year of an era is written 元年, by convention of official documents. */
    @Override
    public String toString() {
        return gengo.name() + (year == 1 ? "元" : Integer.toString(year)) + "年" + month + "月" + day + "日";
    }

    /** {@code R01.05.01}: the fixed-width notation used on forms and in legacy files. */
    public String toNumeric() {
        return String.format("%s%02d.%02d.%02d", gengo.abbreviation(), year, month, day);
    }
}
