package jp.kikan.kokuho.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
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
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The engine's dated parameters from the YAML files under {@code parameters/kokuho/} (index.yaml): the national ones
 * (kuni.yaml) merged with the insurer's (municipalities/*.yaml), built once per (municipality, 年度).
 */
@ApplicationScoped
public class HokenzeiParameterStore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BASE = "parameters/kokuho/";

    private final Map<String, HokenzeiParameters> cache = new ConcurrentHashMap<>();
    private volatile JsonNode kuni;
    private volatile Map<String, JsonNode> municipalities;

    public HokenzeiParameters parameters(String lgCode, int nendo) {
        return cache.computeIfAbsent(lgCode + ":" + nendo, k -> build(lgCode, nendo));
    }

    private synchronized void load() {
        if (kuni != null) {
            return;
        }
        JsonNode index = read("index.yaml");
        Map<String, JsonNode> m = new HashMap<>();
        index.get("municipalities").forEach(f -> {
            JsonNode doc = read(f.asText());
            m.put(doc.get("dantai_code").asText(), doc.get("parameters"));
        });
        municipalities = m;
        kuni = read(index.get("kuni").asText());
    }

    private HokenzeiParameters build(String lgCode, int nendo) {
        load();
        JsonNode city = municipalities.get(lgCode);
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
        JsonNode p = doc.get(id);
        if (p == null) {
            throw new IllegalStateException("parameter " + id + " missing");
        }
        String basis = keishiki == FukaKeishiki.HOKENRYO && p.has("legal_basis_hokenryo") ? "legal_basis_hokenryo" : "legal_basis";
        for (JsonNode v : p.get("values")) {
            String[] range = v.get("nendo").asText().split("\\.\\.");
            int from = reiwa(range[0]);
            int to = reiwa(range[range.length - 1]);
            if (nendo >= from && nendo <= to) {
                String legal = p.get(basis).asText() + (p.has("legal_basis_note") ? "（" + p.get("legal_basis_note").asText() + "）" : "");
                return new Param<>(id, p.get("name_ja").asText(), nendo, level, value.apply(v.get("value")), legal,
                        p.get("source").asText(), v.get("status").asText(), v.has("note") ? v.get("note").asText() : null);
            }
        }
        throw new RuleViolationException("parameter-nashi", "nendo", StandardErrorCode.E0004,
                nendo + "年度の国民健康保険税（料）のパラメータ（" + p.get("name_ja").asText() + "）がありません");
    }

    private static int reiwa(String r) {
        return 2018 + Integer.parseInt(r.substring(1));
    }

    private static JsonNode read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + BASE + file);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
