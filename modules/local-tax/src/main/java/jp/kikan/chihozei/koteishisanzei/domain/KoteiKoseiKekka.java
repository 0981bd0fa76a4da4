package jp.kikan.chihozei.koteishisanzei.domain;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * A 更正 of 固定資産税・都市計画税: per 期 the amount now and after, and what falls to 随時 — the differences of 期 already
 * due (negative: 還付). {@code koseigo} is the new plan of the 期.
 */
public record KoteiKoseiKekka(List<Sagaku> sagaku, long zuiji, List<Kibetsu> koseigo, SanteiKonkyo santeiKonkyo) {

    public record Sagaku(String kibetsu, YearMonth nengetsu, long genzai, long koseigo, long sagaku, boolean torai) {
    }
}
