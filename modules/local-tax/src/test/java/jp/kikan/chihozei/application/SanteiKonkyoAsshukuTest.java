package jp.kikan.chihozei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.quarkus.config.StandardJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The compact stored form of the 算定根拠 (form 2): read back with its documents, an assessment is exactly the
 * contract's view of what was computed — every step's rule, article, inputs and each parameter's value, 年度, level,
 * article, source and status, and the readable lines — while the stored text names each document only by its key.
 */
@Tag("fn:kojin-juminzei.santei-konkyo")
class SanteiKonkyoAsshukuTest {

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules();
        new StandardJson().customize(m);
        return m;
    }

    private static List<KojinJuminzeiFuka> assessments() {
        return List.of(
                Nyuryoku.reiwa(8).city(Nyuryoku.NIIGATA).born("1985-05-01").kyuyo(5_000_000).shakaiHokenryo(500_000)
                        .haigusha("1986-07-01", 0).fuyo("2007-06-01", 0).fuyo("2011-06-01", 0).fuka(),
                Nyuryoku.reiwa(7).city(Nyuryoku.MINAMI).born("1950-01-01").nenkin(2_400_000).jigyo(1_000_000)
                        .jishin(30_000).iryohi(200_000, 0).furusato(30_000, true).fuka(),
                Nyuryoku.reiwa(7).city(Nyuryoku.MINAMI).born("2000-03-01").kyuyo(900_000).fuka());
    }

    @Test
    void shouldReadBackEveryStepExactlyAsTheViewOfTheComputation() {
        SanteiKonkyoAsshuku a = new SanteiKonkyoAsshuku(MAPPER);
        for (KojinJuminzeiFuka f : assessments()) {
            Map<String, String> found = new LinkedHashMap<>();
            String stored = a.compact(f, found);
            Map<String, JsonNode> docs = new HashMap<>();
            found.forEach((k, v) -> docs.put(k, read(v)));
            // as JSON (text read back: a number is a number, whatever node held it)
            JsonNode back = read(new SanteiKonkyoTenkai(MAPPER).expand((ObjectNode) read(stored), docs).toString());
            JsonNode view = read(MAPPER.valueToTree(FukaViews.of(f)).toString());
            for (int i = 0; i < view.path("santei_konkyo").size(); i++) {
                assertThat(back.path("santei_konkyo").get(i)).as("step %d", i).isEqualTo(view.path("santei_konkyo").get(i));
            }
            assertThat(back).isEqualTo(view);
            assertThat(back.path("santei_konkyo").get(0).path("setsumei").asText())
                    .isEqualTo(f.santeiKonkyo().steps().get(0).setsumei());
        }
    }

    @Test
    void shouldStoreEachDocumentOnceAndOnlyItsKeyInTheSteps() {
        SanteiKonkyoAsshuku a = new SanteiKonkyoAsshuku(MAPPER);
        KojinJuminzeiFuka f = assessments().get(0);
        Map<String, String> found = new LinkedHashMap<>();
        String stored = a.compact(f, found);
        String whole = MAPPER.valueToTree(FukaViews.of(f)).toString();
        assertThat(stored).doesNotContain("https://").doesNotContain("地方税法");
        assertThat(String.join("", found.values())).contains("https://").contains("地方税法");
        assertThat(found.keySet()).allMatch(k -> k.length() == 11);
        // the same documents, the same keys, for another taxpayer of the 年度
        Map<String, String> again = new LinkedHashMap<>();
        a.compact(f, again);
        assertThat(again).isEqualTo(found);
        assertThat(stored.length()).isLessThan(whole.length() / 3);
    }

    @Test
    void shouldStillReadAnAssessmentStoredInTheEarlierFormWithItsParameterDocuments() {
        KojinJuminzeiFuka f = assessments().get(0);
        JsonNode view = read(MAPPER.valueToTree(FukaViews.of(f)).toString());
        // form 1: the steps as computed without their lines, each parameter's 名称, 根拠, 出典 and 注記 under a doc_id
        ObjectNode stored = (ObjectNode) view.deepCopy();
        Map<String, JsonNode> parameterDocs = new HashMap<>();
        for (JsonNode step : stored.path("santei_konkyo")) {
            ((ObjectNode) step).remove("setsumei");
            for (JsonNode p : step.path("parameters")) {
                ObjectNode doc = MAPPER.createObjectNode();
                for (String field : List.of("name_ja", "legal_basis", "source", "note")) {
                    if (p.has(field)) {
                        doc.set(field, ((ObjectNode) p).remove(field));
                    }
                }
                String id = SanteiKonkyoAsshuku.hash(doc.toString()) + "-form-1";
                parameterDocs.put(id, doc);
                ((ObjectNode) p).put("doc_id", id);
            }
        }
        JsonNode back = new SanteiKonkyoKata1(MAPPER).expand(read(stored.toString()), ids -> {
            Map<String, JsonNode> found = new HashMap<>();
            ids.forEach(id -> found.put(id, parameterDocs.get(id)));
            return found;
        });
        assertThat(read(back.toString())).isEqualTo(view);
    }

    @Test
    void shouldRefuseAStepWhoseDocumentIsNotKept() {
        SanteiKonkyoAsshuku a = new SanteiKonkyoAsshuku(MAPPER);
        String stored = a.compact(assessments().get(2), new LinkedHashMap<>());
        assertThatThrownBy(() -> new SanteiKonkyoTenkai(MAPPER).expand((ObjectNode) read(stored), Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not kept");
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
