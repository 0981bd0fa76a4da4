package jp.kikan.chihozei.demo;

import java.util.SplittableRandom;
import jp.kikan.platform.demo.DemoRandom;

/**
 * Who works, and for how much: employment by sex and age, 正社員 or not, the salary (給与収入, yen a year) and the
 * employee's share of social insurance deducted from it.
 *
 * <p>Sources. Salaries: 国税庁「令和5年分 民間給与実態統計調査」
 * (https://www.nta.go.jp/publication/statistics/kokuzeicho/minkan2023/minkan.htm) — mean 460万円 (男 569万, 女 316万;
 * 正社員 530万, 正社員以外 202万), by age 20–24: 267万 … 55–59: 545万, 60–64: 445万, 65–69: 354万, 70+: 293万; the
 * largest band 300–400万 (16.3 %). The table below is the survey's age curve split by sex and by 正社員 with the
 * survey's overall ratios (an assumption: the survey does not publish medians by sex, age and 雇用形態 together),
 * as medians of a log-normal spread σ 0.30. Employment: 総務省統計局「労働力調査（基本集計）2024年平均」
 * (https://www.stat.go.jp/data/roudou/sokuhou/nen/ft/index.html; men 25–59 about 95 % in the labour force, women's
 * M-curve shallow, lowest 81 % at 35–39) and 内閣府「令和7年版高齢社会白書」 (60代後半: 男性の6割以上・女性の4割以上が
 * 就業); non-regular shares after the 労働力調査（詳細集計）: about 22 % of male and 53 % of female employees (by age:
 * an assumption). Side jobs: 総務省「令和4年就業構造基本調査」, 副業がある者 5.0 % of the employed.
 *
 * <p>Social insurance of employees (令和7年度 rates, employee's half): 健康保険 協会けんぽ 10.0 % / 健保組合 about
 * 9.3 % (→ 4.65–5.0 %), 介護 1.59 % (40–64, → 0.8 %), 厚生年金 18.3 % (→ 9.15 %, to 70), 雇用保険 0.55 %; ceilings
 * approximated on the year's pay. Part-timers under 106万–130万円 are outside 健保・厚年 (the "壁").
 */
final class DemoChingin {

    /** 正社員 medians (万円) by 5-year band 20–24 … 60–64. */
    private static final int[] SEISHAIN_OTOKO = {300, 420, 490, 550, 600, 640, 680, 690, 520};
    private static final int[] SEISHAIN_ONNA = {280, 370, 400, 420, 440, 450, 460, 450, 360};
    /** 就業率 (share employed) by the same bands. */
    private static final double[] SHUGYO_OTOKO = {0.90, 0.93, 0.94, 0.95, 0.95, 0.95, 0.94, 0.92, 0.84};
    private static final double[] SHUGYO_ONNA = {0.88, 0.86, 0.80, 0.79, 0.81, 0.82, 0.81, 0.77, 0.63};
    /** Share of employees who are not 正社員 (part-time, 契約, 派遣, 再雇用). */
    private static final double[] HISEIKI_OTOKO = {0.25, 0.10, 0.08, 0.08, 0.08, 0.09, 0.10, 0.13, 0.45};
    private static final double[] HISEIKI_ONNA = {0.30, 0.33, 0.40, 0.48, 0.53, 0.56, 0.58, 0.62, 0.70};

    private DemoChingin() {
    }

    private static int band(int age) {
        return Math.max(0, Math.min(8, (age - 20) / 5));
    }

    static double shugyoRitsu(boolean otoko, int age) {
        if (age >= 65) {
            // about 労働力調査 2024's 就業率 (65–69 男 6割強 女 4割強 as the 高齢社会白書 says; 70–74 and 75+ approximate)
            return age < 70 ? (otoko ? 0.62 : 0.43) : age < 75 ? (otoko ? 0.42 : 0.26) : (otoko ? 0.17 : 0.08);
        }
        return (otoko ? SHUGYO_OTOKO : SHUGYO_ONNA)[band(age)];
    }

