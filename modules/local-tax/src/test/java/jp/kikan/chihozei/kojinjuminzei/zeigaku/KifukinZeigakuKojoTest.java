package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 寄附金税額控除 (地方税法第314条の7・第37条の2): 基本控除 (つがる市, 砺波市), ふるさと納税の特例控除 with its rate
 * (目黒区) and the cap of 20% of the 所得割 after 調整控除, and the ワンストップ特例 [申告特例控除 ratios unconfirmed].
 */
@Tag("fn:kojin-juminzei.kifukin")
class KifukinZeigakuKojoTest {

    /** 給与 5,000,000, 社保 700,000: 課税総所得 2,430,000, 人的控除差 5万 → 特例控除率 79.79%. */
    private static Nyuryoku salaried() {
        return Nyuryoku.reiwa(7).kyuyo(5_000_000).shakaiHokenryo(700_000);
    }

    @Test
    @DisplayName("ふるさと納税 52,000 (申告): 基本 3,000 / 2,000 + 特例 50,000×79.79%×3/5 = 23,937 / ×2/5 = 15,958")
    void shouldCreditTheHometownDonationWithTheSpecialCredit() {
        KojinJuminzeiFuka f = salaried().furusato(52_000, false).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(2_430_000);
        assertThat(f.shi().kifukinKojo()).isEqualTo(3_000 + 23_937);
        assertThat(f.ken().kifukinKojo()).isEqualTo(2_000 + 15_958);
    }

    @Test
    @DisplayName("[unconfirmed ratios] ワンストップ特例: 申告特例控除を加えて 寄附金 − 2,000 の全額 50,000 = 市 30,000 + 県 20,000")
    void shouldTakeTheIncomeTaxPartToo_withTheOneStopException() {
        KojinJuminzeiFuka f = salaried().furusato(52_000, true).fuka();
        assertThat(f.shi().kifukinKojo()).isEqualTo(30_000);
        assertThat(f.ken().kifukinKojo()).isEqualTo(20_000);
        assertThat(f.santeiKonkyo().find("kifukin-zeigaku-kojo", "市町村民税").orElseThrow().parameters())
                .anySatisfy(u -> {
                    assertThat(u.id()).isEqualTo("shinkoku_tokurei_kojo_ritsu");
                    assertThat(u.status()).isEqualTo("unconfirmed");
                });
    }

    @ParameterizedTest(name = "社保 {0}: 課税総所得 − 人的控除差 {1} → 特例控除率 {2} → 市 {3} / 県 {4}")
    @DisplayName("特例控除率の境目 1,950,000 / 1,950,001 (ふるさと納税 12,000)")
    @CsvSource({"1130000, 1950000, 84.895%, 5693, 3795", "1129000, 1951000, 79.79%, 5387, 3591"})
    void shouldChangeTheSpecialRateAtTheBandBoundary(long shakai, long base, String ritsu, long shi, long ken) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(5_000_000).shakaiHokenryo(shakai).furusato(12_000, false).fuka();
        assertThat(f.kazeiSoshotokuKingaku() - f.kojo().jintekiKojoSa()).isEqualTo(base);
        // 基本 10,000 × 6% = 600 / × 4% = 400
        assertThat(f.shi().kifukinKojo()).isEqualTo(shi);
        assertThat(f.ken().kifukinKojo()).isEqualTo(ken);
        assertThat(f.santeiKonkyo().find("kifukin-zeigaku-kojo", "市町村民税").orElseThrow().parameters())
                .anySatisfy(u -> assertThat(u.value()).contains(ritsu));
    }

    @Test
    @DisplayName("特例控除の上限: 調整控除後の所得割額の20% (市 51,900 → 10,380; 県 34,600 → 6,920)")
    void shouldCapTheSpecialCreditAtTwentyPercentOfTheIncomeLevy() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(2_000_000).furusato(102_000, false).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(890_000);
        assertThat(f.shi().kifukinKojo()).isEqualTo(6_000 + 10_380);
        assertThat(f.ken().kifukinKojo()).isEqualTo(4_000 + 6_920);
    }

    @Test
    @DisplayName("基本控除の対象は総所得金額等の30%まで (共同募金 500,000 → (396,000 − 2,000) × 6% / 4%); 市の条例指定は市民税だけ")
    void shouldCapTheBaseAtThirtyPercentOfIncomeAndApplyEachDesignationToItsOwnTax() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(2_000_000)
                .kifukin(new KazeiNyuryoku.Kifukin(null, false, 500_000L, null, null)).fuka();
        assertThat(f.shi().kifukinKojo()).isEqualTo(23_640);
        assertThat(f.ken().kifukinKojo()).isEqualTo(15_760);
        KojinJuminzeiFuka shi = Nyuryoku.reiwa(7).kyuyo(2_000_000)
                .kifukin(new KazeiNyuryoku.Kifukin(null, false, null, 12_000L, null)).fuka();
        assertThat(shi.shi().kifukinKojo()).isEqualTo(600);
        assertThat(shi.ken().kifukinKojo()).isZero();
    }

    @Test
    @DisplayName("[unconfirmed split] 指定都市 (新潟市) ワンストップ: 基本 8% / 2%, 特例 4/5 : 1/5 → 市 40,000 + 県 10,000")
    void shouldSplitEightToTwoInADesignatedCity() {
        KojinJuminzeiFuka f = salaried().city(Nyuryoku.NIIGATA).furusato(52_000, true).fuka();
        assertThat(f.shi().kifukinKojo()).isEqualTo(40_000);
        assertThat(f.ken().kifukinKojo()).isEqualTo(10_000);
    }
}
