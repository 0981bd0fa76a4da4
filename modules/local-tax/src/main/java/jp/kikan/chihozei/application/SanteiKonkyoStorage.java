package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.infrastructure.ParameterDocStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * How an assessment's 算定根拠 is stored: every step as computed, but each parameter's documentation (名称, 根拠条文,
 * 出典, 注記 — the same text in every assessment of a 年度) kept once in parameter_doc and named by its hash; the
 * value, 年度, level and status stay in the step. The readable line of each step ({@code setsumei}) is not stored
 * either: it is a function of the step ({@link SanteiKonkyo.Step#setsumei()}) and is made again on read, by the same
 * code. Read back, the step is whole again, exactly as computed (half the bytes an annual job writes).
 */
@ApplicationScoped
public class SanteiKonkyoStorage {

    private static final List<String> DOC = List.of("name_ja", "legal_basis", "source", "note");
    private static final List<String> ORDER = List.of("id", "name_ja", "nendo", "level", "value", "legal_basis", "source",
            "status", "note");

    @Inject
    TaxJson json;

    private com.fasterxml.jackson.databind.ObjectMapper stepReader;

    /** Document text → its id; as many entries as distinct parameter documents (a few hundred per 年度). */
    private final Map<String, String> idByText = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    ParameterDocStore docs;

    /** The assessment as stored; the documents of its parameters are collected into {@code found}. */
    public String compact(FukaViews.Fuka fuka, Map<String, String> found) {
        ObjectNode tree = json.mapper().valueToTree(fuka);
        for (JsonNode step : tree.path("santei_konkyo")) {
            ((ObjectNode) step).remove("setsumei");
            for (JsonNode p : step.path("parameters")) {
                ObjectNode param = (ObjectNode) p;
                ObjectNode doc = json.mapper().createObjectNode();
                for (String f : DOC) {
                    if (param.has(f)) {
                        doc.set(f, param.remove(f));
                    }
                }
                String text = doc.toString();
                // the same few documents come back for every taxpayer: hash each text once
                String id = idByText.computeIfAbsent(text, SanteiKonkyoStorage::sha256);
                found.putIfAbsent(id, text);
                param.put("doc_id", id);
            }
        }
        return tree.toString();
    }

    /** As {@link #compact(FukaViews.Fuka, Map)} for one assessment, keeping its documents at once. */
    public String compact(FukaViews.Fuka fuka) {
        Map<String, String> found = new LinkedHashMap<>();
        String out = compact(fuka, found);
        docs.keep(found);
        return out;
    }

    public void keep(Map<String, String> found) {
        docs.keep(found);
    }

    /** A stored assessment whole again (one stored before documents were kept apart is returned as it is). */
    public JsonNode expand(String stored) {
        JsonNode tree = json.tree(stored);
        Set<String> ids = new HashSet<>();
        tree.path("santei_konkyo").forEach(s -> s.path("parameters").forEach(p -> {
            if (p.has("doc_id")) {
                ids.add(p.get("doc_id").asText());
            }
        }));
        Map<String, String> byId = ids.isEmpty() ? Map.of() : docs.find(ids);
        for (JsonNode step : tree.path("santei_konkyo")) {
            var params = (com.fasterxml.jackson.databind.node.ArrayNode) step.path("parameters");
            for (int i = 0; i < params.size(); i++) {
                ObjectNode p = (ObjectNode) params.get(i);
                if (!p.has("doc_id")) {
                    continue;
                }
                JsonNode doc = json.tree(byId.getOrDefault(p.path("doc_id").asText(), "{}"));
                ObjectNode whole = json.mapper().createObjectNode();
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

    private com.fasterxml.jackson.databind.ObjectMapper stepReader() {
        if (stepReader == null) {
            // the stored step carries more than the record (doc ids); what the record lacks is not an error here
            stepReader = json.mapper().copy()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        return stepReader;
    }

    /** The readable line of a stored step, by the engine's own wording. */
    private String setsumei(JsonNode step) {
        try {
            return stepReader().treeToValue(step, SanteiKonkyo.Step.class).setsumei();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored step cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
