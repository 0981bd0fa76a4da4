package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterId;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;

/**
 * Reads {@code index.yaml}, the national files and the overlays, and checks them all before anything is
 * used: unknown files keys or parameters, a parameter in a file of the wrong level, a national parameter
 * without a value for some 年度 of the index, overlapping 年度, gaps in a bracket table, bad codes.
 */
public final class ParameterLoader {

    private static final String NATIONAL = "全国";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ParameterSource source;

    private ParameterLoader(ParameterSource source) {
        this.source = source;
    }

    /** The defaults shipped in the jar. */
    public static ParameterRepository loadDefaults() {
        return load(ParameterSource.classpath());
    }

    public static ParameterRepository load(ParameterSource source) {
        return new ParameterLoader(source).load();
    }

    /**
     * A set of its own for a what-if (a 試算 carrying a city's published values): {@code base}'s national values with
     * the given overlays in place of base's for that prefecture and municipality. The files are checked exactly as
     * the files of the index (same keys, levels, 年度 of base's index, codes); {@code base} is not changed.
     *
     * @param prefectureFile   a prefecture overlay among {@code files}, or null to keep base's prefectures
     * @param municipalityFile a municipality overlay among {@code files}; its todofuken is base's or the one given
     * @param note             what the level of each value says besides the name and code (e.g. 試算の入力)
     */
    public static ParameterRepository overlaid(ParameterRepository base, ParameterSource files, String prefectureFile,
            String municipalityFile, String note) {
        ParameterLoader loader = new ParameterLoader(files);
        Map<String, ParameterRepository.Overlay> prefectures = new LinkedHashMap<>(base.prefectureOverlays());
        ParameterRepository.Overlay pref = null;
        if (prefectureFile != null) {
            pref = loader.overlay(loader.file(prefectureFile), false, base.nendo(), prefectures, note);
            prefectures.put(pref.code(), pref);
        }
        Node city = loader.file(municipalityFile);
        ParameterRepository.Overlay o = loader.overlay(city, true, base.nendo(), prefectures, note);
        if (pref != null && !pref.code().equals(o.todofukenCode())) {
            throw city.get("todofuken").error("the prefecture overlay given is " + pref.code() + ", not this municipality's "
                    + o.todofukenCode());
        }
        return base.with(pref, o);
    }

    /**
     * A municipality's overlay checked against {@code base} (its 年度, its prefectures) as a file of the index is, to be
     * put in base's place with {@link ParameterRepository#replace} (a municipality's published values loaded through
     * the admin API).
     */
    public static ParameterRepository.Overlay municipality(ParameterRepository base, ParameterSource files, String file,
            String note) {
        ParameterLoader loader = new ParameterLoader(files);
        return loader.overlay(loader.file(file), true, base.nendo(), base.prefectureOverlays(), note);
    }

