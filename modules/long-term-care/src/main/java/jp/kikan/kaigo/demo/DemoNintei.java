package jp.kikan.kaigo.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.kikan.platform.demo.DemoRandom;

/**
 * Decides (plain Java, deterministic by seed and 宛名番号, dates relative to the business date) the demo city's 要介護認定
 * histories and facility stays of one 第1号被保険者: the steps a clerk records (申請 → 認定調査 → 主治医意見書 → 審査会 →
 * 決定), a 更新 when the period's renewal window has come, applications still open (some past the 30 days), 住所地特例
 * and 適用除外施設.
 *
 * <p>Shares — demo assumptions, shaped after the national picture (認定率 of the 第1号 about 19 %, rising steeply with
 * age; no statistic in the project's notes): certified 65–69 3 %, 70–74 6 %, 75–79 12 %, 80–84 26 %, 85–89 47 %, 90+
 * 70 %; levels 要支援1 14 %, 要支援2 14 %, 要介護1 21 %, 要介護2 17 %, 要介護3 13 %, 要介護4 13 %, 要介護5 8 %. An open 新規
 * application for 2 % of the others; 住所地特例 for 10 % of 要介護3 and over; 適用除外施設 for 0.3 %.
 */
final class DemoNintei {

    /** One step: {@code shubetsu} shinsei (kubun in {@code kekka}) or a 手続's code; {@code kekka} the level of a 決定. */
    record Step(String shubetsu, LocalDate hi, String kekka) {
    }

    record Plan(List<List<Step>> shinsei, LocalDate tokurei, LocalDate jogai) {
    }

    private static final String[] LEVELS = {"yoshien1", "yoshien2", "yokaigo1", "yokaigo2", "yokaigo3", "yokaigo4", "yokaigo5"};
    private static final double[] LEVEL_CUM = {0.14, 0.28, 0.49, 0.66, 0.79, 0.92, 1.0};

    private final long seed;
    private final LocalDate today;

    DemoNintei(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    static double ninteiRitsu(int age) {
        return age < 70 ? 0.03 : age < 75 ? 0.06 : age < 80 ? 0.12 : age < 85 ? 0.26 : age < 90 ? 0.47 : 0.70;
    }

    /** @param hihokenshaKara the first day of the person's current qualification */
    Plan of(String atenabango, int age, LocalDate hihokenshaKara) {
        SplittableRandom r = DemoRandom.of(seed, "kaigo-nintei", atenabango);
        List<List<Step>> shinsei = new ArrayList<>();
        LocalDate tokurei = null;
        LocalDate jogai = null;
        if (DemoRandom.chance(r, ninteiRitsu(age))) {
            String level = level(r);
            LocalDate s = later(today.minusDays(40 + r.nextInt(600)), hihokenshaKara);
            if (!s.plusDays(28).isAfter(today)) {
                shinsei.add(steps("shinki", s, level, r));
                LocalDate end = kikanEnd(s, 12);
                LocalDate koshin = later(end.minusDays(20 + r.nextInt(35)), end.minusDays(60));
                if (!koshin.isAfter(today)) {
                    shinsei.add(steps("koshin", koshin, DemoRandom.chance(r, 0.3) ? level(r) : level, r));
                }
                if (level.compareTo("yokaigo3") >= 0 && level.startsWith("yokaigo") && DemoRandom.chance(r, 0.10)) {
                    tokurei = later(today.minusDays(r.nextInt(300)), s);
                }
            }
        } else if (DemoRandom.chance(r, 0.02)) {
            LocalDate s = later(today.minusDays(r.nextInt(50)), hihokenshaKara);
            shinsei.add(steps("shinki", s, level(r), r));
        } else if (DemoRandom.chance(r, 0.003)) {
            jogai = later(today.minusDays(r.nextInt(500)), hihokenshaKara);
        }
        return new Plan(shinsei, tokurei, jogai);
    }

    /** The steps of one application, as far as the business date has come (a 決定 28 days after the 申請). */
    private List<Step> steps(String kubun, LocalDate s, String level, SplittableRandom r) {
        List<Step> out = new ArrayList<>();
        out.add(new Step("shinsei", s, kubun));
        int chosa = 5 + r.nextInt(10);
        int ikensho = 8 + r.nextInt(12);
        for (Step t : List.of(new Step("chosa", s.plusDays(chosa), null), new Step("ikensho", s.plusDays(ikensho), null),
                new Step("shinsakai", s.plusDays(25), null), new Step("kettei", s.plusDays(28), level))) {
            if (t.hi().isAfter(today)) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    private static String level(SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < LEVELS.length; i++) {
            if (u < LEVEL_CUM[i]) {
                return LEVELS[i];
            }
        }
        return LEVELS[LEVELS.length - 1];
    }

    /** As YukoKikan: from mid-month to that month's end plus the months. */
    private static LocalDate kikanEnd(LocalDate kaishi, int tsukisu) {
        return kaishi.getDayOfMonth() == 1 ? kaishi.plusMonths(tsukisu).minusDays(1)
                : YearMonth.from(kaishi).plusMonths(tsukisu).atEndOfMonth();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
