package jp.kikan.chihozei.kojinjuminzei;

import java.util.Objects;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FukaPolicy;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KazeiNyuryokuKensa;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;

/**
 * The 個人住民税 engine: checks what was entered, takes the parameters of its 年度 and municipality and computes
 * the assessment with its 算定根拠. The same engine serves the annual assessment, a 更正 and a 試算. Bad input,
 * a 年度 or a municipality without parameters are refused with a
 * {@link jp.kikan.platform.problem.RuleViolationException} naming the field.
 */
public final class KojinJuminzeiKeisan {

    private final ParameterRepository parameters;

    public KojinJuminzeiKeisan(ParameterRepository parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public KojinJuminzeiFuka fuka(KazeiNyuryoku nyuryoku) {
        KazeiKiso kiso = KazeiNyuryokuKensa.kensa(nyuryoku);
        return fuka(kiso, parameters.parameters(kiso.nendo(), kiso.shikuchosonkodo()));
    }

    /** With a given parameter set (e.g. a 試算 that carries another city's published values). */
    public static KojinJuminzeiFuka fuka(KazeiKiso kiso, KojinJuminzeiParameters p) {
        return FukaPolicy.fuka(kiso, p);
    }
}
