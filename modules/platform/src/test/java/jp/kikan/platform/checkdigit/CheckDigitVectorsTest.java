package jp.kikan.platform.checkdigit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of check_digit_test_vectors.csv. The file was compiled for Kikan, not copied from a public
 * source (public origin: unknown): numbers computed with the rules cited in {@link ChihoKokyoDantaiCode},
 * {@link KojinBango}, {@link JuminhyoCode} and {@link Modulus11}; municipality codes are well-known published
 * codes; 個人番号 examples come from the third-party pages cited in {@link KojinBango}. The 住民票コード row
 * is INFERRED (see {@link JuminhyoCode}).
 */
class CheckDigitVectorsTest {

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = CheckDigitVectorsTest.class.getResourceAsStream("check_digit_test_vectors.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            return lines.stream().map(l -> l.split(",", 4))
                    .map(f -> Arguments.of(f[0], f[1], f[2].startsWith("true"), f[3]));
        }
    }

    @ParameterizedTest(name = "{0} {1} valid={2} ({3})")
    @MethodSource("vectors")
    void shouldAgreeWithTheResearchVectors(String kind, String number, boolean valid, String note) {
        assertThat(validatorFor(kind).test(number)).as(note).isEqualTo(valid);
    }

    private static Predicate<String> validatorFor(String kind) {
        if (kind.startsWith("lg_code")) {
            return ChihoKokyoDantaiCode::isValid;
        }
        if (kind.startsWith("kojin_bango")) {
            return KojinBango::isValid;
        }
        if (kind.startsWith("juminhyo_code")) {
            return JuminhyoCode::isValid;
        }
        throw new IllegalArgumentException("unknown vector kind " + kind);
    }
}
