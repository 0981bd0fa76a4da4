package jp.kikan.platform.santei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

class ParameterFilesTest {

    // JSON is YAML: the test needs no YAML reader
    private final ParameterFiles files = new ParameterFiles(new ObjectMapper(), "parameters/testlevy/");

    @Test
    void shouldPickTheValueWhoseReiwaRangeHoldsTheNendo() {
        ParameterFiles.Value first = ParameterFiles.value(files.kuni(), "kijun", 2024, "legal_basis", "試験税");
        ParameterFiles.Value last = ParameterFiles.value(files.kuni(), "kijun", 2026, "legal_basis", "試験税");
        ParameterFiles.Value next = ParameterFiles.value(files.kuni(), "kijun", 2027, "legal_basis", "試験税");
        assertThat(first.value().asInt()).isEqualTo(100);
        assertThat(last.value().asInt()).isEqualTo(100);
        assertThat(next.value().asInt()).isEqualTo(120);
        assertThat(next.status()).isEqualTo("inferred");
        assertThat(next.note()).isEqualTo("推定");
        assertThat(first.note()).isNull();
        assertThat(first.nameJa()).isEqualTo("基準額");
        assertThat(first.source()).isEqualTo("https://example.org/kijun");
    }

    @Test
    void shouldNameTheBasisAskedForWithItsNoteAndFallBackToTheLegalBasis() {
        assertThat(ParameterFiles.value(files.kuni(), "kijun", 2024, "legal_basis_hokenryo", "試験税").legalBasis())
                .isEqualTo("試験法第2条（注記）");
        assertThat(ParameterFiles.value(files.kuni(), "kijun", 2024, "legal_basis", "試験税").legalBasis())
                .isEqualTo("試験法第1条（注記）");
        var city = files.municipality("131016");
        assertThat(ParameterFiles.value(city, "ritsu", 2025, "legal_basis_hokenryo", "試験税").legalBasis())
                .isEqualTo("条例第3条");
    }

    @Test
    void shouldRefuseANendoTheFileHasNoValueFor() {
        assertThatThrownBy(() -> ParameterFiles.value(files.kuni(), "kijun", 2023, "legal_basis", "試験税"))
                .isInstanceOfSatisfying(ParameterFiles.NendoNashi.class, e -> assertThat(e.id()).isEqualTo("kijun"))
                .hasMessage("2023年度の試験税のパラメータ（基準額）がありません");
        assertThatThrownBy(() -> ParameterFiles.value(files.municipality("131016"), "ritsu", 2026, "legal_basis", "試験税"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldKnowOnlyTheMunicipalitiesTheIndexNames() {
        assertThat(files.municipality("131016")).isNotNull();
        assertThat(files.municipality("131024")).isNull();
        // a parameter the document lacks (a loaded document can): 422 naming the document's field
        assertThatThrownBy(() -> ParameterFiles.value(files.kuni(), "nai", 2024, "legal_basis", "試験税"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("parameters.nai"));
    }

    @Test
    void shouldCountReiwaFromTwoThousandNineteen() {
        assertThat(ParameterFiles.reiwa("R1")).isEqualTo(2019);
        assertThat(ParameterFiles.reiwa("R8")).isEqualTo(2026);
    }
}
