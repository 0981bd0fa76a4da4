package jp.kikan.chihozei.kojinjuminzei.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Overlays given beside the shipped files — a what-if's (a repository of its own) and a loaded version (in place of
 * the municipality's): checked by the same loader, refused with the place of the problem given apart.
 */
@Tag("fn:kojin-juminzei.parameter")
class ParameterOverlayTest {

    private static final String MINAMI = "999997";

    private static String minami(String kyuchi) {
        return """
                {"dantai_code": "999997", "name_ja": "みなみ市", "todofuken": "990001", "parameters": {"kyuchi": {
                  "name_ja": "級地", "legal_basis": "地方税法第295条第3項", "source": "test", "status": "confirmed",
                  "values": [{"nendo": "R3..R8", "value": %s}]}}}""".formatted(kyuchi);
    }

    @Test
    void shouldComputeAWhatIfWithoutChangingTheBase() {
        ParameterRepository base = ParameterLoader.loadDefaults();
        ParameterRepository whatIf = ParameterLoader.overlaid(base, ParameterSource.of(Map.of("m.json", minami("1"))), null,
                "m.json", "試算の入力");
        assertThat(whatIf.parameters(Nendo.ofReiwa(7), MINAMI).kyuchi()).map(Param::value).contains(1);
        assertThat(whatIf.parameters(Nendo.ofReiwa(7), MINAMI).kyuchi().orElseThrow().ref().level())
                .isEqualTo("みなみ市 (999997, 試算の入力)");
        assertThat(base.parameters(Nendo.ofReiwa(7), MINAMI).kyuchi()).map(Param::value).contains(3);
    }

    @Test
    void shouldAnswerWithAReplacedOverlayAfterTheMergeWasMemoized() {
        ParameterRepository base = ParameterLoader.loadDefaults();
        KojinJuminzeiParameters before = base.parameters(Nendo.ofReiwa(7), MINAMI);
        base.replace(ParameterLoader.municipality(base, ParameterSource.of(Map.of("m.json", minami("2"))), "m.json", "登録第1版"));
        assertThat(base.parameters(Nendo.ofReiwa(7), MINAMI).kyuchi()).map(Param::value).contains(2);
        assertThat(before.kyuchi()).map(Param::value).contains(3);
    }

    @Test
    void shouldGiveTheFileAndThePathOfAProblemApart() {
        ParameterRepository base = ParameterLoader.loadDefaults();
        assertThatThrownBy(() -> ParameterLoader.municipality(base, ParameterSource.of(Map.of("m.json", minami("\"x\""))),
                "m.json", null)).isInstanceOfSatisfying(ParameterException.class, e -> {
                    assertThat(e.file()).isEqualTo("m.json");
                    assertThat(e.path()).isEqualTo("parameters.kyuchi.values[0].value");
                    assertThat(e.getMessage()).startsWith("m.json: parameters.kyuchi.values[0].value: ");
                    assertThat(e.missing()).isFalse();
                });
        assertThatThrownBy(() -> ParameterLoader.municipality(base,
                ParameterSource.of(Map.of("m.json", minami("1").replace("\"name_ja\": \"級地\", ", ""))), "m.json", null))
                .isInstanceOfSatisfying(ParameterException.class, e -> {
                    assertThat(e.path()).isEqualTo("parameters.kyuchi.name_ja");
                    assertThat(e.missing()).isTrue();
                });
    }
}
