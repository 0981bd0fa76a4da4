package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Dantai;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterId;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The validated parameters of every 年度 of the index: answers the typed parameters of a (年度, municipality)
 * with the prefecture's and the municipality's overlays applied. A 年度 or a municipality without
 * parameters is refused with a {@link RuleViolationException} naming the field ({@code nendo},
 * {@code shikuchosonkodo}). A municipality's overlay may be {@link #replace replaced} while the service runs (its
 * published values loaded through the admin API); the national values and the prefectures' never are.
 */
public final class ParameterRepository {

    /** A prefecture's or a municipality's own values, checked by {@link ParameterLoader}. */
    public static final class Overlay {
        private final String code;
        private final String nameJa;
        private final String todofukenCode;
        private final String level;
        private final Map<ParameterId, Definition> definitions;

        Overlay(String code, String nameJa, String todofukenCode, String level, Map<ParameterId, Definition> definitions) {
            this.code = code;
            this.nameJa = nameJa;
            this.todofukenCode = todofukenCode;
            this.level = level;
            this.definitions = Map.copyOf(definitions);
        }

        /** The 全国地方公共団体コード of the prefecture or municipality. */
        public String code() {
            return code;
        }

        public String nameJa() {
            return nameJa;
        }

        /** The prefecture of a municipality; null for a prefecture. */
        public String todofukenCode() {
            return todofukenCode;
        }

        /** How each value's {@code level} names it (e.g. {@code みなみ市 (999997, 登録第2版)}). */
        public String level() {
            return level;
        }

        Map<ParameterId, Definition> definitions() {
            return definitions;
        }
    }

    /** A merged set with the overlay it was merged from: a replaced overlay makes it stale. */
    private record Merged(Overlay city, KojinJuminzeiParameters parameters) {
    }

    private final List<Nendo> nendo;
    private final Map<ParameterId, Definition> national;
    private final Map<String, Overlay> prefectures;
    private final Map<String, Overlay> municipalities;
    /**
     * The merged set of each (年度, municipality) asked for: the merge is done once, not for every taxpayer (the
     * 当初賦課 asks it twice a person), and again only when the municipality's overlay was replaced.
     */
    private final Map<String, Merged> merged = new ConcurrentHashMap<>();

    ParameterRepository(List<Nendo> nendo, Map<ParameterId, Definition> national, Map<String, Overlay> prefectures,
            Map<String, Overlay> municipalities) {
        this.nendo = List.copyOf(nendo);
        this.national = Map.copyOf(national);
        this.prefectures = Map.copyOf(prefectures);
        this.municipalities = new ConcurrentHashMap<>(municipalities);
    }

    /** The 年度 that have parameters, in order. */
    public List<Nendo> nendo() {
        return nendo.stream().sorted().toList();
    }

    public Set<String> municipalities() {
        return Set.copyOf(municipalities.keySet());
    }

    /** The overlay in use for a municipality, if it has one. */
    public java.util.Optional<Overlay> municipality(String shikuchosonkodo) {
        return java.util.Optional.ofNullable(municipalities.get(shikuchosonkodo));
    }

    public KojinJuminzeiParameters parameters(Nendo n, String shikuchosonkodo) {
        String key = n.key() + ":" + shikuchosonkodo;
        Overlay city = municipalities.get(shikuchosonkodo);
        Merged known = merged.get(key);
        if (known != null && known.city() == city) {
            return known.parameters();
        }
        KojinJuminzeiParameters p = merge(n, shikuchosonkodo, city);
        merged.put(key, new Merged(city, p));
        return p;
    }

    /**
     * Puts a municipality's overlay (checked by {@link ParameterLoader#municipality}) in place of the one it has, for
     * every later call of {@link #parameters}; what was merged from the earlier one is not answered again.
     */
    public void replace(Overlay city) {
        if (city.todofukenCode() == null || !prefectures.containsKey(city.todofukenCode())) {
            throw new IllegalArgumentException("not a municipality's overlay checked against this repository: " + city.code());
        }
        municipalities.put(city.code(), city);
        merged.keySet().removeIf(k -> k.endsWith(":" + city.code()));
    }

    /** A repository of its own with these overlays added or in place of this one's (a what-if; this one is unchanged). */
    ParameterRepository with(Overlay prefecture, Overlay city) {
        Map<String, Overlay> prefs = new LinkedHashMap<>(prefectures);
        if (prefecture != null) {
            prefs.put(prefecture.code(), prefecture);
        }
        Map<String, Overlay> cities = new LinkedHashMap<>(municipalities);
        cities.put(city.code(), city);
        return new ParameterRepository(nendo, national, prefs, cities);
    }

    Map<String, Overlay> prefectureOverlays() {
        return prefectures;
    }

    private KojinJuminzeiParameters merge(Nendo n, String shikuchosonkodo, Overlay city) {
        if (!nendo.contains(n)) {
            List<Nendo> sorted = nendo();
            throw new RuleViolationException("nendo-parameters", "nendo", StandardErrorCode.E0004,
                    n.label() + "の個人住民税のパラメータがありません（計算できる年度: " + sorted.get(0).label() + "〜"
                            + sorted.get(sorted.size() - 1).label() + "）");
        }
        if (city == null) {
            throw new RuleViolationException("dantai-parameters", "shikuchosonkodo", StandardErrorCode.E0004,
                    "市区町村コード " + shikuchosonkodo + " の個人住民税のパラメータ（級地・指定都市・超過課税など）が登録されていません");
        }
        Overlay pref = prefectures.get(city.todofukenCode());
        Map<ParameterId, Param<?>> values = new EnumMap<>(ParameterId.class);
        national.forEach((id, d) -> d.param(n).ifPresent(p -> values.put(id, p)));
        pref.definitions().forEach((id, d) -> d.param(n).ifPresent(p -> values.put(id, p)));
        city.definitions().forEach((id, d) -> d.param(n).ifPresent(p -> values.put(id, p)));
        return new KojinJuminzeiParameters(n, new Dantai(city.code(), city.nameJa(), pref.code(), pref.nameJa()), values);
    }
}
