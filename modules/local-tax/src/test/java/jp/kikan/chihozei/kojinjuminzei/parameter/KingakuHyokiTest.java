package jp.kikan.chihozei.kojinjuminzei.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The engine's wording of amounts: the same text as String.format with grouping, for every conversion it uses. */
class KingakuHyokiTest {

    @Test
    void shouldWordAmountsAsStringFormatDoes() {
        for (long v : new long[] {0, 7, -7, 999, 1000, -1000, 12_345, 123_456, 1_234_567, -98_765_432, Long.MAX_VALUE,
            Long.MIN_VALUE}) {
            assertThat(KingakuHyoki.kanma(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
        }
        String p = "合計所得金額 %,d 以下: %s ÷%d = %,d%% (%s)";
        Object[] args = {2_400_000L, "3/5", 12, -1_500, null};
        assertThat(KingakuHyoki.format(p, args)).isEqualTo(String.format(Locale.ROOT, p, args));
    }

    @Test
    void shouldRefuseAConversionItDoesNotWord() {
        assertThatThrownBy(() -> KingakuHyoki.format("%.2f", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KingakuHyoki.format("%,d", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
