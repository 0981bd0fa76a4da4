package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 調整控除 (地方税法第314条の6・第37条; 瑞穂市, 唐津市): both cases of T, the 5万円 minimum, 指定都市 split, 2,500万円 limit. */
@Tag("fn:kojin-juminzei.chosei-kojo")
class ChoseiKojoTest {

    /** 配偶者 (差 5万) + 特定扶養 (差 18万) + 基礎 (差 5万) = 28万; 所得控除 1,210,000. */
    private static KojinJuminzeiFuka withD280000(String city, long kazei) {
        return Nyuryoku.reiwa(7).city(city).jigyo(kazei + 1_210_000).haigusha("1980-01-01", 0).fuyo("2004-06-01", 0).fuka();
    }

    @ParameterizedTest(name = "課税総所得 {0} (人的控除差 28万) → 調整控除 市 {1} / 県 {2}")
    @CsvSource({"2000000, 8400, 5600", "2001000, 8370, 5580", "2229000, 1530, 1020", "2230000, 1500, 1000",
        "2231000, 1500, 1000", "5000000, 1500, 1000"})
    void shouldApplyBothCasesAndTheMinimum(long kazei, long shi, long ken) {
        KojinJuminzeiFuka f = withD280000(Nyuryoku.MINAMI, kazei);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(kazei);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(280_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(shi);
        assertThat(f.ken().choseiKojo()).isEqualTo(ken);
    }

    @Test
    @DisplayName("指定都市の最低額: 5万円 × 4% = 2,000 / × 1% = 500")
    void shouldSplitTheMinimumFourToOneInADesignatedCity() {
        KojinJuminzeiFuka f = withD280000(Nyuryoku.NIIGATA, 5_000_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(2_000);
        assertThat(f.ken().choseiKojo()).isEqualTo(500);
    }

    @Test
    @DisplayName("課税総所得金額が人的控除差より小さいとき: min(D, T) — T 30,000 → 900 / 600")
    void shouldTakeTheSmallerOfDifferenceAndTaxableIncome() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(460_000).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(30_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(900);
        assertThat(f.ken().choseiKojo()).isEqualTo(600);
    }

    @ParameterizedTest(name = "合計所得 {0} → 調整控除 市 {1}")
    @DisplayName("合計所得金額 2,500万円超は調整控除なし")
    @CsvSource({"25000000, 1500", "25000001, 0"})
    void shouldGiveNoAdjustmentAbove25Million(long gokei, long shi) {
        assertThat(Nyuryoku.reiwa(7).jigyo(gokei).fuka().shi().choseiKojo()).isEqualTo(shi);
    }
}
