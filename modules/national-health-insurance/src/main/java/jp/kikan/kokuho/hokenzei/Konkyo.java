package jp.kikan.kokuho.hokenzei;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.kokuho.hokenzei.parameter.Param;

/** Collects the 算定根拠 while the engine computes. */
final class Konkyo {

    private final List<SanteiKonkyo.Step> steps = new ArrayList<>();

    static SanteiKonkyo.ParameterUse use(Param<?> p, String value) {
        return new SanteiKonkyo.ParameterUse(p.id(), p.nameJa(), nendoLabel(p.nendo()), "kuni".equals(p.level()) ? "国" : p.level(),
                value, p.legalBasis(), p.source(), p.status(), p.note());
    }

    static String nendoLabel(int nendo) {
        return nendo >= 2019 ? "令和" + (nendo == 2019 ? "元" : Integer.toString(nendo - 2018)) + "年度" : nendo + "年度";
    }

    void add(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<SanteiKonkyo.Input> inputs, List<SanteiKonkyo.ParameterUse> parameters, String note) {
        steps.add(new SanteiKonkyo.Step(ruleId, nameJa, legalBasis, bubun, value, tani, inputs, parameters, note));
    }

    SanteiKonkyo build() {
        return new SanteiKonkyo(steps);
    }
}
