package jp.kikan.kaigo.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import jp.kikan.kaigo.choshu.ChoshuParameters;
import jp.kikan.kaigo.choshu.Nokigen;
import jp.kikan.kaigo.choshu.TokubetsuChoshuHoshiki;
import jp.kikan.kaigo.choshu.TokubetsuChoshuKijun;
import jp.kikan.kaigo.futanwariai.FutanWariaiKijun;
import jp.kikan.kaigo.hokenryo.parameter.Dankai;
import jp.kikan.kaigo.hokenryo.parameter.Hasu;
import jp.kikan.kaigo.hokenryo.parameter.HokenryoParameters;
import jp.kikan.kaigo.hokenryo.parameter.Param;
import jp.kikan.kaigo.hokenryo.parameter.Taisho;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.parameter.LoadedParameters;
import jp.kikan.platform.santei.HokenshaParameterKensa;
import jp.kikan.platform.santei.ParameterFiles;

/**
 * The engine's dated parameters from the YAML files under {@code parameters/kaigo/} (index.yaml): the national ones
 * (kuni.yaml) merged with the insurer's (municipalities/*.yaml), built once per (municipality, 年度); or an inline
 * parameter set a simulation sends (基準額, rounding, stage table) over the national ones of the 年度.
 */
@ApplicationScoped
public class HokenryoParameterStore {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BASE = "parameters/kaigo/";
    public static final String INLINE = "inline";

    private final Map<String, HokenryoParameters> cache = new ConcurrentHashMap<>();
    private final Map<String, ChoshuParameters> choshu = new ConcurrentHashMap<>();
    private final ParameterFiles files = new ParameterFiles(YAML, BASE);

    @Inject
    LoadedParameters loaded;

    /** The premium parameters of the 年度: the insurer's latest loaded version (admin API) if any, else its shipped file. */
    public HokenryoParameters parameters(String lgCode, int nendo) {
        Optional<LoadedParameters.Loaded> l = current(lgCode);
        if (l.isPresent()) {
            LoadedParameters.Loaded v = l.get();
            return cache.computeIfAbsent(lgCode + ":" + nendo + ":" + v.version(),
                    k -> build(lgCode, nendo, v.parameters(), v.level(lgCode)));
        }
        return cache.computeIfAbsent(lgCode + ":" + nendo, k -> build(lgCode, nendo, files.municipality(lgCode), lgCode));
    }

    /** The collection parameters (普通徴収の納期, the national rules of 特別徴収, the insurer's 本徴収) for a 年度. */
    public ChoshuParameters choshu(String lgCode, int nendo) {
        Optional<LoadedParameters.Loaded> l = current(lgCode);
        if (l.isPresent()) {
            LoadedParameters.Loaded v = l.get();
            return choshu.computeIfAbsent(lgCode + ":" + nendo + ":" + v.version(),
                    k -> choshu(nendo, v.parameters(), v.level(lgCode)));
        }
        return choshu.computeIfAbsent(lgCode + ":" + nendo, k -> choshu(nendo, files.municipality(lgCode), lgCode));
    }

    private Optional<LoadedParameters.Loaded> current(String lgCode) {
        return loaded == null ? Optional.empty() : loaded.current(lgCode);
    }

    /** The insurer's document shipped in the jar, or null. */
    public JsonNode shipped(String lgCode) {
        return files.document(lgCode);
    }

    /**
     * Checks an insurer's document to be loaded: the premium and collection parameters are built from it for every 年度
     * it covers, exactly as for a 賦課 (refused: 422 naming the document's field).
     */
    public void check(String lgCode, JsonNode document) {
        JsonNode city = document.get("parameters");
        for (int nendo : HokenshaParameterKensa.nendos(city)) {
            try {
                build(lgCode, nendo, city, lgCode);
                choshu(nendo, city, lgCode);
            } catch (ParameterFiles.NendoNashi e) {
                throw HokenshaParameterKensa.invalid("parameters." + e.id(), StandardErrorCode.E0001, e.getMessage());
            } catch (RuleViolationException e) {
                if (!"parameter-invalid".equals(e.rule()) || e.violations().isEmpty()
                        || e.violations().get(0).field().startsWith("parameters.")) {
                    throw e;
                }
                throw HokenshaParameterKensa.invalid("parameters." + e.violations().get(0).field(), StandardErrorCode.E0004,
                        e.getMessage());
            }
        }
    }

    private ChoshuParameters choshu(int nendo, JsonNode city, String level) {
        JsonNode kuni = files.kuni();
        if (city == null) {
            throw new RuleViolationException("parameter-nashi", "この団体の介護保険料（条例）が登録されていません");
        }
        return new ChoshuParameters(nendo, param(city, "nokigen", nendo, level, HokenryoParameterStore::nokigen),
                param(kuni, "tokubetsu_choshu", nendo, "kuni", v -> new TokubetsuChoshuKijun(v.get("nenkin_nengaku").asLong(),
                        ints(v.get("karichoshu_tsuki")), ints(v.get("honchoshu_tsuki")))),
                param(city, "tokubetsu_choshu", nendo, level, v -> new TokubetsuChoshuHoshiki(v.get("hasu_tani").asLong(),
                        "hachigatsu".equals(v.path("heijunka").asText("nashi")))));
    }

    private static List<Integer> ints(JsonNode v) {
        List<Integer> out = new ArrayList<>();
        v.forEach(m -> out.add(m.asInt()));
        return out;
    }

