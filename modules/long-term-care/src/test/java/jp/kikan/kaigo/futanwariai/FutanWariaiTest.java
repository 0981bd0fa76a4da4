package jp.kikan.kaigo.futanwariai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each 負担割合 boundary one yen either side (令和7年度's national bounds from parameters/kaigo/kuni.yaml; 栃木市
 * https://www.city.tochigi.lg.jp/soshiki/28/432.html, 富士市 http://www.city.fuji.shizuoka.jp/kenkou/c0501/fmervo000001mb2i.html).
 */
class FutanWariaiTest {

    static final HokenryoParameterStore PARAMETERS = new HokenryoParameterStore();

    /** A taxed person with 合計所得金額 {@code gokei} and, in all, 年金収入＋その他の合計所得金額 {@code nenkinSonota}. */
    static FutanWariaiHantei.Kekka taxed(long gokei, long nenkinSonota, List<FutanWariaiHantei.Dai1go> others) {
        // all of the 合計所得金額 is pension income: その他の合計所得金額 0, so 年金収入 = nenkinSonota
        return FutanWariaiHantei.hantei(new FutanWariaiHantei.Dai1go(gokei, nenkinSonota, gokei), true, false, others,
                PARAMETERS.futanWariai(2025));
    }

    @ParameterizedTest(name = "単身 合計所得 {0} 年金収入＋その他 {1} → {2}割")
    @CsvSource({"1599999,5000000,1", "1600000,2800000,2", "1600000,2799999,1", "2199999,5000000,2",
            "2200000,3400000,3", "2200000,3399999,2", "2200000,2799999,1"})
    void shouldJudgeAPersonAloneAtEachBound(long gokei, long nenkinSonota, int wari) {
        FutanWariaiHantei.Kekka k = taxed(gokei, nenkinSonota, List.of());
        assertThat(k.wari()).isEqualTo(wari);
        assertThat(k.dai1goSu()).isEqualTo(1);
    }

    @ParameterizedTest(name = "2人 合計所得 {0} 世帯の年金収入＋その他 {1} → {2}割")
    @CsvSource({"1600000,3460000,2", "1600000,3459999,1", "2200000,4630000,3", "2200000,4629999,2", "1599999,9000000,1"})
    void shouldAddTheOtherDai1goOfTheHouseholdAndUseTheBoundsForTwoOrMore(long gokei, long setai, int wari) {
        // the spouse: 年金収入 1,000,000, no other income
        FutanWariaiHantei.Dai1go spouse = new FutanWariaiHantei.Dai1go(0, 1_000_000, 0);
        FutanWariaiHantei.Kekka k = taxed(gokei, setai - 1_000_000, List.of(spouse));
        assertThat(k.setaiNenkinSonota()).isEqualTo(setai);
        assertThat(k.dai1goSu()).isEqualTo(2);
        assertThat(k.wari()).isEqualTo(wari);
    }

    @Test
    void shouldCountOtherIncomeAsTotalIncomeLessPensionIncome() {
        // 合計所得 2,500,000 of which 年金所得 1,900,000 (年金収入 3,000,000): その他 600,000 → 3,600,000 ≥ 3,400,000
        FutanWariaiHantei.Kekka k = FutanWariaiHantei.hantei(new FutanWariaiHantei.Dai1go(2_500_000, 3_000_000, 1_900_000),
                true, false, List.of(), PARAMETERS.futanWariai(2025));
        assertThat(k.setaiNenkinSonota()).isEqualTo(3_600_000);
        assertThat(k.wari()).isEqualTo(3);
    }

    @Test
    void shouldChargeOneTenthToOneNotTaxedOrOnSeikatsuHogoWhateverTheIncome() {
        var p = PARAMETERS.futanWariai(2025);
        FutanWariaiHantei.Dai1go rich = new FutanWariaiHantei.Dai1go(9_000_000, 9_000_000, 0);
        assertThat(FutanWariaiHantei.hantei(rich, false, false, List.of(), p).wari()).isEqualTo(1);
        assertThat(FutanWariaiHantei.hantei(rich, true, true, List.of(), p).wari()).isEqualTo(1);
        FutanWariaiHantei.Kekka k = FutanWariaiHantei.hantei(rich, true, false, List.of(), p);
        assertThat(k.wari()).isEqualTo(3);
        var step = k.konkyo().find("futan-wariai").orElseThrow();
        assertThat(step.legalBasis()).contains("介護保険法第49条の2");
        assertThat(step.parameters().get(0).source()).contains("tochigi").contains("fuji");
        assertThat(step.setsumei()).contains("3割");
    }
}
