package jp.kikan.chihozei.koteishisanzei;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.chihozei.koteishisanzei.domain.Zennendo;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterLoader;

/** The engine on the shipped parameters, and parcels / houses as a clerk would enter them. */
final class Shisan {

    static final String MINAMI = "999997";
    static final String IIDA = "202053";
    static final KoteishisanzeiKeisan ENGINE = new KoteishisanzeiKeisan(KoteiParameterLoader.loadDefaults());

    private Shisan() {
    }

    static int reiwa(int r) {
        return 2018 + r;
    }

    static Tochi jutaku(String chiseki, long hyokagaku, int kosu, String yuka, Zennendo z) {
        return new Tochi("t1", "みなみ市1番", TochiKubun.JUTAKU_YOCHI, new BigDecimal(chiseki), hyokagaku, kosu, new BigDecimal(yuka),
                true, z);
    }

    static Tochi shogyo(long hyokagaku, Zennendo z) {
        return new Tochi("t2", "みなみ市2番", TochiKubun.SHOGYOCHI_TO, new BigDecimal("300"), hyokagaku, 0, BigDecimal.ZERO, true, z);
    }

    static Tochi sonota(long hyokagaku) {
        return new Tochi("t3", "みなみ市3番", TochiKubun.SONOTA, new BigDecimal("1000"), hyokagaku, 0, BigDecimal.ZERO, false, null);
    }

    static Kaoku kaoku(long hyokagaku, String yuka, String kyoju, LocalDate built, int kaisu, boolean taika) {
        return new Kaoku("k1", "家屋1", hyokagaku, new BigDecimal(yuka), new BigDecimal(kyoju), built, kaisu, taika, false, false);
    }

    static KoteishisanzeiFuka tochi(int nendo, Tochi... t) {
        return ENGINE.fuka(new KazeiTaisho(nendo, MINAMI, List.of(t), List.of(), List.of()));
    }

    static KoteishisanzeiFuka kaoku(int nendo, Kaoku... k) {
        return ENGINE.fuka(new KazeiTaisho(nendo, MINAMI, List.of(), List.of(k), List.of()));
    }

    static KoteishisanzeiFuka shokyaku(int nendo, long hyokagaku) {
        return ENGINE.fuka(new KazeiTaisho(nendo, MINAMI, List.of(), List.of(),
                List.of(new ShokyakuShisan("s1", "機械装置", hyokagaku))));
    }
}
