package jp.kikan.platform.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Objects;

/**
 * Ages as Japanese law counts them (年齢計算ニ関スル法律 明治35年法律第50号, with 民法第143条): a person reaches an
 * age at the end of the day before the anniversary of the birth. So the day an age is reached (…歳に達する日) is the
 * day before the birthday, and for a birth on 29 February the anniversary in a common year is 1 March — the age is
 * reached on 28 February. Rules that start "from the birthday" (後期高齢者医療 at 75) start the day after.
 */
public final class Nenrei {

    private Nenrei() {
    }

    /** …歳に達する日: the day before the {@code age}-th anniversary (28 February for a 29 February birth in a common year). */
    public static LocalDate tassuruHi(LocalDate seinengappi, int age) {
        Objects.requireNonNull(seinengappi, "seinengappi");
        LocalDate kinenbi = seinengappi.plusYears(age);
        if (seinengappi.getMonth() == Month.FEBRUARY && seinengappi.getDayOfMonth() == 29 && kinenbi.getDayOfMonth() == 28) {
            kinenbi = kinenbi.plusDays(1); // no 29 February that year: the anniversary is 1 March (java clamps to the 28th)
        }
        return kinenbi.minusDays(1);
    }

    /** The first day on which the person is {@code age} all day (the "birthday"; 1 March for a 29 February birth). */
    public static LocalDate tanjobi(LocalDate seinengappi, int age) {
        return tassuruHi(seinengappi, age).plusDays(1);
    }

    /** The age at the end of {@code on}. */
    public static int nenrei(LocalDate seinengappi, LocalDate on) {
        int age = Period.between(seinengappi, on).getYears();
        return tassuruHi(seinengappi, age + 1).isAfter(on) ? age : age + 1;
    }
}
