package jp.kikan.chihozei.kojinjuminzei.kojo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 社会保険料・小規模企業共済等掛金 (全額), 生命保険料控除 [inferred bands: examples of 岐阜市, 出水市, 広島市, 新座市] and
 * 地震保険料控除 [inferred, limit unconfirmed], 医療費控除 and 雑損控除 [unconfirmed: as for 所得税].
 */
@Tag("fn:kojin-juminzei.shotoku-kojo")
class HokenryoKojoTest {

    private static Nyuryoku base() {
        return Nyuryoku.reiwa(7).kyuyo(5_000_000);
    }

    @Test
    @DisplayName("社会保険料控除・小規模企業共済等掛金控除は支払額の全額")
    void shouldDeductSocialInsuranceInFull() {
        KojinJuminzeiFuka f = base().shakaiHokenryo(723_456).shokibo(84_000).fuka();
        assertThat(f.kojo().shakaiHokenryo()).isEqualTo(723_456);
        assertThat(f.kojo().shokiboKigyoKyosaiKakekin()).isEqualTo(84_000);
    }

    @ParameterizedTest(name = "新契約 一般 {0} → {1}; 旧契約 一般 {2} → {3}")
    @CsvSource({"12000, 12000, 15000, 15000", "12001, 12001, 15001, 15001", "32000, 22000, 40000, 27500",
        "32001, 22001, 40001, 27501", "56000, 28000, 70000, 35000", "56001, 28000, 70001, 35000"})
    void shouldApplyTheLifeInsuranceBands(long shin, long shinKojo, long kyu, long kyuKojo) {
        assertThat(base().seimei(shin, 0, 0, 0, 0).fuka().kojo().seimeiHokenryo()).isEqualTo(shinKojo);
        assertThat(base().seimei(0, kyu, 0, 0, 0).fuka().kojo().seimeiHokenryo()).isEqualTo(kyuKojo);
    }

    @Test
    @DisplayName("新旧併用の区分は旧のみと新旧合計 (上限 28,000) の大きい方; 3区分の合計は 70,000 まで")
    void shouldCombineOldAndNewContractsAndCapTheTotal() {
        assertThat(base().seimei(100_000, 30_000, 0, 0, 0).fuka().kojo().seimeiHokenryo()).isEqualTo(28_000);
        assertThat(base().seimei(10_000, 10_000, 0, 0, 0).fuka().kojo().seimeiHokenryo()).isEqualTo(20_000);
        assertThat(base().seimei(100_000, 100_000, 0, 0, 0).fuka().kojo().seimeiHokenryo()).isEqualTo(35_000);
        assertThat(base().seimei(0, 100_000, 100_000, 0, 100_000).fuka().kojo().seimeiHokenryo()).isEqualTo(70_000);
    }

    @ParameterizedTest(name = "地震保険料 {0} → {1}")
    @CsvSource({"1, 1", "20000, 10000", "40000, 20000", "50000, 25000", "50001, 25000"})
    void shouldDeductHalfOfTheEarthquakeInsuranceUpTo25000(long paid, long kojo) {
        assertThat(base().jishin(paid).fuka().kojo().jishinHokenryo()).isEqualTo(kojo);
    }

    @ParameterizedTest(name = "医療費 {0} − 補填 {1}, 総所得金額等 {2} → 医療費控除 {3}")
    @DisplayName("[unconfirmed] 医療費控除: (支払 − 補填) − min(10万円, 総所得金額等×5%), 上限 200万円")
    @CsvSource({"100000, 0, 3560000, 0", "100001, 0, 3560000, 1", "300000, 50000, 3560000, 150000",
        "50001, 0, 1000000, 1", "2200000, 0, 3560000, 2000000"})
    void shouldDeductMedicalExpensesAboveTheThreshold(long paid, long hoten, long so, long kojo) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(so).iryohi(paid, hoten).fuka();
        assertThat(f.kojo().iryohi()).isEqualTo(kojo);
    }

    @Test
    @DisplayName("[unconfirmed] 雑損控除: max(差引損失額 − 総所得金額等×10%, 災害関連支出 − 5万円)")
    void shouldDeductCasualtyLosses() {
        assertThat(Nyuryoku.reiwa(7).jigyo(3_560_000).zasson(500_000, 100_000, 0).fuka().kojo().zasson()).isEqualTo(44_000);
        assertThat(Nyuryoku.reiwa(7).jigyo(3_560_000).zasson(500_000, 100_000, 120_000).fuka().kojo().zasson()).isEqualTo(70_000);
        assertThat(Nyuryoku.reiwa(7).jigyo(3_560_000).zasson(300_000, 0, 0).fuka().kojo().zasson()).isZero();
    }
}
