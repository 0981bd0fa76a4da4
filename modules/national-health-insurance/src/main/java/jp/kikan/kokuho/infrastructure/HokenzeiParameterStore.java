package jp.kikan.kokuho.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import jp.kikan.kokuho.hokenzei.domain.FukaKeishiki;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.hokenzei.parameter.KeigenKijun;
import jp.kikan.kokuho.hokenzei.parameter.KyuyoShotokushaKijun;
import jp.kikan.kokuho.hokenzei.parameter.Nokigen;
import jp.kikan.kokuho.hokenzei.parameter.Param;
import jp.kikan.kokuho.hokenzei.parameter.TokuteiSetaiKijun;
import jp.kikan.kokuho.hokenzei.parameter.Zeiritsu;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.parameter.LoadedParameters;
import jp.kikan.platform.santei.HokenshaParameterKensa;
import jp.kikan.platform.santei.ParameterFiles;

/**
 * The engine's dated parameters from the YAML files under {@code parameters/kokuho/} (index.yaml): the national ones
 * (kuni.yaml) merged with the insurer's (municipalities/*.yaml), built once per (municipality, 年度).
 */
@ApplicationScoped
public class HokenzeiParameterStore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BASE = "parameters/kokuho/";
    /** The level of a simulation's own rates. */
    public static final String INLINE = "inline";

    private final Map<String, HokenzeiParameters> cache = new ConcurrentHashMap<>();
    private final ParameterFiles files = new ParameterFiles(YAML, BASE);

    @Inject
    LoadedParameters loaded;

    /** The parameters of the 年度: the insurer's latest loaded version (admin API) if any, else its shipped file. */
    public HokenzeiParameters parameters(String lgCode, int nendo) {
        Optional<LoadedParameters.Loaded> l = loaded == null ? Optional.empty() : loaded.current(lgCode);
        if (l.isPresent()) {
            LoadedParameters.Loaded v = l.get();
            return cache.computeIfAbsent(lgCode + ":" + nendo + ":" + v.version(),
                    k -> build(lgCode, nendo, v.parameters(), v.level(lgCode)));
        }
        return cache.computeIfAbsent(lgCode + ":" + nendo, k -> build(lgCode, nendo, files.municipality(lgCode), lgCode));
    }

    /**
     * A simulation's own rates (request field {@code parameters}: per 区分 所得割率・均等割・平等割, optionally 限度額 per
     * 区分 over the national ones, 端数, 賦課の形式) over the national parameters of the 年度, built and checked as a loaded
     * document is; each value's level is {@code inline}. No 納期 (a 試算 has no 期別).
     */
    public HokenzeiParameters inline(String lgCode, int nendo, JsonNode p) {
        JsonNode kuni = files.kuni();
        ObjectNode city = YAML.createObjectNode();
        String r = "R" + (nendo - 2018);
        p.get("zeiritsu").fields().forEachRemaining(e -> inlineParam(city, "zeiritsu_" + e.getKey(),
                Kubun.of(e.getKey()).nameJa() + "の税率（試算の入力）", r, e.getValue()));
        if (p.has("gendogaku")) {
            ObjectNode caps = ParameterFiles.value(kuni, "gendogaku", nendo, "legal_basis", "国民健康保険税（料）").value().deepCopy();
            p.get("gendogaku").fields().forEachRemaining(e -> caps.set(e.getKey(), e.getValue()));
            inlineParam(city, "gendogaku", "賦課限度額（試算の入力、指定のない区分は国の額）", r, caps);
        }
        inlineParam(city, "hasu_tani", "年税額の端数処理（試算の入力）", r, YAML.getNodeFactory().numberNode(p.path("hasu_tani").asLong(1)));
        inlineParam(city, "fuka_keishiki", "賦課の形式（試算の入力）", r,
                YAML.getNodeFactory().textNode(p.path("fuka_keishiki").asText("hokenzei")));
        try {
            return build(kuni, city, nendo, lgCode, INLINE);
        } catch (RuleViolationException e) {
            String field = e.violations().isEmpty() || e.violations().get(0).field() == null ? "parameters"
                    : e.violations().get(0).field().replace("parameters.zeiritsu_", "parameters.zeiritsu.");
            throw HokenshaParameterKensa.invalid(field, StandardErrorCode.E0004, e.getMessage());
        }
    }

    private static void inlineParam(ObjectNode city, String id, String nameJa, String nendo, JsonNode value) {
        ObjectNode param = city.putObject(id);
        param.put("name_ja", nameJa);
        param.put("legal_basis", "試算の入力");
        param.put("source", "試算の入力（パラメータの指定）");
        ObjectNode v = param.putArray("values").addObject();
        v.put("nendo", nendo);
        v.put("status", INLINE);
        v.set("value", value);
    }

    /** The insurer's document shipped in the jar, or null. */
    public JsonNode shipped(String lgCode) {
        return files.document(lgCode);
    }

    /**
     * Checks an insurer's document to be loaded: the parameters are built from it for every 年度 it covers, exactly as
     * for a 賦課 (refused: 422 naming the document's field).
     */
    public void check(String lgCode, JsonNode document) {
        JsonNode city = document.get("parameters");
        for (int nendo : HokenshaParameterKensa.nendos(city)) {
            try {
                build(lgCode, nendo, city, lgCode);
            } catch (ParameterFiles.NendoNashi e) {
                throw HokenshaParameterKensa.invalid("parameters." + e.id(), StandardErrorCode.E0001, e.getMessage());
            }
        }
    }

    private HokenzeiParameters build(String lgCode, int nendo, JsonNode city, String level) {
        JsonNode kuni = files.kuni();
        if (city == null) {
            throw new RuleViolationException("parameter-nashi", "この団体の国民健康保険税（料）の税率・料率（条例）が登録されていません");
        }
        return build(kuni, city, nendo, lgCode, level);
    }

    /** The insurer's {@code city} parameters over the national ones of the 年度, its values named as of {@code level}. */
    private static HokenzeiParameters build(JsonNode kuni, JsonNode city, int nendo, String lgCode, String level) {
        Param<FukaKeishiki> keishiki = param(city, "fuka_keishiki", nendo, level, v -> FukaKeishiki.of(v.asText()), null);
        FukaKeishiki f = keishiki.value();
        Map<Kubun, Param<Zeiritsu>> rates = new EnumMap<>(Kubun.class);
        Map<Kubun, Param<Long>> caps = new EnumMap<>(Kubun.class);
        for (Kubun k : Kubun.values()) {
            if (city.has("zeiritsu_" + k.code())) {
                rates.put(k, param(city, "zeiritsu_" + k.code(), nendo, level, v -> new Zeiritsu(
                        new BigDecimal(v.get("shotokuwari").asText()).movePointRight(4).longValueExact(),
                        v.get("kintowari").asLong(), v.get("byodowari").asLong()), f));
                JsonNode src = city.has("gendogaku") ? city : kuni;
                Param<JsonNode> g = param(src, "gendogaku", nendo, src == city ? level : "kuni", Function.identity(), f);
                if (!g.value().path(k.code()).canConvertToLong()) {
                    throw HokenshaParameterKensa.invalid("parameters.gendogaku", StandardErrorCode.E0004,
                            "賦課限度額に" + k.nameJa() + "の額がありません（令和" + (nendo - 2018) + "年度）");
                }
                caps.put(k, new Param<>(g.id() + "." + k.code(), g.nameJa() + "（" + k.nameJa() + "）", nendo, g.level(),
                        g.value().get(k.code()).asLong(), g.legalBasis(), g.source(), g.status(), g.note()));
            }
        }
        return new HokenzeiParameters(nendo, lgCode, param(kuni, "kiso_kojo", nendo, "kuni", JsonNode::asLong, f),
                param(kuni, "keigen", nendo, "kuni", v -> new KeigenKijun(v.get("kiso").asLong(), v.get("kyuyo_kasan").asLong(),
                        v.get("gowari_kasan").asLong(), v.get("niwari_kasan").asLong()), f),
                param(kuni, "nenkin_kojo", nendo, "kuni", JsonNode::asLong, f),
                param(kuni, "kyuyo_shotokusha", nendo, "kuni", v -> new KyuyoShotokushaKijun(v.get("kyuyo").asLong(),
                        v.get("nenkin_under65").asLong(), v.get("nenkin_65").asLong()), f),
                param(kuni, "mishugakuji_wari", nendo, "kuni", JsonNode::asInt, f),
                param(city, "hasu_tani", nendo, level, JsonNode::asLong, f), rates, caps,
                INLINE.equals(level) ? null : param(city, "nokigen", nendo, level, v -> new Nokigen(
                        java.util.stream.StreamSupport.stream(v.get("tsuki").spliterator(), false).map(JsonNode::asInt).toList(),
                        v.get("hasu_tani").asLong(), v.path("kijitsu").asInt(0)), f),
                keishiki, param(kuni, "tokutei_setai", nendo, "kuni", v -> new TokuteiSetaiKijun(v.get("tokutei_tsukisu").asInt(),
                        v.get("tokutei_bunshi").asInt(), v.get("tokutei_bunbo").asInt(), v.get("keizoku_tsukisu").asInt(),
                        v.get("keizoku_bunshi").asInt(), v.get("keizoku_bunbo").asInt(),
                        java.util.stream.StreamSupport.stream(v.get("kubun").spliterator(), false).map(x -> Kubun.of(x.asText()))
                                .collect(java.util.stream.Collectors.toSet()), v.get("doitsu_kigen_tsukisu").asInt()), f));
    }

    /**
     * The value of parameter {@code id} for the 年度, with its legal basis — {@code legal_basis_hokenryo} instead when
     * the insurer levies a 保険料 and the file names the premium's article.
     */
    private static <T> Param<T> param(JsonNode doc, String id, int nendo, String level, Function<JsonNode, T> value,
            FukaKeishiki keishiki) {
        String basis = keishiki == FukaKeishiki.HOKENRYO ? "legal_basis_hokenryo" : "legal_basis";
        ParameterFiles.Value v = ParameterFiles.value(doc, id, nendo, basis, "国民健康保険税（料）");
        T t;
        try {
            t = value.apply(v.value());
        } catch (RuleViolationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw HokenshaParameterKensa.invalid("parameters." + id, StandardErrorCode.E0004,
                    "パラメータ（" + v.nameJa() + "）の" + (nendo - 2018) + "年度（令和）の値の形が正しくありません");
        }
        return new Param<>(id, v.nameJa(), nendo, level, t, v.legalBasis(), v.source(), v.status(), v.note());
    }
}
