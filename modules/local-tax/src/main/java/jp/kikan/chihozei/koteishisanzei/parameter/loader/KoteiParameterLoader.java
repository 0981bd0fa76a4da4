package jp.kikan.chihozei.koteishisanzei.parameter.loader;

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
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParameterId;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;

/**
 * Reads {@code parameters/koteishisanzei/index.yaml}, the national file and the municipalities' overlays, checking
 * everything before use (the same rules as 個人住民税's loader): unknown keys or parameters, a parameter in a file of the
 * wrong level, a national parameter without a value for some 年度, overlapping 年度, bad codes, and a 都市計画税 rate
 * above the 制限税率 of its 年度 (地方税法第702条の4).
 */
public final class KoteiParameterLoader {

    public static final String ROOT = "parameters/koteishisanzei/";
    private static final String NATIONAL = "全国";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ParameterSource source;

    private KoteiParameterLoader(ParameterSource source) {
        this.source = source;
    }

    public static KoteiParameterRepository loadDefaults() {
        return load(ParameterSource.classpath(ROOT));
    }

    public static KoteiParameterRepository load(ParameterSource source) {
        return new KoteiParameterLoader(source).load();
    }

    /** {@code base} with a municipality's overlay (a 試算's inline set) in place of base's; base is unchanged. */
    public static KoteiParameterRepository overlaid(KoteiParameterRepository base, ParameterSource files, String file,
            String note) {
        KoteiParameterLoader l = new KoteiParameterLoader(files);
        return base.with(l.overlay(l.file(file), base.nendo(), base.national(), note));
    }

    private KoteiParameterRepository load() {
        Yomi index = file("index.yaml").only("nendo", "national", "municipalities");
        List<Nendo> nendo = new ArrayList<>();
        for (Yomi n : index.get("nendo").list()) {
            try {
                Nendo parsed = Nendo.parse(n.text());
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
        Map<KoteiParameterId, KoteiDefinition> national = new EnumMap<>(KoteiParameterId.class);
        for (Yomi f : index.get("national").list()) {
            Yomi file = file(f.text());
            for (String key : file.keys()) {
                KoteiParameterId id = known(file, key);
                if (!id.scope().national()) {
                    throw file.get(key).error("'" + key + "' is set by a municipality overlay, not in a national file");
                }
                if (national.containsKey(id)) {
                    throw file.get(key).error("'" + key + "' is defined in two national files");
                }
                KoteiDefinition d = KoteiDefinition.read(id, file.get(key), NATIONAL, nendo);
                d.requireEvery(nendo, file.get(key));
                national.put(id, d);
            }
        }
        for (KoteiParameterId id : KoteiParameterId.values()) {
            if (id.scope() != KoteiParameterId.Scope.MUNICIPALITY && !national.containsKey(id)) {
                throw new ParameterException("index.yaml: national parameter '" + id.key() + "' is in none of the national files");
            }
        }
        Map<String, KoteiParameterRepository.Overlay> cities = new LinkedHashMap<>();
        for (Yomi f : index.opt("municipalities").map(Yomi::list).orElse(List.of())) {
            KoteiParameterRepository.Overlay o = overlay(file(f.text()), nendo, national, null);
            if (cities.put(o.code(), o) != null) {
                throw f.error("municipality " + o.code() + " is listed twice");
            }
        }
        return new KoteiParameterRepository(nendo, national, cities);
    }

    private KoteiParameterRepository.Overlay overlay(Yomi file, List<Nendo> nendo,
            Map<KoteiParameterId, KoteiDefinition> national, String note) {
        file.only("dantai_code", "name_ja", "source", "parameters");
        Yomi c = file.get("dantai_code");
        String code = c.text();
        if (!ChihoKokyoDantaiCode.isValid(code) || code.substring(2, 5).equals("000")) {
            throw c.error("not a municipality's 全国地方公共団体コード with a valid check digit: " + code);
        }
        String nameJa = file.get("name_ja").text();
        file.get("source").text();
        String level = nameJa + " (" + code + (note == null ? "" : ", " + note) + ")";
        Map<KoteiParameterId, KoteiDefinition> defs = new EnumMap<>(KoteiParameterId.class);
        Yomi params = file.get("parameters");
        for (String key : params.keys()) {
            KoteiParameterId id = known(params, key);
            if (!id.scope().municipality()) {
                throw params.get(key).error("'" + key + "' cannot be set by a municipality (it is national)");
            }
            KoteiDefinition d = KoteiDefinition.read(id, params.get(key), level, nendo);
            if (id == KoteiParameterId.TOSHI_KEIKAKU_ZEIRITSU) {
                withinSeigen(d, national.get(KoteiParameterId.TOSHI_KEIKAKU_SEIGEN_ZEIRITSU));
            }
            defs.put(id, d);
        }
        return new KoteiParameterRepository.Overlay(code, nameJa, level, defs);
    }

    /** 地方税法第702条の4: 都市計画税の税率は 100分の0.3 を超えることができない — checked for every 年度 the city sets. */
    private static void withinSeigen(KoteiDefinition city, KoteiDefinition seigen) {
        for (KoteiDefinition.Entry e : city.entries()) {
            for (KoteiDefinition.Entry s : seigen.entries()) {
                boolean overlaps = !(e.to().compareTo(s.from()) < 0 || e.from().compareTo(s.to()) > 0);
                Ritsu r = (Ritsu) e.value();
                Ritsu max = (Ritsu) s.value();
                if (overlaps && r.times(1_000_000_000L).compareTo(max.times(1_000_000_000L)) > 0) {
                    throw e.where().get("value").error("都市計画税の税率 " + r + " は制限税率 " + max + " を超えています（地方税法第702条の4）");
                }
            }
        }
    }

    private static KoteiParameterId known(Yomi file, String key) {
        return KoteiParameterId.ofKey(key).orElseThrow(() -> file.error("unknown parameter '" + key + "'"));
    }

    private Yomi file(String name) {
        String text = source.read(name);
        try {
            JsonNode tree = (name.endsWith(".json") ? json : yaml).readTree(text);
            if (tree == null || tree.isMissingNode() || !tree.isObject()) {
                throw new ParameterException(name + ": expected a mapping at the top of the file", name, "",
                        "expected a mapping at the top of the file", false);
            }
            return new Yomi(tree, name, "");
        } catch (JsonProcessingException e) {
            throw new ParameterException(name + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
