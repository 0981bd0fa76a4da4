package jp.kikan.chihozei.kojinjuminzei.choshu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.KoseiKekka;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KoseiPolicy;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KyuyoTokubetsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 更正: per instalment not yet due, new − (original + earlier corrections); what was due stays (太良町税の徴収等の特例に
 * 関する条例 第4条第4項: the new tax less what was due is split again by the same rule).
 */
@Tag("fn:kojin-juminzei.kosei")
class KoseiTest {

    private static final KojinJuminzeiParameters P = Nyuryoku.params(8, Nyuryoku.NIIGATA);
    private static final ChoshuKeikaku TOSHO = FutsuChoshuPolicy.kibetsu(194_500, P);

    private static List<Kibetsu> sagakuAsKibetsu(KoseiKekka k) {
        return k.sagaku().stream().map(s -> new Kibetsu(s.kibetsu(), s.nengetsu(), s.sagaku())).toList();
    }

    @Test
    @DisplayName("第1期の後に 210,000 へ: 残り 159,500 を 53,500 + 53,000 × 2 に → 差額 0 / +5,500 / +5,000 / +5,000")
    void shouldSpreadAnIncreaseOverTheInstalmentsNotYetDue() {
        KoseiKekka k = KoseiPolicy.kosei(TOSHO, List.of(), 210_000, YearMonth.of(2026, 6), P.futsuChoshu());
        assertThat(k.sagaku()).extracting(KoseiKekka.Sagaku::sagaku).containsExactly(0L, 5_500L, 5_000L, 5_000L);
        assertThat(k.sagaku()).extracting(KoseiKekka.Sagaku::torai).containsExactly(true, false, false, false);
        assertThat(k.sagakuGokei()).isEqualTo(210_000 - 194_500);
    }

    @Test
    @DisplayName("二度目の更正 (第2期の後に 200,000 へ): 差額は 新 − (当初 + 前回の更正) → 第3・4期 −5,000")
    void shouldSubtractTheOriginalAndEarlierCorrections() {
        KoseiKekka first = KoseiPolicy.kosei(TOSHO, List.of(), 210_000, YearMonth.of(2026, 6), P.futsuChoshu());
        KoseiKekka second = KoseiPolicy.kosei(TOSHO, List.of(sagakuAsKibetsu(first)), 200_000, YearMonth.of(2026, 8),
                P.futsuChoshu());
        assertThat(second.sagaku()).extracting(KoseiKekka.Sagaku::genzai).containsExactly(50_500L, 53_500L, 53_000L, 53_000L);
        assertThat(second.sagaku()).extracting(KoseiKekka.Sagaku::koseigo).containsExactly(50_500L, 53_500L, 48_000L, 48_000L);
        assertThat(second.sagaku()).extracting(KoseiKekka.Sagaku::sagaku).containsExactly(0L, 0L, -5_000L, -5_000L);
        assertThat(second.sagakuGokei()).isEqualTo(200_000 - 210_000);
    }

    @Test
    @DisplayName("納期がすべて到来した後の更正は随時の納期に (差額 +5,500)")
    void shouldPutTheDifferenceIntoANewInstalmentWhenNoneIsLeft() {
        KoseiKekka k = KoseiPolicy.kosei(TOSHO, List.of(), 200_000, YearMonth.of(2027, 1), P.futsuChoshu());
        assertThat(k.sagaku()).extracting(KoseiKekka.Sagaku::sagaku).containsOnly(0L);
        assertThat(k.zuiji()).isEqualTo(5_500);
    }

    @Test
    @DisplayName("到来済みの税額 98,500 が更正後 80,000 を超える: 残りの期は 0, 過誤納 18,500")
    void shouldReportTheOverpaymentWhenTheDueAmountExceedsTheNewTax() {
        KoseiKekka k = KoseiPolicy.kosei(TOSHO, List.of(), 80_000, YearMonth.of(2026, 8), P.futsuChoshu());
        assertThat(k.sagaku()).extracting(KoseiKekka.Sagaku::koseigo).containsExactly(50_500L, 48_000L, 0L, 0L);
        assertThat(k.kanpu()).isEqualTo(18_500);
    }

    @Test
    @DisplayName("給与特別徴収の更正 (9月分の後に 180,000 へ): 10月 15,000 (−1,200), 11月〜5月 14,300 (−1,900)")
    void shouldCorrectTheMonthlySalaryDeduction() {
        ChoshuKeikaku tosho = KyuyoTokubetsuChoshuPolicy.tsukiwari(194_500, P);
        KoseiKekka k = KoseiPolicy.kosei(tosho, List.of(), 180_000, YearMonth.of(2026, 9), P.kyuyoTokubetsuChoshu());
        assertThat(k.sagaku().subList(0, 4)).extracting(KoseiKekka.Sagaku::sagaku).containsOnly(0L);
        assertThat(k.sagaku().get(4).sagaku()).isEqualTo(-1_200);
        assertThat(k.sagaku().subList(5, 12)).extracting(KoseiKekka.Sagaku::sagaku).containsOnly(-1_900L);
        assertThat(k.sagakuGokei()).isEqualTo(180_000 - 194_500);
    }
}
