package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.chihozei.infrastructure.ParameterDocStore;
import jp.kikan.chihozei.infrastructure.SanteiKonkyoDocStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;

/**
 * How an assessment's 算定根拠 is stored and read back. Stored in the compact form 2 ({@link SanteiKonkyoAsshuku}):
 * every step as computed, but what every assessment of a 年度 repeats — the rule's and the parameters' documents
 * (名称, 根拠条文, 出典, status, 注記) — kept once in santei_konkyo_doc and named by a key; the readable line of each
 * step ({@code setsumei}) is not stored, it is a function of the step made again on read by the same code. Read back,
 * each step is whole again — rule, article, inputs, each parameter's value with its 年度, level, article, source and
 * status — exactly as computed. Assessments stored in the earlier forms are read as they were ({@link SanteiKonkyoKata1}).
 */
@ApplicationScoped
public class SanteiKonkyoStorage {

    @Inject
    TaxJson json;

    @Inject
    SanteiKonkyoDocStore docs;

    @Inject
    ParameterDocStore kata1Docs;

    private SanteiKonkyoAsshuku asshuku;
    private SanteiKonkyoTenkai tenkai;
    private SanteiKonkyoKata1 kata1;

    /** Documents by key, as read: a kept document never changes, so what was read once stays true. */
    private final Map<String, JsonNode> docCache = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        asshuku = new SanteiKonkyoAsshuku(json.mapper());
        tenkai = new SanteiKonkyoTenkai(json.mapper());
        kata1 = new SanteiKonkyoKata1(json.mapper());
    }

    /** The assessment as stored; the documents it names are collected into {@code found}, kept by {@link #keep}. */
    public String compact(KojinJuminzeiFuka fuka, Map<String, String> found) {
        return asshuku.compact(fuka, found);
    }

    /** As {@link #compact(KojinJuminzeiFuka, Map)} for one assessment, keeping its documents at once. */
    public String compact(KojinJuminzeiFuka fuka) {
        Map<String, String> found = new LinkedHashMap<>();
        String out = compact(fuka, found);
        docs.keep(found);
        return out;
    }

    /** Keeps the documents collected (in the caller's transaction, with the assessments naming them). */
    public void keep(Map<String, String> found) {
        docs.keep(found);
    }

    /** A stored assessment whole again, as the contract's schema KojinJuminzeiFuka. */
    public JsonNode expand(String stored) {
        JsonNode tree = json.tree(stored);
        if (!tree.has(SanteiKonkyoAsshuku.KATA)) {
            return kata1.expand(tree, ids -> parse(kata1Docs.find(ids)));
        }
        List<String> shapes = SanteiKonkyoTenkai.keys(tree);
        load(shapes);
        load(SanteiKonkyoTenkai.parameterKeys(shapes.stream().map(docCache::get).filter(d -> d != null).toList()));
        return tenkai.expand((ObjectNode) tree, docCache);
    }

    /** Reads the documents not read yet (a kept document never changes: what was read once stays true). */
    private void load(List<String> keys) {
        Set<String> missing = new LinkedHashSet<>();
        for (String k : keys) {
            if (!docCache.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            docCache.putAll(parse(docs.find(missing)));
        }
    }

    private Map<String, JsonNode> parse(Map<String, String> texts) {
        Map<String, JsonNode> out = new HashMap<>();
        texts.forEach((k, v) -> out.put(k, json.tree(v)));
        return out;
    }
}
