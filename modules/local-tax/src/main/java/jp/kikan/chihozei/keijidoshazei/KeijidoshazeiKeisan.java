package jp.kikan.chihozei.keijidoshazei;

import java.util.Objects;
import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.domain.KeijidoshazeiFuka;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.policy.KeijidoshazeiFukaPolicy;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterRepository;

/**
 * The 軽自動車税（種別割） engine: a vehicle, a 年度 and an approved 減免 (if any) → the year's tax with its 算定根拠, by
 * the parameters of the 年度. The same engine serves the 賦課, a 更正 and a 試算 (with an inline set). A 年度 without
 * parameters or a vehicle the rules cannot place is refused naming the field.
 */
public final class KeijidoshazeiKeisan {

    private final KeijidoshazeiParameterRepository parameters;

    public KeijidoshazeiKeisan(KeijidoshazeiParameterRepository parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public KeijidoshazeiParameterRepository parameters() {
        return parameters;
    }

    public KeijidoshazeiFuka fuka(Sharyo sharyo, int nendo, Optional<GenmenKettei> genmen) {
        return KeijidoshazeiFukaPolicy.fuka(sharyo, genmen, parameters.parameters(nendo));
    }
}
