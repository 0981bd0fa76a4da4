package jp.kikan.chihozei.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The assessments stored before the compact form 2 ({@link SanteiKonkyoAsshuku}), read back whole: form 1 kept every
 * step as computed but each parameter's documentation (名称, 根拠条文, 出典, 注記) once in parameter_doc, named by
 * {@code doc_id}, and left out the readable line of each step, made again here by the engine's own wording; form 0
 * kept everything and is returned as it is.
 */
final class SanteiKonkyoKata1 {

    private static final List<String> ORDER = List.of("id", "name_ja", "nendo", "level", "value", "legal_basis", "source",
            "status", "note");

    private final ObjectMapper mapper;
    /** the stored step carries more than the record (doc ids); what the record lacks is not an error here */
    private final ObjectMapper stepReader;

    SanteiKonkyoKata1(ObjectMapper mapper) {
        this.mapper = mapper;
        this.stepReader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** @param find the documents of parameter_doc by their ids, as JSON */
    JsonNode expand(JsonNode tree, Function<Set<String>, Map<String, JsonNode>> find) {
        Set<String> ids = new HashSet<>();
        tree.path("santei_konkyo").forEach(s -> s.path("parameters").forEach(p -> {
            if (p.has("doc_id")) {
                ids.add(p.get("doc_id").asText());
            }
        }));
        Map<String, JsonNode> byId = ids.isEmpty() ? Map.of() : find.apply(ids);
        for (JsonNode step : tree.path("santei_konkyo")) {
            ArrayNode params = (ArrayNode) step.path("parameters");
            for (int i = 0; i < params.size(); i++) {
                ObjectNode p = (ObjectNode) params.get(i);
                if (!p.has("doc_id")) {
                    continue;
                }
                JsonNode doc = byId.getOrDefault(p.path("doc_id").asText(), mapper.createObjectNode());
                ObjectNode whole = mapper.createObjectNode();
                for (String f : ORDER) {
                    JsonNode v = p.has(f) ? p.get(f) : doc.get(f);
                    if (v != null && !v.isNull()) {
                        whole.set(f, v);
                    }
                }
                params.set(i, whole);
            }
            if (!step.has("setsumei")) {
                ((ObjectNode) step).put("setsumei", setsumei(step));
            }
        }
        return tree;
    }

    /** The readable line of a stored step, by the engine's own wording. */
    private String setsumei(JsonNode step) {
        try {
            return stepReader.treeToValue(step, SanteiKonkyo.Step.class).setsumei();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored step cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
