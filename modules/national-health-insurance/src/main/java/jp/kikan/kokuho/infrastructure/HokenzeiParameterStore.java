package jp.kikan.kokuho.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
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
import jp.kikan.platform.santei.ParameterFiles;

/**
 * The engine's dated parameters from the YAML files under {@code parameters/kokuho/} (index.yaml): the national ones
 * (kuni.yaml) merged with the insurer's (municipalities/*.yaml), built once per (municipality, 年度).
 */
@ApplicationScoped
public class HokenzeiParameterStore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BASE = "parameters/kokuho/";

    private final Map<String, HokenzeiParameters> cache = new ConcurrentHashMap<>();
    private final ParameterFiles files = new ParameterFiles(YAML, BASE);

    public HokenzeiParameters parameters(String lgCode, int nendo) {
        return cache.computeIfAbsent(lgCode + ":" + nendo, k -> build(lgCode, nendo));
    }

    private HokenzeiParameters build(String lgCode, int nendo) {
        JsonNode kuni = files.kuni();
        JsonNode city = files.municipality(lgCode);
        if (city == null) {
            throw new RuleViolationException("parameter-nashi", "この団体の国民健康保険税（料）の税率・料率（条例）が登録されていません");
        }
        Param<FukaKeishiki> keishiki = param(city, "fuka_keishiki", nendo, lgCode, v -> FukaKeishiki.of(v.asText()), null);
        FukaKeishiki f = keishiki.value();
        Map<Kubun, Param<Zeiritsu>> rates = new EnumMap<>(Kubun.class);
        Map<Kubun, Param<Long>> caps = new EnumMap<>(Kubun.class);
        for (Kubun k : Kubun.values()) {
            if (city.has("zeiritsu_" + k.code())) {
                rates.put(k, param(city, "zeiritsu_" + k.code(), nendo, lgCode, v -> new Zeiritsu(
                        new BigDecimal(v.get("shotokuwari").asText()).movePointRight(4).longValueExact(),
                        v.get("kintowari").asLong(), v.get("byodowari").asLong()), f));
                JsonNode src = city.has("gendogaku") ? city : kuni;
                Param<JsonNode> g = param(src, "gendogaku", nendo, src == city ? lgCode : "kuni", Function.identity(), f);
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
                param(city, "hasu_tani", nendo, lgCode, JsonNode::asLong, f), rates, caps,
                param(city, "nokigen", nendo, lgCode, v -> new Nokigen(
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
        return new Param<>(id, v.nameJa(), nendo, level, value.apply(v.value()), v.legalBasis(), v.source(), v.status(), v.note());
    }
}
