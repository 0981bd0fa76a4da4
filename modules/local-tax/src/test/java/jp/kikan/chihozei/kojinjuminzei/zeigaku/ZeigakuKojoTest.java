package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui;
import jp.kikan.chihozei.kojinjuminzei.domain.JutakuGendoKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 配当控除 (滑川町, 真岡市; 指定都市 新潟市 FAQ) and 住宅借入金等特別税額控除 (宇都宮市, 棚倉町, 尾道市: 5% / 97,500, 7% /
 * 136,500, 3/5 : 2/5), each limited to the 所得割 left.
 */
@Tag("fn:kojin-juminzei.zeigaku-kojo")
class ZeigakuKojoTest {

    @ParameterizedTest(name = "配当 {0} 1,000,000 (課税総所得 1,000万円以下) → 市 {1} / 県 {2}")
    @CsvSource({"RIEKI_HAITO, 16000, 12000", "SHOKEN_TOSHI_SHINTAKU, 8000, 6000", "GAIKADATE_TOSHI_SHINTAKU, 4000, 3000"})
    void shouldCreditDividendsByKind(HaitoShurui shurui, long shi, long ken) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(5_000_000).haito(shurui, 1_000_000).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(4_130_000);
        assertThat(f.shi().haitoKojo()).isEqualTo(shi);
        assertThat(f.ken().haitoKojo()).isEqualTo(ken);
    }

    @Test
    @DisplayName("課税総所得金額 10,570,000, 配当 2,000,000: 1,000万円超の部分 570,000 は 0.8% / 0.6%, 残り 1,430,000 は 1.6% / 1.2%")
    void shouldUseTheLowerRateForThePartAboveTenMillion() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(9_000_000).haito(HaitoShurui.RIEKI_HAITO, 2_000_000).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(10_570_000);
        assertThat(f.shi().haitoKojo()).isEqualTo(4_560 + 22_880);
        assertThat(f.ken().haitoKojo()).isEqualTo(3_420 + 17_160);
        KojinJuminzeiFuka allAbove = Nyuryoku.reiwa(7).jigyo(11_000_000).haito(HaitoShurui.RIEKI_HAITO, 2_000_000).fuka();
        assertThat(allAbove.shi().haitoKojo()).isEqualTo(16_000);
        assertThat(allAbove.ken().haitoKojo()).isEqualTo(12_000);
    }

    @ParameterizedTest(name = "住宅ローン控除 残額 {0}, 所得税の課税総所得金額等 {1}, {2} → 市 {3} / 県 {4}")
    @CsvSource({"200000, 3000000, KIHON, 58500, 39000", "200000, 3000000, TOKUTEI_SHUTOKU, 81900, 54600",
        "50000, 3000000, KIHON, 30000, 20000", "200000, 1000000, KIHON, 30000, 20000"})
    void shouldCreditTheHousingLoanUpToItsLimit(long zangaku, long kazei, JutakuGendoKubun kubun, long shi, long ken) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(5_000_000).jutaku(zangaku, kazei, kubun).fuka();
        assertThat(f.shi().jutakuLoanKojo()).isEqualTo(shi);
        assertThat(f.ken().jutakuLoanKojo()).isEqualTo(ken);
    }

    @Test
    @DisplayName("[unconfirmed split] 指定都市の住宅ローン控除 4/5 : 1/5 → 97,500 = 78,000 + 19,500")
    void shouldSplitTheHousingLoanCreditFourToOneInADesignatedCity() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).city(Nyuryoku.NIIGATA).kyuyo(5_000_000).jutaku(200_000, 3_000_000,
                JutakuGendoKubun.KIHON).fuka();
        assertThat(f.shi().jutakuLoanKojo()).isEqualTo(78_000);
        assertThat(f.ken().jutakuLoanKojo()).isEqualTo(19_500);
        assertThat(f.santeiKonkyo().find("jutaku-loan-kojo", "市町村民税").orElseThrow().parameters().get(1).status())
                .isEqualTo("unconfirmed");
    }

    @Test
    @DisplayName("税額控除は所得割を超えない: 所得割 11,700 / 7,800 に住宅ローン控除 58,500 / 39,000 → 所得割 0, 均等割は残る")
    void shouldNeverTakeMoreThanTheIncomeLevyLeft() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(1_200_000).jutaku(200_000, 3_000_000, JutakuGendoKubun.KIHON).fuka();
        assertThat(f.shi().jutakuLoanKojo()).isEqualTo(11_700);
        assertThat(f.ken().jutakuLoanKojo()).isEqualTo(7_800);
        assertThat(f.shi().shotokuwari()).isZero();
        assertThat(f.ken().shotokuwari()).isZero();
        assertThat(f.nenZeigaku()).isEqualTo(3_000 + 1_000 + 1_000);
    }
}
