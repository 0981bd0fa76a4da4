package jp.kikan.chihozei.koteishisanzei.parameter.loader;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Dantai;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParameterId;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The checked parameters of 固定資産税・都市計画税 of every 年度 of the index: answers a (年度, municipality) with the
 * municipality's overlay on the national values; a 年度 or a municipality without parameters is refused naming the field.
 */
public final class KoteiParameterRepository {

    /** A municipality's own values (税率, 都市計画税率, 納期). */
    public record Overlay(String code, String nameJa, String level, Map<KoteiParameterId, KoteiDefinition> definitions) {
    }

    private final List<Nendo> nendo;
    private final Map<KoteiParameterId, KoteiDefinition> national;
    private final Map<String, Overlay> municipalities;

    KoteiParameterRepository(List<Nendo> nendo, Map<KoteiParameterId, KoteiDefinition> national,
            Map<String, Overlay> municipalities) {
        this.nendo = nendo.stream().sorted().toList();
        this.national = Map.copyOf(national);
        this.municipalities = Map.copyOf(municipalities);
    }

    public List<Nendo> nendo() {
        return nendo;
    }

    Map<KoteiParameterId, KoteiDefinition> national() {
        return national;
    }

    public Optional<Overlay> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    KoteiParameterRepository with(Overlay city) {
        Map<String, Overlay> m = new LinkedHashMap<>(municipalities);
        m.put(city.code(), city);
        return new KoteiParameterRepository(nendo, national, m);
    }

    public KoteishisanzeiParameters parameters(Nendo n, String shikuchosonkodo) {
        if (!nendo.contains(n)) {
            throw new RuleViolationException("nendo-parameters", "nendo", StandardErrorCode.E0004,
                    n.label() + "の固定資産税のパラメータがありません（計算できる年度: " + nendo.get(0).label() + "〜"
                            + nendo.get(nendo.size() - 1).label() + "）");
        }
        Overlay city = municipalities.get(shikuchosonkodo);
        if (city == null) {
            throw new RuleViolationException("dantai-parameters", "shikuchosonkodo", StandardErrorCode.E0004,
                    "市区町村コード " + shikuchosonkodo + " の固定資産税のパラメータ（税率・都市計画税率・納期）が登録されていません");
        }
        Map<KoteiParameterId, Param<?>> values = new EnumMap<>(KoteiParameterId.class);
        national.forEach((id, d) -> d.param(n).ifPresent(p -> values.put(id, p)));
        city.definitions().forEach((id, d) -> d.param(n).ifPresent(p -> values.put(id, p)));
        return new KoteishisanzeiParameters(n, new Dantai(city.code(), city.nameJa(), null, ""), values);
    }
}
