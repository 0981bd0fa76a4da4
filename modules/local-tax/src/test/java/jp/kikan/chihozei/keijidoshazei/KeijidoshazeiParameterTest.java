package jp.kikan.chihozei.keijidoshazei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterException;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterLoader;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import org.junit.jupiter.api.Test;

/** The parameter file and inline sets: every value dated and documented, bad files refused naming the place. */
class KeijidoshazeiParameterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeijidoshazeiParameterRepository DEFAULTS = KeijidoshazeiParameterLoader.loadDefaults();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void shouldDocumentEveryParameterOfEveryFiscalYearWithItsSource() {
        for (int n = DEFAULTS.from(); n <= DEFAULTS.to(); n++) {
            var p = DEFAULTS.parameters(n);
            for (var ref : new jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef[] {p.zeiritsu().ref(), p.kyuZeiritsu().ref(),
                    p.jukaZeiritsu().ref(), p.jukaKeikaNensu().ref(), p.shodoKensaMinashi().ref(), p.fukaKijitsu().ref()}) {
                assertThat(ref.source()).as(ref.id()).contains("https://");
                assertThat(ref.legalBasis()).as(ref.id()).isNotBlank();
            }
            assertThat(p.greenTokurei()).as("年度 " + n).isPresent();
        }
        assertThat(DEFAULTS.parameters(2022).greenTokurei().orElseThrow().ref().status().key()).isEqualTo("inferred");
        assertThat(DEFAULTS.parameters(2025).greenTokurei().orElseThrow().ref().status().key()).isEqualTo("confirmed");
    }

    /**
     * The December rule, visible with a what-if of 20 years in 令和5年度: 平成15年1月 (shown with its month, but first
     * inspected before 平成15年10月14日) counts from 平成15年12月 → 20 years in 令和5年12月 → no 重課 in 令和5年度; without
     * the rule it would be 令和5年1月 → 重課.
     */
    @Test
    void shouldDeemEveryVehicleFirstInspectedUpToOctober2003FirstInspectedInDecember() throws Exception {
        KeijidoshazeiParameterRepository what = KeijidoshazeiParameterLoader.inline(DEFAULTS,
                json("{\"juka_keika_nensu\": {\"values\": [{\"nendo\": \"R5\", \"value\": 20}]}}"), "parameters", "試算の入力");
        var engine = new KeijidoshazeiKeisan(what);
        var jan2003 = engine.fuka(Kuruma.jikayo(2003, 1), 2023, Optional.empty());
        assertThat(jan2003.zeigaku()).isEqualTo(7_200);
        assertThat(jan2003.santeiKonkyo().find("keijidosha-juka").orElseThrow().note()).contains("2023-12");
        assertThat(jan2003.santeiKonkyo().find("keijidosha-juka").orElseThrow().parameters().get(0).level()).isEqualTo("試算の入力");
        // 平成15年11月 counts as shown: 20 years in 令和5年11月, also after 令和5年3月
        assertThat(engine.fuka(Kuruma.jikayo(2002, 12), 2023, Optional.empty()).zeigaku()).isEqualTo(12_900);
        assertThat(engine.fuka(Kuruma.jikayo(2003, 11), 2023, Optional.empty()).zeigaku()).isEqualTo(7_200);
        assertThat(engine.fuka(Kuruma.yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, 2003, null, Nenryo.GASOLINE), 2023, Optional.empty())
                .santeiKonkyo().find("keijidosha-shodo-kensa-minashi")).isPresent();
        // the shipped set is unchanged
        assertThat(DEFAULTS.parameters(2023).jukaKeikaNensu().value()).isEqualTo(13);
    }

    @Test
    void shouldChangeOnlyTheClassesAnInlineRateTableGives() throws Exception {
        var set = KeijidoshazeiParameterLoader.inline(DEFAULTS, json("{\"zeiritsu\": {\"source\": \"条例 第82条\", \"values\": "
                + "[{\"nendo\": \"R7\", \"value\": {\"gentsuki_50\": 3000}}]}}"), "parameters", "試算の入力");
        assertThat(set.parameters(2025).zeiritsu().value()).containsEntry(ShashuKubun.GENTSUKI_50, 3_000L)
                .containsEntry(ShashuKubun.YONRIN_JOYO_JIKAYO, 10_800L);
        assertThat(set.parameters(2025).zeiritsu().ref().source()).isEqualTo("条例 第82条");
        assertThat(set.parameters(2026).zeiritsu().value()).containsEntry(ShashuKubun.GENTSUKI_50, 2_000L);
    }

    @Test
    void shouldRefuseAnInlineSetNamingTheField() {
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.inline(DEFAULTS,
                json("{\"zeiritsu\": {\"values\": [{\"nendo\": \"R7\", \"value\": {\"kuruma\": 1}}]}}"), "parameters", "x"))
                .isInstanceOfSatisfying(KeijidoshazeiParameterException.class,
                        e -> assertThat(e.path()).isEqualTo("zeiritsu.values[0].value"));
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.inline(DEFAULTS,
                json("{\"juka_keika_nensu\": {\"values\": [{\"nendo\": \"R12\", \"value\": 13}]}}"), "parameters", "x"))
                .isInstanceOf(KeijidoshazeiParameterException.class);
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.inline(DEFAULTS,
                json("{\"zeiritu\": {\"values\": [{\"nendo\": \"R7\", \"value\": 1}]}}"), "parameters", "x"))
                .isInstanceOf(KeijidoshazeiParameterException.class).hasMessageContaining("zeiritu");
    }

    @Test
    void shouldRefuseAFileWithAFiscalYearMissingOrAClassMissing() {
        String file = new String(ParameterSource.classpath("parameters/keijidoshazei/").read("keijidoshazei.yaml"));
        String noR8 = file.replace("nendo: R4..R8\nparameters", "nendo: R4..R9\nparameters");
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.load(ParameterSource.of(Map.of("keijidoshazei.yaml", noR8))))
                .isInstanceOf(KeijidoshazeiParameterException.class).hasMessageContaining("令和9年度");
        String noSanrin = file.replace("{sanrin: 3100, ", "{");
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.load(ParameterSource.of(Map.of("keijidoshazei.yaml", noSanrin))))
                .isInstanceOf(KeijidoshazeiParameterException.class).hasMessageContaining("sanrin");
        String typo = file.replace("  juka_keika_nensu:", "  juka_keika_nen:");
        assertThatThrownBy(() -> KeijidoshazeiParameterLoader.load(ParameterSource.of(Map.of("keijidoshazei.yaml", typo))))
                .isInstanceOf(KeijidoshazeiParameterException.class).hasMessageContaining("juka_keika_nen");
    }
}
