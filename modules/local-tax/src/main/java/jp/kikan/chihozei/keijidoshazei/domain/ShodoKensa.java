package jp.kikan.chihozei.keijidoshazei.domain;

import java.time.YearMonth;

/**
 * 初度検査年月 as on the 自動車検査証: the year, and the month where it is shown (a vehicle first inspected on or before
 * 平成15年10月13日 may show the year alone).
 *
 * @param nen   西暦の年
 * @param tsuki 1–12, or null where the 自動車検査証 shows no month
 */
public record ShodoKensa(int nen, Integer tsuki) {

    public ShodoKensa {
        if (tsuki != null && (tsuki < 1 || tsuki > 12)) {
            throw new IllegalArgumentException("month must be 1–12: " + tsuki);
        }
    }

    public static ShodoKensa of(YearMonth ym) {
        return new ShodoKensa(ym.getYear(), ym.getMonthValue());
    }

    public boolean tsukiAri() {
        return tsuki != null;
    }

    /** 2015-04, or 2002 where no month is shown. */
    @Override
    public String toString() {
        return tsuki == null ? Integer.toString(nen) : String.format("%04d-%02d", nen, tsuki);
    }
}
