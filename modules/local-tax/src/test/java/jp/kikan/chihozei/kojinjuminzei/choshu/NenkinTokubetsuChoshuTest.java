package jp.kikan.chihozei.kojinjuminzei.choshu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.NenkinTokubetsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 公的年金等からの特別徴収 (蟹江町, 瑞穂市, 倉敷市, 士別市, 小諸市): 仮特別徴収 4・6・8月 = 前年度÷6, 本特別徴収 10・12・2月
 * = (年税額 − 仮徴収)÷3; 初年度 普通徴収 6・8月 ÷4 + 特別徴収 ÷6. [rounding unconfirmed: 100円, remainder to the first]
 */
@Tag("fn:kojin-juminzei.nenkin-tokubetsu-choshu")
class NenkinTokubetsuChoshuTest {

    private static final KojinJuminzeiParameters R6 = Nyuryoku.params(6, Nyuryoku.MINAMI);

    @Test
    @DisplayName("継続: 前年度 60,000 → 仮徴収 10,000 × 3; 年税額 66,000 → 本徴収 12,000 × 3")
    void shouldCollectProvisionallyFromLastYearAndTheRestFromOctober() {
        ChoshuKeikaku k = NenkinTokubetsuChoshuPolicy.keizoku(66_000, 60_000, R6);
        assertThat(k.kibetsu()).extracting(Kibetsu::nengetsu, Kibetsu::zeigaku).containsExactly(
                tuple(YearMonth.of(2024, 4), 10_000L), tuple(YearMonth.of(2024, 6), 10_000L), tuple(YearMonth.of(2024, 8), 10_000L),
                tuple(YearMonth.of(2024, 10), 12_000L), tuple(YearMonth.of(2024, 12), 12_000L), tuple(YearMonth.of(2025, 2), 12_000L));
    }

    @ParameterizedTest(name = "前年度 {0}, 年税額 {1} → 仮徴収 各 {2}, 本徴収 {3} + {4} × 2")
    @CsvSource({"61000, 66000, 10100, 11900, 11900", "60000, 70000, 10000, 13400, 13300", "60000, 24000, 10000, 0, 0"})
    void shouldRoundEachInstalment(long zennendo, long nendo, long kari, long first, long rest) {
        List<Kibetsu> k = NenkinTokubetsuChoshuPolicy.keizoku(nendo, zennendo, R6).kibetsu();
        assertThat(k.subList(0, 3)).extracting(Kibetsu::zeigaku).containsOnly(kari);
        assertThat(k.get(3).zeigaku()).isEqualTo(first);
        assertThat(k.subList(4, 6)).extracting(Kibetsu::zeigaku).containsOnly(rest);
    }

    @Test
    @DisplayName("初年度 60,000: 普通徴収 6月・8月 15,000 × 2, 特別徴収 10月・12月・2月 10,000 × 3; 70,000 → 17,600 × 2 + 11,600 × 3")
    void shouldSplitTheFirstYearBetweenOrdinaryAndPensionCollection() {
        List<ChoshuKeikaku> k = NenkinTokubetsuChoshuPolicy.shonendo(60_000, R6);
        assertThat(k.get(0).hoho()).isEqualTo(ChoshuHoho.FUTSU_CHOSHU);
        assertThat(k.get(0).kibetsu()).extracting(Kibetsu::nengetsu, Kibetsu::zeigaku)
                .containsExactly(tuple(YearMonth.of(2024, 6), 15_000L), tuple(YearMonth.of(2024, 8), 15_000L));
        assertThat(k.get(1).kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(10_000L, 10_000L, 10_000L);
        List<ChoshuKeikaku> odd = NenkinTokubetsuChoshuPolicy.shonendo(70_000, R6);
        assertThat(odd.get(0).kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(17_600L, 17_600L);
        assertThat(odd.get(1).kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(11_600L, 11_600L, 11_600L);
        assertThat(odd.get(0).gokei() + odd.get(1).gokei()).isEqualTo(70_000);
    }

    @ParameterizedTest(name = "生年月日 {0}, 年金 {1} → 特別徴収の対象 {2}")
    @DisplayName("対象: 4月1日に65歳以上 (令和6年度: 昭和34年4月2日生まれまで) で年金18万円以上")
    @CsvSource({"1959-04-02, 180000, true", "1959-04-03, 180000, false", "1950-01-01, 179999, false"})
    void shouldCollectFromThePensionOnlyFrom65AndAbove180000(String birth, long nenkin, boolean taisho) {
        assertThat(NenkinTokubetsuChoshuPolicy.taisho(LocalDate.parse(birth), nenkin, R6)).isEqualTo(taisho);
    }
}
