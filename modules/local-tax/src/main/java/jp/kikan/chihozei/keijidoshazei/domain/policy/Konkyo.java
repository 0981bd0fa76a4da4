package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.platform.santei.SanteiKonkyo;

/** The 算定根拠 steps of 軽自動車税 and the parameter uses they carry (platform {@link SanteiKonkyo}). */
final class Konkyo {

    private Konkyo() {
    }

    static SanteiKonkyo.ParameterUse use(Param<?> p, String value) {
        ParameterRef r = p.ref();
        return new SanteiKonkyo.ParameterUse(r.id(), r.nameJa(), r.nendo(), r.level(), value,
                r.legalBasisNote() == null ? r.legalBasis() : r.legalBasis() + "（" + r.legalBasisNote() + "）", r.source(),
                r.status().key(), r.note());
    }

    static SanteiKonkyo.Step yen(Rule rule, long value, List<SanteiKonkyo.Input> inputs, List<SanteiKonkyo.ParameterUse> params,
            String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), null, value, SanteiKonkyo.Step.YEN, inputs,
                params, note);
    }

    static SanteiKonkyo.Step hantei(Rule rule, boolean applies, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), null, applies ? 1 : 0, SanteiKonkyo.Step.HANTEI,
                inputs, params, note);
    }

    static SanteiKonkyo.Input text(String name, String text) {
        return SanteiKonkyo.Input.text(name, text);
    }

    static SanteiKonkyo.Input amount(String name, long amount) {
        return SanteiKonkyo.Input.of(name, amount);
    }
}