    private ParameterRepository load() {
        Node index = file("index.yaml").allowOnly("nendo", "national", "prefectures", "municipalities");
        List<Nendo> nendo = new ArrayList<>();
        for (Node n : index.get("nendo").list()) {
            try {
                Nendo parsed = Nendo.parse(n.asText());
                if (nendo.contains(parsed)) {
                    throw n.error(parsed.key() + " is listed twice");
                }
                nendo.add(parsed);
            } catch (IllegalArgumentException e) {
                throw n.error(e.getMessage());
            }
        }
        if (nendo.isEmpty()) {
            throw index.get("nendo").error("at least one 年度");
        }
        Map<ParameterId, Definition> national = new EnumMap<>(ParameterId.class);
        for (Node f : index.get("national").list()) {
            Node file = file(f.asText());
            for (String key : file.keys()) {
                ParameterId id = known(file, key);
                if (!id.scope().national()) {
                    throw file.get(key).error("'" + key + "' is set by a " + (id.scope().prefecture() ? "prefecture" : "municipality")
                            + " overlay, not in a national file");
                }
                if (national.containsKey(id)) {
                    throw file.get(key).error("'" + key + "' is defined in two national files");
                }
                Definition d = Definition.read(id, file.get(key), NATIONAL, nendo);
                d.requireEvery(nendo, file.get(key));
                national.put(id, d);
            }
        }
        for (ParameterId id : ParameterId.values()) {
            if (id.scope().national() && !national.containsKey(id)) {
                throw new ParameterException("index.yaml: national parameter '" + id.key() + "' is in none of the national files");
            }
        }
        Map<String, ParameterRepository.Overlay> prefectures = new LinkedHashMap<>();
        for (Node f : index.opt("prefectures").map(Node::list).orElse(List.of())) {
            ParameterRepository.Overlay o = overlay(file(f.asText()), false, nendo, prefectures, null);
            prefectures.put(o.code(), o);
        }
        Map<String, ParameterRepository.Overlay> municipalities = new LinkedHashMap<>();
        for (Node f : index.opt("municipalities").map(Node::list).orElse(List.of())) {
            ParameterRepository.Overlay o = overlay(file(f.asText()), true, nendo, prefectures, null);
            if (municipalities.put(o.code(), o) != null) {
                throw f.error("municipality " + o.code() + " is listed twice");
            }
        }
        return new ParameterRepository(nendo, national, prefectures, municipalities);
    }

    private ParameterRepository.Overlay overlay(Node file, boolean municipality, List<Nendo> nendo,
            Map<String, ParameterRepository.Overlay> prefectures, String note) {
        if (municipality) {
            file.allowOnly("dantai_code", "name_ja", "todofuken", "source", "parameters");
        } else {
            file.allowOnly("dantai_code", "name_ja", "source", "parameters");
        }
        String code = code(file.get("dantai_code"));
        String nameJa = file.get("name_ja").asText();
        String todofuken = null;
        if (municipality) {
            Node t = file.get("todofuken");
            todofuken = code(t);
            if (!prefectures.containsKey(todofuken)) {
                throw t.error("prefecture " + todofuken + " has no file in the index (prefectures:)");
            }
            if (!todofuken.substring(0, 2).equals(code.substring(0, 2))) {
                throw t.error("prefecture " + todofuken + " does not match the municipality's code " + code);
            }
        } else if (!code.substring(2, 5).equals("000")) {
            throw file.get("dantai_code").error("a prefecture's code ends in 000 + check digit, found " + code);
        }
        String level = nameJa + " (" + code + (note == null ? "" : ", " + note) + ")";
        Map<ParameterId, Definition> defs = new EnumMap<>(ParameterId.class);
        Node params = file.get("parameters");
        for (String key : params.keys()) {
            ParameterId id = known(params, key);
            boolean allowed = municipality ? id.scope().municipality() : id.scope().prefecture();
            if (!allowed) {
                throw params.get(key).error("'" + key + "' cannot be set by a " + (municipality ? "municipality" : "prefecture")
                        + " (it is " + id.scope().name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
            defs.put(id, Definition.read(id, params.get(key), level, nendo));
        }
        return new ParameterRepository.Overlay(code, nameJa, todofuken, level, defs);
    }

    private static ParameterId known(Node file, String key) {
        return ParameterId.ofKey(key).orElseThrow(() -> file.error("unknown parameter '" + key + "'"));
    }

    private static String code(Node node) {
        String c = node.asText();
        if (!ChihoKokyoDantaiCode.isValid(c)) {
            throw node.error("not a 全国地方公共団体コード with a valid check digit: " + c);
        }
        return c;
    }

    private Node file(String name) {
        String text = source.read(name);
        try {
            // a set sent in a request is JSON (read as JSON: YAML would accept what the contract's JSON does not mean)
            JsonNode json = (name.endsWith(".json") ? this.json : yaml).readTree(text);
            if (json == null || json.isMissingNode() || !json.isObject()) {
                String problem = "expected a mapping at the top of the file";
                throw new ParameterException(name + ": " + problem, name, "", problem, false);
            }
            return new Node(json, name);
        } catch (JsonProcessingException e) {
            throw new ParameterException(name + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
