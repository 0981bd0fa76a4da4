package jp.kikan.kokuho.shikaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kokuho.shikaku.domain.KoreiJukyushaFutanPolicy;
import jp.kikan.kokuho.shikaku.domain.KoreiJukyushaFutanPolicy.Taishosha;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The 高齢受給者's 一部負担金の割合 by the household's 課税所得 (一宮市: 145万円, 210万円 after the 基礎控除 43万円; 岐南町: from
 * 8月 the 年度's own income), each boundary one yen either side.
 */
class KoreiJukyushaFutanPolicyTest {

    private static final KoreiJukyushaFutanPolicy.Kijun KIJUN = new KoreiJukyushaFutanPolicy.Kijun(1_450_000, 2_100_000, 430_000, 8);

    private static boolean genekinami(Taishosha... t) {
        return KoreiJukyushaFutanPolicy.hantei(List.of(t), KIJUN).genekinami();
    }

    @Test
    void shouldMakeTheHouseholdGenekinamiFrom145ManYenOfTaxableIncome() {
        assertThat(genekinami(new Taishosha("a", 1_449_999L, 4_000_000L))).isFalse();
        assertThat(genekinami(new Taishosha("a", 1_450_000L, 4_000_000L))).isTrue();
        // one member is enough for the whole household
        assertThat(genekinami(new Taishosha("a", 0L, 0L), new Taishosha("b", 1_450_000L, 4_000_000L))).isTrue();
    }

    @Test
    void shouldKeepTwoWariWhenTheIncomesAfterTheKisoKojoAddUpTo210ManYenOrLess() {
        // 2,530,000 − 430,000 = 2,100,000: 2割; one yen more: 3割
        assertThat(genekinami(new Taishosha("a", 1_450_000L, 2_530_000L))).isFalse();
        assertThat(genekinami(new Taishosha("a", 1_450_000L, 2_530_001L))).isTrue();
        // a member below the 基礎控除 counts 0, not a negative amount
        assertThat(genekinami(new Taishosha("a", 1_450_000L, 2_530_000L), new Taishosha("b", 0L, 100_000L))).isFalse();
    }

    @Test
    void shouldRefuseToGuessWhenAMembersIncomeIsUnknown() {
        assertThatThrownBy(() -> genekinami(new Taishosha("a", 0L, 0L), new Taishosha("b", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("b"));
    }

    @Test
    void shouldUseTheYearsOwnIncomeFromTheFirstOfAugust() {
        assertThat(KoreiJukyushaFutanPolicy.hanteiNendo(LocalDate.of(2026, 7, 31), 8)).isEqualTo(2025);
        assertThat(KoreiJukyushaFutanPolicy.hanteiNendo(LocalDate.of(2026, 8, 1), 8)).isEqualTo(2026);
        assertThat(KoreiJukyushaFutanPolicy.hanteiNendo(LocalDate.of(2027, 3, 31), 8)).isEqualTo(2026);
    }
}
