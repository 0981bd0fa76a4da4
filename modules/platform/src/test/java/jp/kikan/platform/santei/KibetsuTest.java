package jp.kikan.platform.santei;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.santei.kibetsu.Ki;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import jp.kikan.platform.santei.kibetsu.KibetsuKosei;
import org.junit.jupiter.api.Test;

class KibetsuTest {

    private static final List<YearMonth> EIGHT = KibetsuBunkatsu.months(2026, List.of(7, 8, 9, 10, 11, 12, 1, 2));

    private static List<Ki> eight(long total, long tani) {
        return KibetsuBunkatsu.bunkatsu(total, EIGHT, KibetsuBunkatsu.kiNames(8), tani);
    }

    @Test
    void shouldPutWhatTheUnitLeavesOverOnTheFirstInstalment() {
        // 新潟市's example with 4 instalments and 1,000円: 194,500 → 50,500 + 48,000 × 3
        List<Ki> four = KibetsuBunkatsu.bunkatsu(194_500, KibetsuBunkatsu.months(2026, List.of(6, 8, 10, 1)),
                KibetsuBunkatsu.kiNames(4), 1_000);
        assertThat(four).extracting(Ki::zeigaku).containsExactly(50_500L, 48_000L, 48_000L, 48_000L);
        assertThat(four.get(3).nengetsu()).isEqualTo(YearMonth.of(2027, 1));
        // 8 instalments of 100円: 481,000 → 60,300 + 60,100 × 7
        assertThat(eight(481_000, 100)).extracting(Ki::zeigaku).containsExactly(60_300L, 60_100L, 60_100L, 60_100L, 60_100L,
                60_100L, 60_100L, 60_100L);
        assertThat(eight(481_000, 100).stream().mapToLong(Ki::zeigaku).sum()).isEqualTo(481_000);
    }

    @Test
    void shouldSpreadACorrectionOverTheInstalmentsNotYetDue() {
        // after the 10月 instalment is due (kijun 2026-10): 4 due: 60,300 + 60,100 × 3; new total 601,000
        KibetsuKosei.Kekka k = KibetsuKosei.kosei(eight(481_000, 100), 601_000, YearMonth.of(2026, 10), 100);
        assertThat(k.sagaku()).extracting(KibetsuKosei.Sagaku::torai).containsExactly(true, true, true, true, false, false,
                false, false);
        long due = 60_300 + 60_100 * 3;
        assertThat(k.kibetsu().stream().skip(4).mapToLong(Ki::zeigaku).sum()).isEqualTo(601_000 - due);
        assertThat(k.kibetsu().stream().mapToLong(Ki::zeigaku).sum()).isEqualTo(601_000);
        assertThat(k.sagaku().get(4).sagaku()).isPositive();
        assertThat(k.zuiji()).isZero();
        assertThat(k.kanpu()).isZero();
    }

    @Test
    void shouldRefundWhatWasDueBeyondALowerAmountAndBillAtOnceWhenNoInstalmentIsLeft() {
        KibetsuKosei.Kekka lower = KibetsuKosei.kosei(eight(481_000, 100), 100_000, YearMonth.of(2026, 10), 100);
        assertThat(lower.kanpu()).isEqualTo(60_300 + 60_100 * 3 - 100_000);
        assertThat(lower.kibetsu().stream().skip(4)).extracting(Ki::zeigaku).containsOnly(0L);
        KibetsuKosei.Kekka late = KibetsuKosei.kosei(eight(481_000, 100), 500_000, YearMonth.of(2027, 3), 100);
        assertThat(late.zuiji()).isEqualTo(19_000);
        assertThat(late.sagaku()).allMatch(s -> s.sagaku() == 0);
    }
}
