package jp.kikan.chihozei.kojinjuminzei.domain;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The differences a 更正 makes, per instalment: for each one not yet due, new − (original + earlier
 * corrections); instalments already due keep what they were.
 *
 * @param sagaku   one row per instalment
 * @param zuiji    the difference that goes to a new 納期 (随時) because no instalment is left, else 0
 * @param kanpu    what was due before the 更正 above the new tax (過誤納: to refund or set off), else 0
 */
public record KoseiKekka(List<Sagaku> sagaku, long zuiji, long kanpu, SanteiKonkyo santeiKonkyo) {

    public KoseiKekka {
        sagaku = List.copyOf(sagaku);
    }

    /**
     * @param genzai   the amount before this 更正 (original + earlier corrections)
     * @param koseigo  the amount after it
     * @param torai    due before the 更正 (納期が到来している): unchanged
     */
    public record Sagaku(String kibetsu, YearMonth nengetsu, long genzai, long koseigo, long sagaku, boolean torai) {
    }

    public long sagakuGokei() {
        return sagaku.stream().mapToLong(Sagaku::sagaku).sum() + zuiji;
    }
}
