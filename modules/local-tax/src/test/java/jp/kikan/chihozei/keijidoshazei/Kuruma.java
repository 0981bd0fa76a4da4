package jp.kikan.chihozei.keijidoshazei;

import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.KeijidoshazeiFuka;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ShodoKensa;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterLoader;

/** Vehicles for the engine's tests, assessed by the shipped parameters. */
final class Kuruma {

    static final KeijidoshazeiKeisan ENGINE = new KeijidoshazeiKeisan(KeijidoshazeiParameterLoader.loadDefaults());

    private Kuruma() {
    }

    static Sharyo yonrin(ShashuKubun k, int nen, Integer tsuki, Nenryo nenryo) {
        return new Sharyo(k, null, new ShodoKensa(nen, tsuki), nenryo, false, GreenKubun.NASHI);
    }

    static Sharyo jikayo(int nen, int tsuki) {
        return yonrin(ShashuKubun.YONRIN_JOYO_JIKAYO, nen, tsuki, Nenryo.GASOLINE);
    }

    static Sharyo green(ShashuKubun k, int nen, int tsuki, Nenryo nenryo, GreenKubun g) {
        return new Sharyo(k, null, new ShodoKensa(nen, tsuki), nenryo, false, g);
    }

    static Sharyo gentsuki(ShashuKubun k, Integer cc) {
        return new Sharyo(k, cc, null, null, false, GreenKubun.NASHI);
    }

    static KeijidoshazeiFuka fuka(Sharyo s, int nendo) {
        return ENGINE.fuka(s, nendo, Optional.empty());
    }

    static KeijidoshazeiFuka fuka(Sharyo s, int nendo, GenmenKettei g) {
        return ENGINE.fuka(s, nendo, Optional.of(g));
    }
}
