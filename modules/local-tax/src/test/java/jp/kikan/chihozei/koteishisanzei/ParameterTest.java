package jp.kikan.chihozei.koteishisanzei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterLoader;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The parameter files are checked before use; every value used names its source. */
class ParameterTest {

    private static final KoteiParameterRepository DEFAULTS = KoteiParameterLoader.loadDefaults();

    private static String city(String rate) {
        return "{\"dantai_code\":\"999997\",\"name_ja\":\"みなみ市\",\"source\":\"x\",\"parameters\":{\"toshi_keikaku_zeiritsu\":"
                + "{\"name_ja\":\"都市計画税の税率\",\"legal_basis\":\"条例\",\"source\":\"x\",\"status\":\"confirmed\",\"values\":"
                + "[{\"nendo\":\"R3..R8\",\"value\":\"" + rate + "\"}]}}}";
    }

    @Test
    void shouldCoverReiwa3To8WithEveryValueSourced() {
        assertThat(DEFAULTS.nendo()).containsExactly(Nendo.ofReiwa(3), Nendo.ofReiwa(4), Nendo.ofReiwa(5), Nendo.ofReiwa(6),
                Nendo.ofReiwa(7), Nendo.ofReiwa(8));
        var p = DEFAULTS.parameters(Nendo.ofReiwa(7), "999997");
        assertThat(p.zeiritsu().value()).hasToString("1.4%");
        assertThat(p.zeiritsu().ref().legalBasis()).isEqualTo("地方税法第350条第1項");
        assertThat(p.menzeiten().value().tochi()).isEqualTo(300_000);
    }

    @Test
    void shouldRefuseAToshiKeikakuRateAboveTheSeigenZeiritsu() {
        assertThatThrownBy(() -> KoteiParameterLoader.overlaid(DEFAULTS, ParameterSource.of(Map.of("c.json", city("0.31%"))),
                "c.json", "試算の入力")).isInstanceOf(ParameterException.class).hasMessageContaining("制限税率")
                .satisfies(e -> assertThat(((ParameterException) e).path())
                        .isEqualTo("parameters.toshi_keikaku_zeiritsu.values[0].value"));
        var ok = KoteiParameterLoader.overlaid(DEFAULTS, ParameterSource.of(Map.of("c.json", city("0.3%"))), "c.json", "試算の入力");
        assertThat(ok.parameters(Nendo.ofReiwa(7), "999997").toshiKeikakuZeiritsu().orElseThrow().ref().level())
                .isEqualTo("みなみ市 (999997, 試算の入力)");
    }

    @Test
    void shouldRefuseAnUnknownParameterOrANationalOneInACityFile() {
        String unknown = city("0.2%").replace("toshi_keikaku_zeiritsu", "toshi_zeiritsu");
        assertThatThrownBy(() -> KoteiParameterLoader.overlaid(DEFAULTS, ParameterSource.of(Map.of("c.json", unknown)), "c.json",
                "x")).isInstanceOf(ParameterException.class).hasMessageContaining("unknown parameter 'toshi_zeiritsu'");
        String national = city("0.2%").replace("toshi_keikaku_zeiritsu", "menzeiten");
        assertThatThrownBy(() -> KoteiParameterLoader.overlaid(DEFAULTS, ParameterSource.of(Map.of("c.json", national)), "c.json",
                "x")).isInstanceOf(ParameterException.class).hasMessageContaining("national");
    }

    @Test
    void shouldRefuseAYearOrACityWithoutParameters() {
        assertThatThrownBy(() -> DEFAULTS.parameters(Nendo.ofReiwa(9), "999997")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("令和9年度");
        assertThatThrownBy(() -> DEFAULTS.parameters(Nendo.ofReiwa(7), "999989")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("999989");
    }
}
