package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code shikuchosonkodo}).
 */
public final class ParameterRepository {

    /** A prefecture's or a municipality's own values. */
    record Overlay(String code, String nameJa, String todofukenCode, Map<ParameterId, Definition> definitions) {
    }

    private final List<Nendo> nendo;
    private final Map<ParameterId, Definition> national;
    private final Map<String, Overlay> prefectures;
    private final Map<String, Overlay> municipalities;
    /**
     * The merged set of each (年度, municipality) asked for: the files do not change once loaded, so the merge is done
     * once, not for every taxpayer (the 当初賦課 asks it twice a person).
     */
    private final Map<String, KojinJuminzeiParameters> merged = new java.util.concurrent.ConcurrentHashMap<>();

    ParameterRepository(List<Nendo> nendo, Map<ParameterId, Definition> national, Map<String, Overlay> prefectures,
            Map<String, Overlay> municipalities) {
        this.nendo = List.copyOf(nendo);
        this.national = Map.copyOf(national);
        this.prefectures = Map.copyOf(prefectures);
        this.municipalities = Map.copyOf(municipalities);
    }

    /** The 年度 that have parameters, in order. */
    public List<Nendo> nendo() {
        return nendo.stream().sorted().toList();
    }

    public Set<String> municipalities() {
        return municipalities.keySet();
    }

    public KojinJuminzeiParameters parameters(Nendo n, String shikuchosonkodo) {
        KojinJuminzeiParameters known = merged.get(n.key() + ":" + shikuchosonkodo);
        if (known != null) {
            return known;
        }
        KojinJuminzeiParameters p = merge(n, shikuchosonkodo);
        merged.put(n.key() + ":" + shikuchosonkodo, p);
        return p;
    }

    private KojinJuminzeiParameters merge(Nendo n, String shikuchosonkodo) {
        if (!nendo.contains(n)) {
            List<Nendo> sorted = nendo();
            throw new RuleViolationException("nendo-parameters", "nendo", StandardErrorCode.E0004,
                    n.label() + "の個人住民税のパラメータがありません（計算できる年度: " + sorted.get(0).label() + "〜"
                            + sorted.get(sorted.size() - 1).label() + "）");
        }
        Overlay city = municipalities.get(shikuchosonkodo);
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
