package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.ENGINE;
import static jp.kikan.chihozei.koteishisanzei.Shisan.MINAMI;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShurui;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The 評価額 of declared 償却資産 (地方税法第388条第1項, 固定資産評価基準 別表第15), against the worked examples the
 * municipalities publish: 箱根町 https://www.town.hakone.kanagawa.jp/www/contents/1100000000961/index.html (400,000円,
 * 耐用年数5年) and 彦根市 https://www.city.hikone.lg.jp/kakuka/somubu/6/syuruishikumi/koteisisan/hyouka/28813.html
 * (250,000円, 耐用年数3年); the 減価残存率 of 秦野市's table.
 */
class ShokyakuHyokaTest {

    private static ShokyakuShisanMeisai kikai(YearMonth shutoku, long kakaku, int nensu) {
        return new ShokyakuShisanMeisai(ShokyakuShurui.KIKAI_SOCHI, "製造機械", 1, shutoku, kakaku, nensu);
    }

    private static KoteishisanzeiFuka fuka(int nendo, ShokyakuShisanMeisai... m) {
        List<ShokyakuShisan> s = IntStream.range(0, m.length).mapToObj(i -> ShokyakuShisan.shinkoku("s" + i, m[i])).toList();
        return ENGINE.fuka(new KazeiTaisho(nendo, MINAMI, List.of(), List.of(), s));
    }

    private static long hyoka(int nendo, ShokyakuShisanMeisai m) {
        return fuka(nendo, m).shurui().get(0).koteiGokei();
    }

    @Test
    void shouldFollowHakoneExampleYearByYearDownToFivePercentOfTheCost() {
        // 1年目 400,000 × 0.815 = 326,000; then × 0.631 each 年度 (1円未満切捨て): 205,706 → 129,800 → 81,903 → 51,680 →
        // 32,610 → 20,576 → 12,983, below the 最低限度 20,000 (the parameters cover 令和3〜8年度: two acquisitions)
        ShokyakuShisanMeisai m = kikai(YearMonth.of(2020, 6), 400_000, 5);
        long[] expected = {326_000, 205_706, 129_800, 81_903, 51_680, 32_610};
        for (int k = 0; k < expected.length; k++) {
            assertThat(hyoka(reiwa(3 + k), m)).as("令和%d年度", 3 + k).isEqualTo(expected[k]);
        }
        ShokyakuShisanMeisai older = kikai(YearMonth.of(2014, 6), 400_000, 5);
        assertThat(hyoka(reiwa(3), older)).isEqualTo(20_576);
        assertThat(hyoka(reiwa(4), older)).isEqualTo(20_000);
        assertThat(hyoka(reiwa(8), older)).isEqualTo(20_000);
    }

    @Test
    void shouldFollowHikoneExampleOfAThreeYearLife() {
        ShokyakuShisanMeisai m = kikai(YearMonth.of(2021, 12), 250_000, 3);
        assertThat(hyoka(reiwa(4), m)).isEqualTo(183_000);
        assertThat(hyoka(reiwa(5), m)).isEqualTo(84_912);
        assertThat(hyoka(reiwa(6), m)).isEqualTo(39_399);
        assertThat(hyoka(reiwa(7), m)).isEqualTo(18_281);
        assertThat(hyoka(reiwa(8), m)).isEqualTo(12_500); // 8,482 < 250,000 × 5%
    }

    @Test
    void shouldTakeHalfAYearOfDeclineInTheFirstYearWhateverTheMonth() {
        assertThat(hyoka(reiwa(7), kikai(YearMonth.of(2024, 1), 1_000_000, 10)))
                .isEqualTo(hyoka(reiwa(7), kikai(YearMonth.of(2024, 12), 1_000_000, 10)))
                .isEqualTo(897_000);
    }

    @Test
    void shouldTaxTheDeclaredAssetsFromTheirTotalAt1500000AndNotOneYenBelow() {
        // 1,840,490 × 0.815 = 1,499,999.35 → 1,499,999: below the 免税点; 1,840,491 → 1,500,000.165 → 1,500,000: taxed
        KoteishisanzeiFuka below = fuka(reiwa(7), kikai(YearMonth.of(2024, 5), 1_840_490, 5));
        assertThat(below.shurui().get(0).koteiGokei()).isEqualTo(1_499_999);
        assertThat(below.nenZeigaku()).isZero();
        KoteishisanzeiFuka at = fuka(reiwa(7), kikai(YearMonth.of(2024, 5), 1_840_491, 5));
        assertThat(at.shurui().get(0).koteiGokei()).isEqualTo(1_500_000);
        assertThat(at.koteiZeigaku()).isEqualTo(21_000);
        assertThat(at.toshiZeigaku()).isZero();
    }

    @Test
    void shouldExplainTheValueWithTheTableRowAndItsSource() {
        KoteishisanzeiFuka f = fuka(reiwa(6), kikai(YearMonth.of(2019, 6), 400_000, 5));
        var step = f.santeiKonkyo().steps().stream().filter(s -> s.ruleId().equals("shokyaku-hyoka")).findFirst().orElseThrow();
        assertThat(step.value()).isEqualTo(51_680);
        assertThat(step.legalBasis()).contains("第388条");
        assertThat(step.parameters().get(0).value()).contains("減価率 0.369").contains("前年中取得 0.815").contains("0.631");
        assertThat(step.parameters().get(0).source()).contains("city.hadano");
        assertThat(step.note()).contains("2020年度 326,000円").contains("2024年度 51,680円");
    }

    @Test
    void shouldRefuseAnAssetAcquiredAfterTheKijitsuAndALifeNotInTheTable() {
        assertThatThrownBy(() -> fuka(reiwa(7), kikai(YearMonth.of(2025, 1), 100_000, 5)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("shokyaku_shisan[0].shutoku_nengetsu"));
        assertThatThrownBy(() -> fuka(reiwa(7), kikai(YearMonth.of(2020, 1), 100_000, 1), kikai(YearMonth.of(2020, 1), 1, 51)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("shokyaku_shisan[0].taiyo_nensu", "shokyaku_shisan[1].taiyo_nensu"));
    }
}
