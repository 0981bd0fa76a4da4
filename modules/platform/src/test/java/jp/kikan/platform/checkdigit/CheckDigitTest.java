package jp.kikan.platform.checkdigit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitTest {

    @Test
    void shouldComputeKojinBangoCheckDigitFromTheFirst11Digits() {
        assertThat(KojinBango.checkDigit("12345678901")).isEqualTo(8);
        assertThat(KojinBango.checkDigit("98320567321")).isEqualTo(4);
    }

    @Test
    void shouldRejectKojinBangoWithWrongCheckDigit() {
        for (int d = 0; d <= 9; d++) {
            assertThat(KojinBango.isValid("12345678901" + d)).isEqualTo(d == 8);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "12345678901", "1234567890188", "１２３４５６７８９０１８", "12345678901a", " 23456789018"})
    void shouldTreatMalformedKojinBangoAsInvalid(String input) {
        assertThat(KojinBango.isValid(input)).isFalse();
    }

    @Test
    void shouldRejectWrongBodyLengthWhenComputing() {
        assertThatThrownBy(() -> KojinBango.checkDigit("1234567890")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JuminhyoCode.checkDigit("12345678901")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChihoKokyoDantaiCode.checkDigit("1310")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Modulus11.checkDigit("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Modulus11.checkDigit(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldComputeLgCodeCheckDigitIncludingTheRemainderEdgeCases() {
        assertThat(ChihoKokyoDantaiCode.checkDigit("13101")).isEqualTo(6);
        assertThat(ChihoKokyoDantaiCode.checkDigit("47201")).isEqualTo(8);
        // r = 0 → 1: 6*1+5*1 = 11
        assertThat(ChihoKokyoDantaiCode.checkDigit("11000")).isEqualTo(1);
        // r = 1 → 0: 6*2 = 12
        assertThat(ChihoKokyoDantaiCode.checkDigit("20000")).isEqualTo(0);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"13101", "1310166", "131017", "13101６"})
    void shouldTreatMalformedLgCodeAsInvalid(String input) {
        assertThat(ChihoKokyoDantaiCode.isValid(input)).isFalse();
    }

    @Test
    void shouldComputeJuminhyoCodeCheckDigitWithTheInferredFormula() {
        assertThat(JuminhyoCode.checkDigit("1234567890")).isEqualTo(3);
        assertThat(JuminhyoCode.isValid("12345678903")).isTrue();
        assertThat(JuminhyoCode.isValid("12345678904")).isFalse();
        assertThat(JuminhyoCode.isValid("123456789")).isFalse();
    }

    @Test
    void shouldComputeModulus11WithWeights2To7FromTheRight() {
        // 3*2 + 2*3 + 1*4 = 16, 16 mod 11 = 5, 11 - 5 = 6
        assertThat(Modulus11.checkDigit("123")).isEqualTo(6);
        assertThat(Modulus11.withCheckDigit("123")).isEqualTo("1236");
        // weights cycle: 7th digit from the right gets 2 again: 1*2 (pos7) → body "1000000" = 2 → 11-2 = 9
        assertThat(Modulus11.checkDigit("1000000")).isEqualTo(9);
        // 1000000 vs 0000001 share the weight 2, so they share the check digit
        assertThat(Modulus11.checkDigit("0000001")).isEqualTo(9);
    }

    @Test
    void shouldUseZeroWhenModulus11RemainderIsZeroOrOne() {
        // remainder 0: sum 0
        assertThat(Modulus11.checkDigit("0")).isEqualTo(0);
        // remainder 0: 1*3 + 4*2 = 11
        assertThat(Modulus11.checkDigit("14")).isEqualTo(0);
        // remainder 1: 6*2 = 12
        assertThat(Modulus11.checkDigit("6")).isEqualTo(0);
    }

    @Test
    void shouldValidateModulus11Numbers() {
        assertThat(Modulus11.isValid("1236")).isTrue();
        assertThat(Modulus11.isValid("1235")).isFalse();
        assertThat(Modulus11.isValid("6")).isFalse();
        assertThat(Modulus11.isValid(null)).isFalse();
        assertThat(Modulus11.isValid("12a6")).isFalse();
        assertThat(Modulus11.isValid(Modulus11.withCheckDigit("00000000001234"))).isTrue();
    }
}
