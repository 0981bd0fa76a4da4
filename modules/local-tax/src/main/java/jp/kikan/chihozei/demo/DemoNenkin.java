package jp.kikan.chihozei.demo;

import java.util.SplittableRandom;
import jp.kikan.platform.demo.DemoRandom;

/**
 * Pensions of those 65 and over, and the premiums people pay themselves (国民年金, 国民健康保険, 後期高齢者医療, 介護保険)
 * that a 申告 states as 社会保険料.
 *
 * <p>Sources. Pensions: 厚生労働省「令和5年度 厚生年金保険・国民年金事業の概況」 — 平均年金月額 国民年金 57,584円 (男
 * 59,965円, 女 55,777円), 厚生年金（第1号, 基礎年金を含む） 146,429円 (男 166,606円, 女 107,200円); 老齢基礎年金の満額 令和7年度
 * 69,308円/月 (日本年金機構). Who gets a 厚生年金 (men 85 %, women 55 %) and the spread (log-normal) are assumptions;
 * 遺族年金 is not taxable and not counted. 介護保険 第1号保険料: 第9期 (令和6〜8年度) 全国加重平均 基準額 月6,225円
 * (厚生労働省), scaled by income in a simplified 5-step table. 国民健康保険 and 後期高齢者医療 differ by municipality:
 * 均等割 about 5万円 and 所得割 about 9–10 % of (所得 − 43万円), 7・5・2割軽減 for low incomes and the 限度額 (国保 106万円,
 * 令和6年度; 後期 80万円) — an assumption shaped after those national figures. 国民年金保険料: 令和6年度 16,980円,
 * 令和7年度 17,510円/月 (日本年金機構), here 17,000円 × 12.
 */
final class DemoNenkin {

    static final long KOKUMIN_NENKIN_HOKENRYO = 17_000L * 12;

    private DemoNenkin() {
    }

    /** 公的年金等の収入金額 of the year (0 for the few with no pension). */
    static long nenkin(SplittableRandom r, boolean otoko) {
        double u = r.nextDouble();
        if (u < 0.02) {
            return 0;
        }
        long getsugaku;
        if (u < (otoko ? 0.85 : 0.55)) {
            getsugaku = otoko ? DemoRandom.lognormal(r, 160_000, 0.22, 80_000, 330_000)
                    : DemoRandom.lognormal(r, 100_000, 0.28, 50_000, 260_000);
        } else {
            getsugaku = DemoRandom.lognormal(r, otoko ? 60_000 : 56_000, 0.18, 20_000, 69_308);
        }
        return getsugaku * 12;
    }

    /** A 生活保護 recipient's pension: 国民年金 only, often short of the full amount. */
    static long hogoNenkin(SplittableRandom r) {
        return DemoRandom.chance(r, 0.75) ? DemoRandom.between(r, 25_000, 65_000, 100) * 12 : 0;
    }

    /**
     * A rough 所得 for the premiums only — the assessment uses the engine's exact 給与所得 and 公的年金等に係る雑所得 —
     * with the 給与所得控除 at least 65万 and the 公的年金等控除 of someone 65 or over at least 110万.
     */
    static long shotokuMeyasu(long kyuyo, long nenkin, long jigyo) {
        long k = Math.max(0, Math.min(kyuyo - 650_000, Math.round(kyuyo * 0.7) - 180_000));
        long n = nenkin <= 3_300_000 ? Math.max(0, nenkin - 1_100_000) : Math.round(nenkin * 0.75) - 275_000;
        return k + n + Math.max(0, jigyo);
    }

    /** 国民健康保険 (医療・支援金, and 介護 from 40 to 64) of one insured person for the year. */
    static long kokuho(long shotoku, int age) {
        double rate = age >= 40 && age < 65 ? 0.11 : 0.09;
        return Math.min(1_060_000, keigen(shotoku, 50_000) + Math.round(rate * Math.max(0, shotoku - 430_000)));
    }

    /** 後期高齢者医療 (75 and over). */
    static long kokiKorei(long shotoku) {
        return Math.min(800_000, keigen(shotoku, 50_000) + Math.round(0.10 * Math.max(0, shotoku - 430_000)));
    }

    /** 介護保険 第1号保険料 (65 and over). */
    static long kaigo(long shotoku) {
        double bairitsu = shotoku <= 800_000 ? 0.3 : shotoku <= 1_200_000 ? 0.7 : shotoku <= 2_100_000 ? 1.0
                : shotoku <= 3_200_000 ? 1.3 : 1.7;
        return Math.round(6_225 * 12 * bairitsu);
    }

    private static long keigen(long shotoku, long kintowari) {
        double f = shotoku <= 430_000 ? 0.3 : shotoku <= 1_000_000 ? 0.5 : shotoku <= 1_500_000 ? 0.8 : 1.0;
        return Math.round(kintowari * f);
    }
}
