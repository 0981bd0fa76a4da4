package jp.kikan.chihozei.koteishisanzei.domain.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 賦課決定・更正の期間制限 (地方税法第17条の5): a 年度 of 固定資産税・都市計画税 can no longer be assessed or corrected on or after
 * the day on which {@code nensu} years have passed, counted from the day after its 法定納期限 — here the 納期限 of the
 * 年度's first 期, the last day of its month (parameter {@code noki}; the 納期限 of each 期 is the month's end, as the
 * municipalities' 納期 tables print it). A year passes on the same date of the later year (the period's last day is the
 * day before it), so the first refused day is 起算日 + nensu years.
 */
public final class KoseiKikanPolicy {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private KoseiKikanPolicy() {
    }

    /** The 法定納期限 of the 年度's first 期 (a month from 4 is in the 年度's year, 1〜3 in the next). */
    public static LocalDate hoteiNokigen(int nendo, KoteiParams.Noki noki) {
        int tsuki = noki.tsuki().get(0);
        return YearMonth.of(tsuki >= 4 ? nendo : nendo + 1, tsuki).atEndOfMonth();
    }

    /** The first day on which the 年度 can no longer be assessed or corrected. */
    public static LocalDate seigenbi(int nendo, KoteiParams.Noki noki, KoteiParams.KoseiKikan kikan) {
        return hoteiNokigen(nendo, noki).plusDays(1).plusYears(kikan.nensu());
    }

    /** Refuses (422, nothing stored) an assessment of the 年度 on the business date {@code shoribi} past the period. */
    public static void kakunin(int nendo, Param<KoteiParams.Noki> noki, Param<KoteiParams.KoseiKikan> kikan, LocalDate shoribi) {
        LocalDate seigen = seigenbi(nendo, noki.value(), kikan.value());
        if (!shoribi.isBefore(seigen)) {
            throw new RuleViolationException("kosei-kikan-keika", "nendo", StandardErrorCode.E0004, nendo + "年度は法定納期限（"
                    + YMD.format(hoteiNokigen(nendo, noki.value())) + "）の翌日から" + kikan.value().nensu() + "年を経過しているため、"
                    + "賦課決定・更正はできません（地方税法第17条の5、" + YMD.format(seigen) + "以後は不可）");
        }
    }
}
