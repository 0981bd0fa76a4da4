package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 減免 of 身体障害者等 (地方税法第463条の23, the municipality's 税条例): an approved decision remits the share
 * {@code genmen_shogaisha} of the year's tax (1円未満切捨て of the remitted amount, so the taxpayer never pays less
 * than the share leaves).
 */
public final class GenmenPolicy {

    private GenmenPolicy() {
    }

    public static long genmen(long zeigaku, Optional<GenmenKettei> kettei, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        if (kettei.isEmpty()) {
            return 0;
        }
        long gaku = p.genmenShogaisha().value().times(zeigaku).setScale(0, RoundingMode.DOWN).longValueExact();
        b.add(Konkyo.yen(Rule.GENMEN, gaku, List.of(Konkyo.amount("税額", zeigaku), Konkyo.text("減免の決定", kettei.get().ketteiBango()),
                Konkyo.text("事由", kettei.get().riyu())), List.of(Konkyo.use(p.genmenShogaisha(), p.genmenShogaisha().value().toString())),
                null));
        return gaku;
    }
}
