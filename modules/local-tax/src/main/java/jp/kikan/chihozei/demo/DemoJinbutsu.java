package jp.kikan.chihozei.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident as this service knows them from the resident records feed: what the demo incomes are generated from.
 * Nothing else is known here (no occupation, no marital status), so nothing else is used.
 *
 * @param seibetsu   性別 as the feed writes it ("1" 男, "2" 女, "0" or null unknown)
 * @param setaibango 世帯番号, or null when unknown (the person is then a household of one)
 * @param zokugara   世帯主との続柄 (世帯主, 妻, 夫, 子, 父, 母, 子の妻, 子の子, 同居人 …), or null when unknown
 */
public record DemoJinbutsu(String atenabango, LocalDate seinengappi, String seibetsu, String setaibango,
        String zokugara) {

    public DemoJinbutsu {
        Objects.requireNonNull(atenabango, "atenabango");
        Objects.requireNonNull(seinengappi, "seinengappi");
    }

    /** Someone of whom only the taxpayer's own items are known. */
    public static DemoJinbutsu of(String atenabango, LocalDate seinengappi, String seibetsu) {
        return new DemoJinbutsu(atenabango, seinengappi, seibetsu, null, null);
    }

    /** Age in full years on the given day (the income year's 12月31日 for everything here). */
    int age(LocalDate on) {
        return seinengappi.isAfter(on) ? -1 : java.time.Period.between(seinengappi, on).getYears();
    }
}