    private static Nokigen nokigen(JsonNode v) {
        List<Integer> tsuki = ints(v.get("tsuki"));
        Map<Integer, Integer> bi = new HashMap<>();
        v.path("nokigen_bi").fields().forEachRemaining(e -> bi.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
        return new Nokigen(tsuki, bi, v.get("hasu_tani").asLong(), v.path("zuiji_tsukigo").asInt(1));
    }

    /** A simulation's own parameter set (request field {@code parameters}), checked as a loaded one is. */
    public HokenryoParameters inline(String lgCode, int nendo, JsonNode p) {
        JsonNode kuni = files.kuni();
        String src = "試算の入力（パラメータの指定）";
        Param<Long> kijun = new Param<>("kijungaku", "保険料基準額（年額）", nendo, INLINE, p.get("kijungaku").asLong(), "試算の入力",
                src, "inline", null);
        Param<Hasu> hasu = new Param<>("hasu", "保険料の年額の端数処理", nendo, INLINE, new Hasu(p.path("hasu_tani").asLong(1),
                !"ikkatsu".equals(p.path("keigen_hasu").asText("nidankai"))), "試算の入力", src, "inline", null);
        Param<List<Dankai>> hyo = new Param<>("dankai_hyo", "所得段階と乗率", nendo, INLINE, dankaiHyo(p.get("dankai"), "parameters.dankai"),
                "試算の入力", src, "inline", null);
        return new HokenryoParameters(nendo, lgCode, kijun, hyo, param(kuni, "kijun_nenkin", nendo, "kuni", JsonNode::asLong),
                param(kuni, "kyuyo_kojo", nendo, "kuni", JsonNode::asLong), hasu);
    }

    /** The national bounds of 2割 and 3割 (index 0: 2割, 1: 3割) for a 年度. */
    public Param<FutanWariaiKijun[]> futanWariai(int nendo) {
        JsonNode kuni = files.kuni();
        return param(kuni, "futan_wariai", nendo, "kuni", v -> new FutanWariaiKijun[] {kijun(v.get("niwari")), kijun(v.get("sanwari"))});
    }

    private static FutanWariaiKijun kijun(JsonNode v) {
        return new FutanWariaiKijun(v.get("gokei_shotoku").asLong(), v.get("tanshin").asLong(), v.get("fukusu").asLong());
    }

    private HokenryoParameters build(String lgCode, int nendo, JsonNode city, String level) {
        JsonNode kuni = files.kuni();
        if (city == null) {
            throw new RuleViolationException("parameter-nashi", "この団体の介護保険料（条例）が登録されていません");
        }
        return new HokenryoParameters(nendo, lgCode, param(city, "kijungaku", nendo, level, JsonNode::asLong),
                param(city, "dankai_hyo", nendo, level, v -> dankaiHyo(v, "dankai_hyo")),
                param(kuni, "kijun_nenkin", nendo, "kuni", JsonNode::asLong), param(kuni, "kyuyo_kojo", nendo, "kuni", JsonNode::asLong),
                param(city, "hasu", nendo, level, v -> new Hasu(v.get("tani").asLong(), "nidankai".equals(v.get("keigen").asText()))));
    }

    /** The stage table, refused (422) unless it is numbered 1, 2, … and covers every income of every 課税状況. */
    static List<Dankai> dankaiHyo(JsonNode rows, String field) {
        List<Dankai> out = new ArrayList<>();
        for (JsonNode r : rows) {
            JsonNode ika = r.get("ika");
            boolean kijun = ika != null && ika.isTextual() && "kijun_nenkin".equals(ika.asText())
                    || r.path("ika_kijun_nenkin").asBoolean(false);
            out.add(new Dankai(r.get("dankai").asInt(), Taisho.of(r.get("taisho").asText()),
                    ika == null || kijun ? null : ika.asLong(), kijun, r.hasNonNull("miman") ? r.get("miman").asLong() : null,
                    new BigDecimal(r.get("jyoritsu").asText()),
                    r.hasNonNull("keigen_jyoritsu") ? new BigDecimal(r.get("keigen_jyoritsu").asText()) : null,
                    r.path("seikatsu_hogo").asBoolean(false), r.path("rorei_fukushi").asBoolean(false)));
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).dankai() != i + 1) {
                throw invalid(field, "段階は1から順に番号を付けてください（" + (i + 1) + "番目が第" + out.get(i).dankai() + "段階）");
            }
            Dankai d = out.get(i);
            if (d.keigenJyoritsu() != null && d.keigenJyoritsu().compareTo(d.jyoritsu()) > 0) {
                throw invalid(field, "第" + d.dankai() + "段階の軽減後の乗率が本来の乗率より大きくなっています");
            }
        }
        for (Taisho t : Taisho.values()) {
            boolean open = out.stream().anyMatch(d -> d.taisho() == t && d.ika() == null && !d.ikaKijunNenkin() && d.miman() == null);
            if (!open) {
                throw invalid(field, "「" + t.nameJa() + "」の段階に上限のない段階がありません（どの所得も段階に入るようにしてください）");
            }
        }
        return List.copyOf(out);
    }

    private static RuleViolationException invalid(String field, String message) {
        return new RuleViolationException("parameter-invalid", field, StandardErrorCode.E0004, message);
    }

    private static <T> Param<T> param(JsonNode doc, String id, int nendo, String level, Function<JsonNode, T> value) {
        ParameterFiles.Value v = ParameterFiles.value(doc, id, nendo, "legal_basis", "介護保険");
        T t;
        try {
            t = value.apply(v.value());
        } catch (RuleViolationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw HokenshaParameterKensa.invalid("parameters." + id, StandardErrorCode.E0004,
                    "パラメータ（" + v.nameJa() + "）の令和" + (nendo - 2018) + "年度の値の形が正しくありません");
        }
        return new Param<>(id, v.nameJa(), nendo, level, t, v.legalBasis(), v.source(), v.status(), v.note());
    }
}
