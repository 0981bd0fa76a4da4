package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * A result stored in the compact form 2 ({@link SanteiKonkyoAsshuku}) whole again, as the contract's schema
 * KojinJuminzeiFuka: the objects kept by position with their field names, and each step with its rule, article,
 * inputs by name, each parameter's value with its 年度, level, article, source and status, its note and its readable
 * line made by the engine's own wording ({@link SanteiKonkyo.Step#setsumei()}).
 */
final class SanteiKonkyoTenkai {

    private final ObjectMapper mapper;

    SanteiKonkyoTenkai(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The keys of the steps' shapes and of the objects' field names a stored result (form 2) names. */
    static List<String> keys(JsonNode stored) {
        List<String> keys = new ArrayList<>();
        stored.path("santei_konkyo").forEach(s -> keys.add(s.get(0).asText()));
        SanteiKonkyoAsshuku.BY_POSITION.forEach(f -> keys.add(stored.get(f).get(0).asText()));
        return keys;
    }

    /** The keys of the parameters' documents these shapes name. */
    static List<String> parameterKeys(Iterable<JsonNode> shapes) {
        List<String> keys = new ArrayList<>();
        shapes.forEach(d -> d.path("parameters").forEach(k -> keys.add(k.asText())));
        return keys;
    }

    /**
     * A stored result (form 2) whole again, as the contract's schema KojinJuminzeiFuka: the steps in their view's
     * order of fields, with their shapes' and parameters' documents ({@code docs}: key → document) and readable lines.
     */
    JsonNode expand(ObjectNode stored, Map<String, JsonNode> docs) {
        ArrayNode steps = mapper.createArrayNode();
        for (JsonNode s : stored.path("santei_konkyo")) {
            steps.add(step(s, docs));
        }
        for (String f : SanteiKonkyoAsshuku.BY_POSITION) {
            JsonNode values = stored.get(f);
            JsonNode names = doc(docs, values.get(0).asText()).path("fields");
            ObjectNode o = mapper.createObjectNode();
            for (int i = 0; i < names.size(); i++) {
                JsonNode v = values.get(i + 1);
                if (!v.isNull()) {
                    o.set(names.get(i).asText(), v);
                }
            }
            stored.set(f, o);
        }
        stored.remove(SanteiKonkyoAsshuku.KATA);
        stored.set("santei_konkyo", steps);
        return stored;
    }

    private ObjectNode step(JsonNode s, Map<String, JsonNode> docs) {
        JsonNode d = doc(docs, s.get(0).asText());
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        JsonNode names = d.path("inputs");
        for (int i = 0; i < names.size(); i++) {
            JsonNode v = s.get(2).get(i);
            inputs.add(new SanteiKonkyo.Input(names.get(i).asText(), v.isNumber() ? v.asLong() : null,
                    v.isTextual() ? v.asText() : null));
        }
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        JsonNode keys = d.path("parameters");
        for (int i = 0; i < keys.size(); i++) {
            JsonNode p = doc(docs, keys.get(i).asText());
            uses.add(new SanteiKonkyo.ParameterUse(text(p, "id"), text(p, "name_ja"), text(p, "nendo"), text(p, "level"),
                    text(s.get(3), i), text(p, "legal_basis"), text(p, "source"), text(p, "status"),
                    text(p, "note")));
        }
        SanteiKonkyo.Step step = new SanteiKonkyo.Step(text(d, "rule_id"), text(d, "name_ja"), text(d, "legal_basis"),
                text(d, "bubun"), s.get(1).asLong(), text(d, "tani"), inputs, uses, s.size() > 4 ? s.get(4).asText() : null);
        return mapper.valueToTree(new FukaViews.Step(step.ruleId(), step.nameJa(), step.legalBasis(), step.bubun(),
                step.value(), step.tani(), step.inputs(), step.parameters(), step.note(), step.setsumei()));
    }

    private static JsonNode doc(Map<String, JsonNode> docs, String key) {
        JsonNode d = docs.get(key);
        if (d == null) {
            throw new IllegalStateException("the 算定根拠 names a document that is not kept: " + key);
        }
        return d;
    }

    private static String text(JsonNode values, int i) {
        JsonNode v = values.get(i);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
