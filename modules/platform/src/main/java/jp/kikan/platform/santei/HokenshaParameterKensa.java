package jp.kikan.platform.santei;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The checks an insurer's parameter document loaded through a service's admin API passes before the service builds its
 * parameters from it (the same form as a shipped {@code municipalities/*.yaml}, see {@link ParameterFiles}):
 * {@code dantai_code}, {@code name_ja}, {@code source} (出典) and {@code parameters}, each parameter with its name, legal
 * basis, source and dated values whose 年度 ranges do not overlap. A refusal is 422 naming the document's field.
 */
public final class HokenshaParameterKensa {

    /** The rule id of a refused document (problem+json {@code code}, each error's {@code rule}). */
    public static final String RULE = "parameter-invalid";

    private static final Pattern NENDO = Pattern.compile("R[0-9]{1,2}(\\.\\.R[0-9]{1,2})?");
    private static final Set<String> STATUS = Set.of("confirmed", "inferred", "unconfirmed");

    private HokenshaParameterKensa() {
    }

    /** Refuses (422) a document that is not of the shipped files' form. */
    public static void katachi(JsonNode doc) {
        for (String f : List.of("dantai_code", "name_ja", "source")) {
            if (!doc.path(f).isTextual() || doc.get(f).asText().isBlank()) {
                throw invalid(f, StandardErrorCode.E0001, "パラメータの " + f + " がありません");
            }
        }
        JsonNode params = doc.path("parameters");
        if (!params.isObject() || params.isEmpty()) {
            throw invalid("parameters", StandardErrorCode.E0001, "パラメータ (parameters) がありません");
        }
        params.fields().forEachRemaining(e -> teigi("parameters." + e.getKey(), e.getValue()));
    }

    private static void teigi(String at, JsonNode p) {
        for (String f : List.of("name_ja", "legal_basis", "source")) {
            if (!p.path(f).isTextual() || p.get(f).asText().isBlank()) {
                throw invalid(at + "." + f, StandardErrorCode.E0001, "パラメータ " + at + " の " + f + " がありません");
            }
        }
        JsonNode values = p.path("values");
        if (!values.isArray() || values.isEmpty()) {
            throw invalid(at + ".values", StandardErrorCode.E0001, "パラメータ " + at + " に年度ごとの値 (values) がありません");
        }
        Set<Integer> seen = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String vat = at + ".values[" + i + "]";
            String nendo = v.path("nendo").asText("");
            if (!NENDO.matcher(nendo).matches()) {
                throw invalid(vat + ".nendo", StandardErrorCode.E0004, "年度は R7 または R6..R8 の形で書いてください（" + nendo + "）");
            }
            if (!STATUS.contains(v.path("status").asText(""))) {
                throw invalid(vat + ".status", StandardErrorCode.E0004, "確認状態は confirmed・inferred・unconfirmed のいずれかです");
            }
            if (!v.has("value") || v.get("value").isNull()) {
                throw invalid(vat + ".value", StandardErrorCode.E0001, "値 (value) がありません");
            }
            int[] r = range(nendo);
            if (r[0] > r[1]) {
                throw invalid(vat + ".nendo", StandardErrorCode.E0004, "年度の範囲が逆になっています（" + nendo + "）");
            }
            for (int n = r[0]; n <= r[1]; n++) {
                if (!seen.add(n)) {
                    throw invalid(vat + ".nendo", StandardErrorCode.E0004, "年度の範囲が他の値と重なっています（" + nendo + "）");
                }
            }
        }
    }

    /** Every 年度 (western year) that a value of the document's parameters covers, in order. */
    public static Set<Integer> nendos(JsonNode parameters) {
        Set<Integer> out = new TreeSet<>();
        parameters.forEach(p -> p.path("values").forEach(v -> {
            int[] r = range(v.path("nendo").asText());
            for (int n = r[0]; n <= r[1]; n++) {
                out.add(n);
            }
        }));
        return out;
    }

    private static int[] range(String nendo) {
        String[] r = nendo.split("\\.\\.");
        return new int[] {ParameterFiles.reiwa(r[0]), ParameterFiles.reiwa(r[r.length - 1])};
    }

    /** A refusal (422) naming the document's field. */
    public static RuleViolationException invalid(String field, StandardErrorCode code, String message) {
        return new RuleViolationException(422, RULE, message, List.of(new FieldViolation(field, code, RULE, message)));
    }
}
