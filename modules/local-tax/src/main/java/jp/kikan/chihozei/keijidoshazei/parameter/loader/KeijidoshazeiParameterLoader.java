package jp.kikan.chihozei.keijidoshazei.parameter.loader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;

/**
 * Reads {@code parameters/keijidoshazei/keijidoshazei.yaml} — the 年度 covered and every parameter with its legal basis,
 * source, status and dated values — and refuses, naming the place: an unknown key or parameter, a parameter without
 * a value for some 年度 covered (but {@code green_tokurei}), overlapping 年度, a rate table missing a class, a bad code.
 * Also reads a 試算's inline set: values of some parameters for some 年度, checked the same way.
 */
public final class KeijidoshazeiParameterLoader {

    static final String NATIONAL = "全国";
    private static final String FILE = "keijidoshazei.yaml";
    private static final Set<String> ENTRY = Set.of("name_ja", "legal_basis", "legal_basis_note", "source", "status", "note",
            "values");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private KeijidoshazeiParameterLoader() {
    }

    public static KeijidoshazeiParameterRepository loadDefaults() {
        return load(ParameterSource.classpath("parameters/keijidoshazei/"));
    }

    public static KeijidoshazeiParameterRepository load(ParameterSource source) {
        JsonNode tree;
        try {
            tree = YAML.readTree(source.read(FILE));
        } catch (JsonProcessingException e) {
            throw new KeijidoshazeiParameterException(FILE, "", e.getOriginalMessage());
        }
        Yomi top = new Yomi(tree, FILE, "").only(Set.of("nendo", "parameters"));
        int[] range = range(top.get("nendo"));
        Yomi params = top.get("parameters");
        Map<ParameterKomoku, List<KeijidoshazeiParameterRepository.Atai>> values = new EnumMap<>(ParameterKomoku.class);
        for (String id : params.keys()) {
            Yomi p = params.get(id).only(ENTRY);
            ParameterKomoku k = ParameterKomoku.of(id).orElseThrow(() -> params.error("unknown parameter '" + id + "'"));
            List<KeijidoshazeiParameterRepository.Atai> list = new ArrayList<>();
            for (Yomi v : p.get("values").list()) {
                v.only(Set.of("nendo", "value", "status", "note"));
                int[] r = range(v.get("nendo"));
                if (r[0] < range[0] || r[1] > range[1]) {
                    throw v.get("nendo").error("outside the 年度 covered");
                }
                for (var earlier : list) {
                    if (r[0] <= earlier.to() && earlier.from() <= r[1]) {
                        throw v.get("nendo").error("overlaps another entry's 年度");
                    }
                }
                Object value = k.read(v.get("value"), null);
                for (int n = r[0]; n <= r[1]; n++) {
                    list.add(new KeijidoshazeiParameterRepository.Atai(n, n, value, ref(p, v, id, n, NATIONAL)));
                }
            }
            values.put(k, list);
        }
        for (ParameterKomoku k : ParameterKomoku.values()) {
            if (!k.everyNendo()) {
                continue;
            }
            for (int n = range[0]; n <= range[1]; n++) {
                final int nendo = n;
                if (values.getOrDefault(k, List.of()).stream().noneMatch(a -> a.from() == nendo)) {
                    throw params.error("parameter '" + k.id() + "' has no value for " + new Nendo(n).label());
                }
            }
        }
        return new KeijidoshazeiParameterRepository(range[0], range[1], values);
    }

    /**
     * A 試算's own set: {@code base} with the values of {@code inline} ({@code {"zeiritsu": {"source": …, "values":
     * [{"nendo": "R7", "value": {…}}]}}}) in place of base's for those 年度; a rate table given in part changes only
     * the classes given. Each value is named with {@code level} in the 算定根拠. Refused naming {@code field}'s path.
     */
    public static KeijidoshazeiParameterRepository inline(KeijidoshazeiParameterRepository base, JsonNode inline, String field,
            String level) {
        Yomi top = new Yomi(inline, field, "");
        Map<ParameterKomoku, List<KeijidoshazeiParameterRepository.Atai>> values = new EnumMap<>(ParameterKomoku.class);
        for (String id : top.keys()) {
            Yomi p = top.get(id).only(Set.of("source", "note", "values"));
            ParameterKomoku k = ParameterKomoku.of(id).orElseThrow(() -> top.error("unknown parameter '" + id + "'"));
            List<KeijidoshazeiParameterRepository.Atai> list = new ArrayList<>();
            for (Yomi v : p.get("values").list()) {
                v.only(Set.of("nendo", "value"));
                int[] r = range(v.get("nendo"));
                for (int n = r[0]; n <= r[1]; n++) {
                    if (n < base.from() || n > base.to()) {
                        throw v.get("nendo").error(new Nendo(n).label() + " has no parameters");
                    }
                    var was = base.atai(k, n);
                    Object value = k.read(v.get("value"), was == null ? null : was.value());
                    ParameterRef b = was != null ? was.ref() : null;
                    String source = p.has("source") ? p.get("source").text() : level;
                    String note = p.has("note") ? p.get("note").text() : null;
                    list.add(new KeijidoshazeiParameterRepository.Atai(n, n, value, new ParameterRef(id,
                            b != null ? b.nameJa() : id, new Nendo(n).label(), level, b != null ? b.legalBasis() : "unknown",
                            b != null ? b.legalBasisNote() : null, source, ParameterStatus.UNCONFIRMED, note)));
                }
            }
            values.put(k, list);
        }
        return base.with(values);
    }

    /** The parameter's documentation; a value entry's own {@code status} / {@code note} win (a 年度 less sure). */
    private static ParameterRef ref(Yomi p, Yomi v, String id, int nendo, String level) {
        Yomi s = v.has("status") ? v.get("status") : p.get("status");
        ParameterStatus status;
        try {
            status = ParameterStatus.of(s.text());
        } catch (IllegalArgumentException e) {
            throw s.error(e.getMessage());
        }
        String note = v.has("note") ? v.get("note").text() : p.has("note") ? p.get("note").text() : null;
        return new ParameterRef(id, p.get("name_ja").text(), new Nendo(nendo).label(), level, p.get("legal_basis").text(),
                p.has("legal_basis_note") ? p.get("legal_basis_note").text() : null, p.get("source").text(), status, note);
    }

    /** {@code R4..R8} or {@code R7} → the 西暦 years. */
    private static int[] range(Yomi v) {
        String t = v.text().strip();
        String[] parts = t.split("\\.\\.", -1);
        try {
            int a = Nendo.parse(parts[0]).seireki();
            int b = parts.length == 2 ? Nendo.parse(parts[1]).seireki() : a;
            if (parts.length > 2 || b < a) {
                throw v.error("expected R7 or R4..R8, found '" + t + "'");
            }
            return new int[] {a, b};
        } catch (IllegalArgumentException e) {
            throw v.error("expected R7 or R4..R8, found '" + t + "'");
        }
    }
}
