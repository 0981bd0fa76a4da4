package jp.kikan.chihozei.koteishisanzei;

import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.policy.KoteishisanzeiFukaPolicy;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;

/** The engine: what a taxpayer owns on the 賦課期日 → checks → parameters of (年度, municipality) → assessment. */
public final class KoteishisanzeiKeisan {

    private final KoteiParameterRepository parameters;

    public KoteishisanzeiKeisan(KoteiParameterRepository parameters) {
        this.parameters = parameters;
    }

    public KoteishisanzeiFuka fuka(KazeiTaisho t) {
        Nendo nendo;
        try {
            nendo = new Nendo(t.nendo());
        } catch (IllegalArgumentException e) {
            throw new jp.kikan.platform.problem.RuleViolationException("nendo-parameters", "nendo",
                    jp.kikan.platform.problem.StandardErrorCode.E0004, "令和より前の年度は計算できません: " + t.nendo());
        }
        return KoteishisanzeiFukaPolicy.fuka(t, parameters.parameters(nendo, t.shikuchosonkodo()));
    }

    public KoteiParameterRepository parameters() {
        return parameters;
    }
}
