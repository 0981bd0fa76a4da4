package jp.kikan.kokuho.hokenzei.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;

/**
 * The two reductions of a member's own share (levy rules B4).
 * <ul>
 *   <li>産前産後 (令和6年1月分〜): the month before the 出産予定月 to the second month after it (4 months; 多胎 from the 3rd
 *   month before: 6 months), the mother's 所得割 and 均等割 are not levied; 平等割 is (いちき串木野市
 *   https://www.city.ichikikushikino.lg.jp/zeimu2/kokuhozei/sanzensango.html ; 品川区
 *   https://www.city.shinagawa.tokyo.jp/ct/other/20231122101648_2.txt).</li>
 *   <li>非自発的失業者 (離職時65歳未満, 離職理由コード 11・12・21・22・31・32・23・33・34): 前年の給与所得 × 30/100 in the
 *   所得割 and the 軽減判定, from the month containing the day after the 離職日 to the end of the following 年度 (防府市
 *   http://www.city.hofu.yamaguchi.jp/soshiki/14/kokuho-hijihatu-keigen.html ; 向日市
 *   https://www.city.muko.kyoto.jp/kurashi/kurasi/hoken/1/1449541353566.html).</li>
 * </ul>
 */
public final class TokureiPolicy {

    public static final Set<String> RISHOKU_RIYU = Set.of("11", "12", "21", "22", "31", "32", "23", "33", "34");
    private static final YearMonth SANZEN_SANGO_KAISHI = YearMonth.of(2024, 1);

    private TokureiPolicy() {
    }

    /** Whether the mother's 所得割 and 均等割 are exempt in month {@code m}. */
    public static boolean sanzenSango(Setaiin s, YearMonth m) {
        if (s.tokurei() == null || s.tokurei().shussanYoteibi() == null || m.isBefore(SANZEN_SANGO_KAISHI)) {
            return false;
        }
        YearMonth birth = YearMonth.from(s.tokurei().shussanYoteibi());
        YearMonth from = birth.minusMonths(s.tokurei().tatai() ? 3 : 1);
        return !m.isBefore(from) && !m.isAfter(birth.plusMonths(2));
    }

    /** Whether the 非自発的失業者 income applies in month {@code m}. */
    public static boolean hijihatsu(Setaiin s, YearMonth m) {
        if (s.tokurei() == null || s.tokurei().rishokubi() == null) {
            return false;
        }
        LocalDate next = s.tokurei().rishokubi().plusDays(1);
        int nendo = next.getMonthValue() >= 4 ? next.getYear() : next.getYear() - 1;
        return !m.isBefore(YearMonth.from(next)) && !m.isAfter(YearMonth.of(nendo + 2, 3));
    }

    /** Whether the period touches the 年度 at all (then the 軽減判定 uses the reduced income — inferred). */
    public static boolean hijihatsuInNendo(Setaiin s, int nendo) {
        return TsukiwariPolicy.tsuki(nendo).stream().anyMatch(m -> hijihatsu(s, m));
    }

    /** 総所得金額等 with the 給与所得 counted at 30/100. */
    public static long hijihatsuShotoku(Setaiin.Shotoku s) {
        return s.soshoKingakuTo() - s.kyuyoShotoku() + s.kyuyoShotoku() * 30 / 100;
    }

    /** The member's income for the 所得割 in month {@code m}. */
    public static long shotoku(Setaiin s, YearMonth m) {
        return hijihatsu(s, m) ? hijihatsuShotoku(s.shotoku()) : s.shotoku().soshoKingakuTo();
    }
}
