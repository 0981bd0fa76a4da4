package jp.kikan.chihozei.kojinjuminzei.choshu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 普通徴収 in the municipality's instalments (地方税法第320条; months and rounding by 条例 = parameters). */
@Tag("fn:kojin-juminzei.futsu-choshu")
class FutsuChoshuTest {

    /** みなみ市 with its own 普通徴収 rule (an overlay for the test). */
    private static KojinJuminzeiParameters minamiWith(String tsuki, int hasuTani) {
        return Nyuryoku.repositoryWith("municipalities/999997-minami.yaml", t -> t.replace("parameters:\n", """
                parameters:
                  futsu_choshu:
                    name_ja: 普通徴収（test）
                    legal_basis: 地方税法第320条
                    source: test overlay
                    status: confirmed
                    values: [{nendo: R8, value: {tsuki: %s, hasu_tani: %d, hasu_kibetsu: first}}]
                """.formatted(tsuki, hasuTani))).parameters(Nendo.ofReiwa(8), Nyuryoku.MINAMI);
    }

    @Test
    @DisplayName("shouldRoundTheRemainderIntoTheFirstInstalment: 新潟市 計算例 194,500 → 第1期 50,500, 第2〜4期 48,000 (千円未満の端数を第1期へ)")
    void shouldRoundTheRemainderIntoTheFirstInstalment() {
        long nenZeigaku = jp.kikan.chihozei.kojinjuminzei.rei.NiigataKeisanreiTestAccess.nenZeigaku();
        ChoshuKeikaku k = FutsuChoshuPolicy.kibetsu(nenZeigaku, Nyuryoku.params(8, Nyuryoku.NIIGATA));
        assertThat(k.kibetsu()).extracting(Kibetsu::kibetsu, Kibetsu::nengetsu, Kibetsu::zeigaku).containsExactly(
                tuple("第1期", YearMonth.of(2026, 6), 50_500L), tuple("第2期", YearMonth.of(2026, 8), 48_000L),
                tuple("第3期", YearMonth.of(2026, 10), 48_000L), tuple("第4期", YearMonth.of(2027, 1), 48_000L));
        assertThat(k.gokei()).isEqualTo(194_500);
        assertThat(k.santeiKonkyo().steps().get(0).parameters().get(0).level()).isEqualTo("新潟市 (151009)");
    }

    @Test
    @DisplayName("shouldRoundToHundredsWhenTheCityChoosesIt: 100円単位の市 → 48,700 + 48,600 × 3")
    void shouldRoundToHundredsWhenTheCityChoosesIt() {
        ChoshuKeikaku k = FutsuChoshuPolicy.kibetsu(194_500, minamiWith("[6, 8, 10, 1]", 100));
        assertThat(k.kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(48_700L, 48_600L, 48_600L, 48_600L);
    }

    @Test
    @DisplayName("納期はパラメータ: 尾花沢市のように 6月・8月・10月・12月")
    void shouldUseTheCitysMonths() {
        ChoshuKeikaku k = FutsuChoshuPolicy.kibetsu(200_000, minamiWith("[6, 8, 10, 12]", 1000));
        assertThat(k.kibetsu()).extracting(Kibetsu::nengetsu).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 8),
                YearMonth.of(2026, 10), YearMonth.of(2026, 12));
        assertThat(k.kibetsu()).extracting(Kibetsu::zeigaku).containsOnly(50_000L);
    }

    @Test
    @DisplayName("少額: 5,000 → 2,000 + 1,000 × 3; 900 → 900 + 0 × 3")
    void shouldSplitSmallAmounts() {
        KojinJuminzeiParameters p = Nyuryoku.params(8, Nyuryoku.MINAMI);
        assertThat(FutsuChoshuPolicy.kibetsu(5_000, p).kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(2_000L, 1_000L, 1_000L, 1_000L);
        assertThat(FutsuChoshuPolicy.kibetsu(900, p).kibetsu()).extracting(Kibetsu::zeigaku).containsExactly(900L, 0L, 0L, 0L);
    }
}
