package jp.kikan.kaigo.hokenryo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kaigo.hokenryo.domain.HokenryoKekka;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each stage boundary of the demo city's 標準13段階 (令和6–8年度, parameters/kaigo/) one yen either side, on the
 * parameter files themselves: the non-taxed bands on 課税年金収入額＋その他の合計所得金額 (≤), the taxed bands on
 * 合計所得金額 (<), and the 80万円 → 80.9万円 change of 令和7年度 (豊明市 https://www.city.toyoake.lg.jp/3901.htm).
 */
class DankaiTest {

    static final HokenryoParameterStore PARAMETERS = new HokenryoParameterStore();

    static HokenryoKekka keisan(int nendo, boolean honnin, boolean setai, long gokei, long nenkinShunyu, long nenkinShotoku) {
        return HokenryoKeisan.keisan(nendo, new Taishosha(honnin, setai, gokei, nenkinShunyu, nenkinShotoku, null, false, false,
                null, null), PARAMETERS.parameters("999997", nendo));
    }

    /** 世帯全員非課税 / 本人非課税: 年金収入だけの人 (合計所得金額 = 公的年金等に係る雑所得, その他の合計所得金額 0). */
    static int hikazei(int nendo, boolean setaiKazei, long nenkinShunyu) {
        long shotoku = Math.max(0, nenkinShunyu - 1_100_000);
        return keisan(nendo, false, setaiKazei, shotoku, nenkinShunyu, shotoku).dankai();
    }

    @ParameterizedTest(name = "令和7年度 世帯全員非課税 {0}円 → 第{1}段階")
    @CsvSource({"809000,1", "809001,2", "1200000,2", "1200001,3"})
    void shouldPlaceANonTaxedHouseholdByPensionAndOtherIncomeInclusiveOfTheBound(long nenkin, int dankai) {
        assertThat(hikazei(2025, false, nenkin)).isEqualTo(dankai);
    }

    @ParameterizedTest(name = "令和6年度 世帯全員非課税 {0}円 → 第{1}段階")
    @CsvSource({"800000,1", "800001,2", "809000,2"})
    void shouldUseThe800ThousandBoundBeforeReiwa7(long nenkin, int dankai) {
        assertThat(hikazei(2024, false, nenkin)).isEqualTo(dankai);
    }

    @ParameterizedTest(name = "令和{0}年度 本人非課税・世帯課税 {1}円 → 第{2}段階")
    @CsvSource({"6,800000,4", "6,800001,5", "7,809000,4", "7,809001,5", "8,809000,4", "8,809001,5"})
    void shouldPlaceANonTaxedPersonOfATaxedHouseholdAtTheBoundOfTheNendo(int reiwa, long nenkin, int dankai) {
        assertThat(hikazei(2018 + reiwa, true, nenkin)).isEqualTo(dankai);
    }

    @ParameterizedTest(name = "本人課税 合計所得金額 {0}円 → 第{1}段階")
    @CsvSource({"1199999,6", "1200000,7", "2099999,7", "2100000,8", "3199999,8", "3200000,9", "4199999,9", "4200000,10",
            "5199999,10", "5200000,11", "6199999,11", "6200000,12", "7199999,12", "7200000,13", "99000000,13"})
    void shouldPlaceATaxedPersonByTotalIncomeExclusiveOfTheBound(long gokei, int dankai) {
        assertThat(keisan(2025, true, false, gokei, 0, 0).dankai()).isEqualTo(dankai);
    }

    @ParameterizedTest(name = "第{0}段階 年額 {1}円 (乗率 {2})")
    @CsvSource({"1,22900,0.455", "2,39000,0.685", "3,55000,0.69", "4,72300,0.9", "5,80400,1.0", "6,96400,1.2",
            "7,104500,1.3", "8,120600,1.5", "9,136600,1.7", "10,152700,1.9", "11,168800,2.1", "12,184900,2.3", "13,192900,2.4"})
    void shouldChargeTheBaseTimesTheMultiplierRoundedDownTo100Yen(int dankai, long nengaku, String jyoritsu) {
        HokenryoKekka k = switch (dankai) {
            case 1 -> keisan(2025, false, false, 0, 500_000, 0);
            case 2 -> keisan(2025, false, false, 0, 1_000_000, 0);
            case 3 -> keisan(2025, false, false, 300_000, 1_400_000, 300_000);
            case 4 -> keisan(2025, false, true, 0, 500_000, 0);
            case 5 -> keisan(2025, false, true, 300_000, 1_400_000, 300_000);
            default -> keisan(2025, true, false, new long[] {0, 1_000_000, 1_500_000, 2_500_000, 3_500_000, 4_500_000,
                    5_500_000, 6_500_000, 8_000_000}[dankai - 5], 0, 0);
        };
        assertThat(k.dankai()).isEqualTo(dankai);
        assertThat(k.jyoritsu().toPlainString()).isEqualTo(jyoritsu);
        assertThat(k.hokenryoNengaku()).isEqualTo(nengaku);
        assertThat(k.tsukisu()).isEqualTo(12);
        assertThat(k.nengaku()).isEqualTo(nengaku);
        assertThat(k.dankaiSu()).isEqualTo(13);
    }

    @Test
    void shouldReduceTheLowestStagesAsTheInsurerPublishesThem() {
        // 南魚沼市 (levy notes C3): 36,500 − 13,600 = 22,900; 55,000 − 16,000 = 39,000; 55,400 − 400 = 55,000
        HokenryoKekka k = keisan(2025, false, false, 0, 500_000, 0);
        assertThat(k.konkyo().find("honrai-nengaku").orElseThrow().value()).isEqualTo(36_500);
        assertThat(k.konkyo().find("kohi-keigen").orElseThrow().value()).isEqualTo(13_600);
        assertThat(k.keigenJyoritsu().toPlainString()).isEqualTo("0.285");
        assertThat(keisan(2025, false, false, 0, 1_000_000, 0).konkyo().find("kohi-keigen").orElseThrow().value()).isEqualTo(16_000);
        assertThat(keisan(2025, false, false, 300_000, 1_400_000, 300_000).konkyo().find("kohi-keigen").orElseThrow().value())
                .isEqualTo(400);
        assertThat(keisan(2025, false, true, 0, 500_000, 0).konkyo().find("kohi-keigen")).isEmpty();
    }

    @Test
    void shouldDeductUpTo100ThousandOfSalaryIncomeAndThePensionIncomeFromOtherIncome() {
        // 合計所得 500,000 (給与所得 300,000 + 年金所得 200,000), 課税年金収入 800,000:
        // その他 = 500,000 − 200,000 − 100,000 = 200,000 → 1,000,000 → 第2段階
        HokenryoKekka k = HokenryoKeisan.keisan(2025, new Taishosha(false, false, 500_000, 800_000, 200_000, 300_000L, false,
                false, null, null), PARAMETERS.parameters("999997", 2025));
        assertThat(k.hanteiShotoku()).isEqualTo(1_000_000);
        assertThat(k.dankai()).isEqualTo(2);
        // a salary income below 100,000 is deducted in full only
        k = HokenryoKeisan.keisan(2025, new Taishosha(false, false, 60_000, 809_000, 0, 60_000L, false, false, null, null),
                PARAMETERS.parameters("999997", 2025));
        assertThat(k.hanteiShotoku()).isEqualTo(809_000);
        assertThat(k.dankai()).isEqualTo(1);
    }

    @Test
    void shouldPlaceRecipientsOfSeikatsuHogoAndRoreiFukushiNenkinInTheFirstStage() {
        var p = PARAMETERS.parameters("999997", 2025);
        assertThat(HokenryoKeisan.keisan(2025, new Taishosha(false, true, 0, 2_000_000, 0, null, true, false, null, null), p)
                .dankai()).isEqualTo(1);
        assertThat(HokenryoKeisan.keisan(2025, new Taishosha(false, false, 0, 1_500_000, 0, null, false, true, null, null), p)
                .dankai()).isEqualTo(1);
        // 老齢福祉年金 counts only when the whole household is non-taxed
        assertThat(HokenryoKeisan.keisan(2025, new Taishosha(false, true, 0, 1_500_000, 0, null, false, true, null, null), p)
                .dankai()).isEqualTo(5);
    }

    @Test
    void shouldExplainEveryStepWithItsArticleAndTheParametersWithTheirSource() {
        HokenryoKekka k = keisan(2025, false, true, 0, 500_000, 0);
        var dankai = k.konkyo().find("dankai").orElseThrow();
        assertThat(dankai.legalBasis()).contains("介護保険法施行令第38条");
        assertThat(dankai.parameters()).anyMatch(u -> u.id().equals("kijun_nenkin") && u.value().equals("809,000円")
                && u.source().contains("toyoake") && u.level().equals("国"));
        assertThat(dankai.parameters()).anyMatch(u -> u.id().equals("dankai_hyo") && u.status().equals("inferred")
                && u.level().equals("999997"));
        assertThat(k.konkyo().find("honrai-nengaku").orElseThrow().parameters())
                .anyMatch(u -> u.id().equals("kijungaku") && u.value().equals("80,400円"));
        assertThat(k.konkyo().setsumei()).allMatch(line -> line.contains("〔"));
        assertThat(k.riyu()).anyMatch(r -> r.contains("第4段階"));
    }
}
