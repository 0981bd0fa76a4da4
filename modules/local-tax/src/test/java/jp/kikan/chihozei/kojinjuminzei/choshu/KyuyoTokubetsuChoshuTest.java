package jp.kikan.chihozei.kojinjuminzei.choshu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KyuyoTokubetsuChoshuPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 給与所得に係る特別徴収: 12 months 6月〜翌年5月, floor100 of ÷12, the remainder in 6月分 (新潟市 計算例). */
@Tag("fn:kojin-juminzei.kyuyo-tokubetsu-choshu")
class KyuyoTokubetsuChoshuTest {

    @Test
    @DisplayName("shouldPutTheRemainderIntoJune: 新潟市 計算例 194,500 → 6月 16,300, 7月〜翌年5月 16,200")
    void shouldPutTheRemainderIntoJune() {
        ChoshuKeikaku k = KyuyoTokubetsuChoshuPolicy.tsukiwari(194_500, Nyuryoku.params(8, Nyuryoku.NIIGATA));
        assertThat(k.kibetsu()).hasSize(12);
        assertThat(k.kibetsu().get(0)).isEqualTo(new Kibetsu("6月分", YearMonth.of(2026, 6), 16_300));
        assertThat(k.kibetsu().subList(1, 12)).extracting(Kibetsu::zeigaku).containsOnly(16_200L);
        assertThat(k.kibetsu().get(11).nengetsu()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(k.gokei()).isEqualTo(194_500);
    }

    @Test
    @DisplayName("割り切れる年税額 120,000 → 10,000 × 12")
    void shouldSplitEvenly() {
        assertThat(KyuyoTokubetsuChoshuPolicy.tsukiwari(120_000, Nyuryoku.params(7, Nyuryoku.MINAMI)).kibetsu())
                .extracting(Kibetsu::zeigaku).containsOnly(10_000L);
    }

    @Test
    @DisplayName("[unconfirmed] 令和6年度 (定額減税): 6月分は徴収せず 7月〜翌年5月の11回 — 194,500 → 7月 18,500, 8月〜 17,600")
    void shouldStartInJulyInReiwa6() {
        ChoshuKeikaku k = KyuyoTokubetsuChoshuPolicy.tsukiwari(194_500, Nyuryoku.params(6, Nyuryoku.MINAMI));
        assertThat(k.kibetsu()).hasSize(11);
        assertThat(k.kibetsu().get(0)).isEqualTo(new Kibetsu("7月分", YearMonth.of(2024, 7), 18_500));
        assertThat(k.kibetsu().subList(1, 11)).extracting(Kibetsu::zeigaku).containsOnly(17_600L);
        assertThat(k.santeiKonkyo().steps().get(0).parameters().get(0).status()).isEqualTo("unconfirmed");
    }
}
