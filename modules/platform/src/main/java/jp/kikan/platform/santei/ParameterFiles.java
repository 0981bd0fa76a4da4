package jp.kikan.platform.santei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * A levying engine's dated parameters as YAML files on the class path under one folder: {@code index.yaml} names the
 * national file ({@code kuni}) and the insurers' files ({@code municipalities}, each with its {@code dantai_code} and
 * {@code parameters}); read once, when first asked. A parameter is {@code {name_ja, legal_basis, legal_basis_note?,
 * source, values: [{nendo: R6..R8, value, status, note?}]}}, its 年度 written as 令和 years ({@code R6} or a range
 * {@code R6..R8}) — every rate or threshold is a dated value with the law and the public page it comes from, never a
 * literal in the code.
 */
public final class ParameterFiles {

    /**
     * The value of one parameter for a 年度.
     *
     * @param legalBasis the article (with its note in （）), from the basis field asked for where the file has it
     * @param status     confirmed, inferred or unconfirmed
     * @param note       what is not confirmed, may be null
     */
    public record Value(String id, String nameJa, int nendo, JsonNode value, String legalBasis, String source,
            String status, String note) {
    }

    private record Loaded(JsonNode kuni, Map<String, JsonNode> municipalities) {
    }

    private final ObjectMapper yaml;
    private final String base;
    private volatile Loaded loaded;

    /**
     * @param yaml a YAML reader (the service's {@code new ObjectMapper(new YAMLFactory())})
     * @param base the folder on the class path, ending in {@code /} (e.g. {@code parameters/kaigo/})
     */
    public ParameterFiles(ObjectMapper yaml, String base) {
        this.yaml = yaml;
        this.base = base;
    }

    /** The national parameters (the law fixes them). */
    public JsonNode kuni() {
        return load().kuni();
    }

    /** The parameters of the insurer's 条例, or null where the municipality has none. */
    public JsonNode municipality(String lgCode) {
        JsonNode doc = document(lgCode);
        return doc == null ? null : doc.get("parameters");
    }

    /** The insurer's whole shipped document ({@code dantai_code}, {@code name_ja}, {@code parameters}), or null. */
    public JsonNode document(String lgCode) {
        return load().municipalities().get(lgCode);
    }

    /**
     * The value of the parameter for the 年度, refused (422, E0004) where the file has none for it.
     *
     * @param basisField the field naming the legal basis ({@code legal_basis} where the file lacks this one)
     * @param seido      the levy's name in the refusal (「…年度の{seido}のパラメータ（…）がありません」)
     */
    public static Value value(JsonNode doc, String id, int nendo, String basisField, String seido) {
        JsonNode p = doc.get(id);
        if (p == null) {
            String message = seido + "のパラメータ " + id + " がありません";
            throw new RuleViolationException(422, "parameter-nashi", message, java.util.List.of(
                    new jp.kikan.platform.problem.FieldViolation("parameters." + id, StandardErrorCode.E0001, "parameter-nashi", message)));
        }
        String basis = p.has(basisField) ? basisField : "legal_basis";
        for (JsonNode v : p.get("values")) {
            String[] range = v.get("nendo").asText().split("\\.\\.");
            if (nendo >= reiwa(range[0]) && nendo <= reiwa(range[range.length - 1])) {
                String legal = p.get(basis).asText() + (p.has("legal_basis_note") ? "（" + p.get("legal_basis_note").asText() + "）" : "");
                return new Value(id, p.get("name_ja").asText(), nendo, v.get("value"), legal, p.get("source").asText(),
                        v.get("status").asText(), v.has("note") ? v.get("note").asText() : null);
            }
        }
        throw new NendoNashi(id, nendo + "年度の" + seido + "のパラメータ（" + p.get("name_ja").asText() + "）がありません");
    }

    /**
     * No value of the parameter for the 年度 (422, field {@code nendo}: the request's 年度); {@link #id} names the
     * parameter, for a check of a loaded document that names the document's field instead.
     */
    public static final class NendoNashi extends RuleViolationException {
        private final String id;

        NendoNashi(String id, String message) {
            super("parameter-nashi", "nendo", StandardErrorCode.E0004, message);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** 令和 {@code R<n>} as the western year (令和元年 = 2019). */
    static int reiwa(String r) {
        return 2018 + Integer.parseInt(r.substring(1));
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    JsonNode index = read("index.yaml");
                    Map<String, JsonNode> m = new HashMap<>();
                    index.get("municipalities").forEach(f -> {
                        JsonNode doc = read(f.asText());
                        m.put(doc.get("dantai_code").asText(), doc);
                    });
                    l = loaded = new Loaded(read(index.get("kuni").asText()), m);
                }
            }
        }
        return l;
    }

    private JsonNode read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(base + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + base + file);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
