package jp.kikan.platform.checkdigit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HojinBangoTest {

    /**
     * Published 法人番号 and the worked example of a third-party explanation of the 省令 (expydoc.com doc 8196212:
     * 基礎番号 123456789012 → Σ 74, 74 mod 9 = 2, 9 − 2 = 7).
     */
    @ParameterizedTest
    @ValueSource(strings = {"7000012050002", "4011001098993", "2120901007402", "7123456789012", "1180301018771"})
    void shouldAcceptPublishedHojinBangoWithTheirCheckDigitInFront(String bango) {
        assertThat(HojinBango.isValid(bango)).isTrue();
        assertThat(HojinBango.withCheckDigit(bango.substring(1))).isEqualTo(bango);
    }

    @Test
    void shouldRejectEveryOtherLeadingDigit() {
        for (int d = 0; d <= 9; d++) {
            assertThat(HojinBango.isValid(d + "000012050002")).isEqualTo(d == 7);
        }
    }

    @Test
    void shouldNeverComputeZeroBecauseTheRemainderIsSubtractedFromNine() {
        assertThat(HojinBango.checkDigit("000000000000")).isEqualTo(9);
        assertThat(HojinBango.checkDigit("000000000009")).isEqualTo(9);
        assertThat(HojinBango.checkDigit("000000000008")).isEqualTo(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "000012050002", "70000120500021", "７000012050002", "700001205000a", "7000012050003"})
    void shouldTreatMalformedHojinBangoAsInvalid(String input) {
        assertThat(HojinBango.isValid(input)).isFalse();
    }

    @Test
    void shouldRefuseAKisoBangoOfAnotherLength() {
        assertThatThrownBy(() -> HojinBango.checkDigit("00001205000")).isInstanceOf(IllegalArgumentException.class);
    }
}
