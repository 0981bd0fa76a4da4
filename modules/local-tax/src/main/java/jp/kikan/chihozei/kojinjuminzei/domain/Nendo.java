package jp.kikan.chihozei.kojinjuminzei.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 年度 (fiscal year) of 個人住民税, held as its 西暦 year (2024 = 令和6年度).
 *
 * <p>The 賦課期日 is 1月1日 of the 年度 (地方税法第318条・第39条) and the tax is on the income of the calendar year
 * before it: 令和6年度 taxes 令和5年分 (source: 尾花沢市
 * https://www.city.obanazawa.yamagata.jp/kurashi/zeikin-nenkin/shizei/shizei-list/shiminzei/1611).
 *
 * @param seireki the 西暦 year of the 年度 (April of that year to March of the next)
 */
public record Nendo(int seireki) implements Comparable<Nendo> {

    /** 令和元年 = 2019, so 令和N年 = 2018 + N. */
    private static final int REIWA_OFFSET = 2018;
    private static final Pattern REIWA = Pattern.compile("R(\\d{1,2})");

    public Nendo {
        if (seireki <= REIWA_OFFSET) {
            throw new IllegalArgumentException("年度 before 令和 are not supported: " + seireki);
        }
    }

    public static Nendo ofReiwa(int reiwa) {
        return new Nendo(REIWA_OFFSET + reiwa);
    }

    /** Parses the parameter files' form {@code R6}. */
    public static Nendo parse(String text) {
        Matcher m = REIWA.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a 年度 of the form R6: " + text);
        }
        return ofReiwa(Integer.parseInt(m.group(1)));
    }

    public int reiwa() {
        return seireki - REIWA_OFFSET;
    }

    /** The 西暦 year of the income taxed (前年分). */
    public int shotokuNen() {
        return seireki - 1;
    }

    /** 賦課期日: 1月1日 of the 年度. */
    public LocalDate fukaKijitsu() {
        return LocalDate.of(seireki, 1, 1);
    }

    /** 12月31日 of the income year: the day ages and family status are judged for the deductions. */
    public LocalDate shotokuNenMatsu() {
        return LocalDate.of(seireki - 1, 12, 31);
    }

    /** 令和6年度. */
    public String label() {
        return "令和" + reiwa() + "年度";
    }

    /** 令和5年分. */
    public String shotokuNenLabel() {
        int r = reiwa() - 1;
        return r == 1 ? "令和元年分" : r < 1 ? "平成31年分" : "令和" + r + "年分";
    }

    /** R6. */
    public String key() {
        return "R" + reiwa();
    }

    /**
     * The months of a collection cycle as year-months: the cycle starts in the 年度's own year and moves to
     * the next year when a month is smaller than the one before it (6,8,10,1 → 1 falls in the next year;
     * 6…12,1…5 of 給与特別徴収 end in May of the next year).
     */
    public List<YearMonth> nengetsu(List<Integer> months) {
        List<YearMonth> out = new ArrayList<>();
        int year = seireki;
        int previous = 0;
        for (int month : months) {
            if (month < previous) {
                year++;
            }
            out.add(YearMonth.of(year, month));
            previous = month;
        }
        return out;
    }

    @Override
    public int compareTo(Nendo o) {
        return Integer.compare(seireki, o.seireki);
    }

    @Override
    public String toString() {
        return label();
    }
}