    /** Share of the employed who are self-employed (自営業主: about 7.5 % of the employed, more with age). */
    static double jieiRitsu(boolean otoko, int age) {
        if (age >= 65) {
            return 0.35; // farmers and shopkeepers carry on: most working elderly who are not employees
        }
        return age < 40 ? (otoko ? 0.04 : 0.02) : (otoko ? 0.10 : 0.05);
    }

    static boolean seishain(SplittableRandom r, boolean otoko, int age) {
        return !DemoRandom.chance(r, (otoko ? HISEIKI_OTOKO : HISEIKI_ONNA)[band(age)]);
    }

    static long seishainKyuyo(SplittableRandom r, boolean otoko, int age) {
        int man = (otoko ? SEISHAIN_OTOKO : SEISHAIN_ONNA)[band(age)];
        return DemoRandom.lognormal(r, man * 10_000.0, 0.30, 1_500_000, 30_000_000);
    }

    /**
     * Part-time and other non-regular pay. Many married women keep under 103万 (the old 所得税 threshold, still the
     * 扶養 line many employers use) or 130万 (社会保険の扶養); the rest work longer hours on contract.
     */
    static long hiseikiKyuyo(SplittableRandom r, boolean otoko, int age) {
        double u = r.nextDouble();
        if (!otoko && u < 0.35 || otoko && u < 0.12) {
            return DemoRandom.between(r, 600_000, 1_029_000, 1_000);
        } else if (!otoko && u < 0.50 || otoko && u < 0.18) {
            return DemoRandom.between(r, 1_030_000, 1_299_000, 1_000);
        }
        double median = otoko ? (age >= 60 ? 3_300_000 : 2_500_000) : 1_900_000;
        return DemoRandom.lognormal(r, median, 0.30, 1_300_000, 6_000_000);
    }

    /** Salary of someone working past 65 (再雇用, 嘱託, part-time). */
    static long koreishaKyuyo(SplittableRandom r, boolean otoko, int age) {
        double median = age < 70 ? (otoko ? 2_500_000 : 1_500_000) : (otoko ? 1_800_000 : 1_200_000);
        return DemoRandom.lognormal(r, median, 0.45, 300_000, 10_000_000);
    }

    /** アルバイト of a student or a young person (high school, university). */
    static long arbeit(SplittableRandom r, long median) {
        return DemoRandom.lognormal(r, median, 0.45, 100_000, 1_500_000);
    }

    /** A side job's pay. */
    static long fukugyo(SplittableRandom r) {
        return DemoRandom.between(r, 200_000, 1_000_000, 1_000);
    }

    /**
     * The employee's social insurance withheld from the year's pay. Below 106万 a part-timer is in 雇用保険 at most
     * (from 20 hours a week, taken here as 88万 a year); from 130万 everyone is in 健保・厚年; in between half are (the
     * 106万 rule covers large employers only).
     */
    static long shakaiHokenryo(SplittableRandom r, long shunyu, int age) {
        long koyo = Math.round(shunyu * 0.0055);
        boolean shaho = shunyu >= 1_300_000 || shunyu >= 1_060_000 && r.nextBoolean();
        if (!shaho) {
            return shunyu >= 880_000 ? koyo : 0;
        }
        double kenpo = age >= 75 ? 0 : 0.0465 + 0.0035 * r.nextDouble(); // 後期高齢者医療 is not withheld from pay
        double kaigo = age >= 40 && age < 65 ? 0.00795 : 0;
        long kenko = Math.round(Math.min(shunyu, 16_680_000) * (kenpo + kaigo)); // 標準報酬月額 139万 × 12
        long kosei = age >= 70 ? 0 : Math.round(Math.min(shunyu, 10_800_000) * 0.0915); // 65万 × 12 + 賞与 150万 × 2
        return kenko + kosei + koyo;
    }
}
