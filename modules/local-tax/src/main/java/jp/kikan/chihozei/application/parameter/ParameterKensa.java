package jp.kikan.chihozei.application.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * A parameter set sent in a request — a 試算's inline overlays, a municipality's published values loaded through the
 * admin API — checked by the same {@link ParameterLoader} as the shipped files (keys, levels, 年度, value shapes,
 * codes): what it refuses is answered as 400 naming the request's field ({@code parameters.parameters.kyuchi.values[0]
 * .value}) with the loader's rule, never as a 500.
 */
public final class ParameterKensa {

    /** The rule id of a refused parameter set (problem+json {@code code}, each error's {@code rule}). */
    public static final String RULE = "parameter-set";

    private static final String MUNICIPALITY = "shikuchoson.json";
    private static final String PREFECTURE = "todofuken.json";

    private ParameterKensa() {
    }

    /**
     * {@code base} with the municipality's (and optionally the prefecture's) overlay given in place of base's, for a
     * what-if; base is unchanged.
     *
     * @param field     the request's field of the municipality overlay (e.g. {@code parameters})
     * @param prefField the request's field of the prefecture overlay, or null when none is given
     */
    public static ParameterRepository overlaid(ParameterRepository base, JsonNode municipality, String field,
            JsonNode prefecture, String prefField, String note) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MUNICIPALITY, municipality.toString());
        if (prefecture != null) {
            files.put(PREFECTURE, prefecture.toString());
        }
        Map<String, String> fields = Map.of(MUNICIPALITY, field, PREFECTURE, prefField == null ? "" : prefField);
        try {
            return ParameterLoader.overlaid(base, ParameterSource.of(files), prefecture == null ? null : PREFECTURE,
                    MUNICIPALITY, note);
        } catch (ParameterException e) {
            throw refusal(e, fields.getOrDefault(e.file(), field));
        }
    }

    /** A municipality's overlay document (as JSON text) checked against {@code base}, to be put in its place. */
    public static ParameterRepository.Overlay municipality(ParameterRepository base, String document, String field,
            String note) {
        try {
            return ParameterLoader.municipality(base, ParameterSource.of(Map.of(MUNICIPALITY, document)), MUNICIPALITY,
                    note);
        } catch (ParameterException e) {
            throw refusal(e, field);
        }
    }

    public static RuleViolationException refusal(ParameterException e, String prefix) {
        String path = e.path() == null ? "" : e.path();
        String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
        String message = "パラメータ集合の " + (field.isEmpty() ? "内容" : field) + " が正しくありません: " + e.problem();
        StandardErrorCode code = e.missing() ? StandardErrorCode.E0001 : StandardErrorCode.E0004;
        return new RuleViolationException(400, RULE, message,
                List.of(new FieldViolation(field.isEmpty() ? null : field, code, RULE, message)));
    }
}
