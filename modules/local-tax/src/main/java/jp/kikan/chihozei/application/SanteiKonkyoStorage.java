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

/**
 * How an assessment's 算定根拠 is stored: every step as computed, but each parameter's documentation (名称, 根拠条文,
 * 出典, 注記 — the same text in every assessment of a 年度) kept once in parameter_doc and named by its hash; the
 * value, 年度, level and status stay in the step. Read back, the step is whole again, exactly as computed.
 */
@ApplicationScoped
public class SanteiKonkyoStorage {

    private static final List<String> DOC = List.of("name_ja", "legal_basis", "source", "note");
    private static final List<String> ORDER = List.of("id", "name_ja", "nendo", "level", "value", "legal_basis", "source",
            "status", "note");

    @Inject
    TaxJson json;

    @Inject
    ParameterDocStore docs;

    /** The assessment as stored; the documents of its parameters are collected into {@code found}. */
    public String compact(FukaViews.Fuka fuka, Map<String, String> found) {
        ObjectNode tree = json.mapper().valueToTree(fuka);
        for (JsonNode step : tree.path("santei_konkyo")) {
            for (JsonNode p : step.path("parameters")) {
                ObjectNode param = (ObjectNode) p;
                ObjectNode doc = json.mapper().createObjectNode();
                for (String f : DOC) {
                    if (param.has(f)) {
                        doc.set(f, param.remove(f));
                    }
                }
                String text = doc.toString();
                String id = sha256(text);
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
        if (ids.isEmpty()) {
            return tree;
        }
        Map<String, String> byId = docs.find(ids);
        for (JsonNode step : tree.path("santei_konkyo")) {
            var params = (com.fasterxml.jackson.databind.node.ArrayNode) step.path("parameters");
            for (int i = 0; i < params.size(); i++) {
                ObjectNode p = (ObjectNode) params.get(i);
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
        }
        return tree;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
