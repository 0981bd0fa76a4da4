package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.ENGINE;
import static jp.kikan.chihozei.koteishisanzei.Shisan.MINAMI;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static jp.kikan.chihozei.koteishisanzei.Shisan.sonota;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import org.junit.jupiter.api.Test;

/**
 * 免税点 (地方税法第351条; 飯田市 https://www.city.iida.lg.jp/soshiki/3/kotei-annai.html): 土地 30万, 家屋 20万, 償却資産
 * 150万 — "満たない場合は課さない": one yen below is not taxed, the amount itself is.
 */
class MenzeitenTest {

    @Test
    void shouldNotTaxLandOneYenBelow300000AndTaxItAt300000() {
        KoteishisanzeiFuka below = Shisan.tochi(reiwa(7), sonota(299_999));
        assertThat(below.shurui().get(0).kazei()).isFalse();
        assertThat(below.nenZeigaku()).isZero();
        KoteishisanzeiFuka at = Shisan.tochi(reiwa(7), sonota(300_000));
        assertThat(at.shurui().get(0).kazei()).isTrue();
        assertThat(at.koteiZeigaku()).isEqualTo(300_000 * 14 / 1000);
    }

    @Test
    void shouldNotTaxAHouseOneYenBelow200000AndTaxItAt200000() {
        LocalDate old = LocalDate.of(1990, 4, 1);
        assertThat(Shisan.kaoku(reiwa(6), Shisan.kaoku(199_999, "80", "80", old, 1, false)).nenZeigaku()).isZero();
        assertThat(Shisan.kaoku(reiwa(6), Shisan.kaoku(200_000, "80", "80", old, 1, false)).koteiZeigaku())
                .isEqualTo(200_000 * 14 / 1000);
    }

    @Test
    void shouldNotTaxShokyakuShisanOneYenBelow1500000AndTaxItAt1500000() {
        assertThat(Shisan.shokyaku(reiwa(5), 1_499_999).nenZeigaku()).isZero();
        assertThat(Shisan.shokyaku(reiwa(5), 1_500_000).koteiZeigaku()).isEqualTo(1_500_000 * 14 / 1000);
        assertThat(Shisan.shokyaku(reiwa(5), 1_500_000).toshiZeigaku()).isZero();
    }

    @Test
    void shouldJudgeEachKindOnItsOwnTotal() {
        // land 200,000 (below 30万) and a house 250,000 (not below 20万): only the house is taxed
        KoteishisanzeiFuka f = ENGINE.fuka(new KazeiTaisho(reiwa(7), MINAMI, List.of(sonota(200_000)),
                List.of(Shisan.kaoku(250_000, "80", "80", LocalDate.of(1990, 4, 1), 1, false)), List.of()));
        assertThat(f.shurui()).extracting(s -> s.kazei()).containsExactly(false, true);
        assertThat(f.koteiKazeiHyojungaku()).isEqualTo(250_000);
    }

    @Test
    void shouldAddTheParcelsOfOneTaxpayerBeforeJudging() {
        var a = sonota(200_000);
        var b = new jp.kikan.chihozei.koteishisanzei.domain.Tochi("t4", "みなみ市4番", a.kubun(), a.chiseki(), 150_000, 0,
                a.jutakuYukaMenseki(), false, null);
        KoteishisanzeiFuka f = ENGINE.fuka(new KazeiTaisho(reiwa(7), MINAMI, List.of(a, b), List.of(), List.of()));
        assertThat(f.koteiKazeiHyojungaku()).isEqualTo(350_000);
        assertThat(f.koteiZeigaku()).isEqualTo(350_000 * 14 / 1000);
    }

    @Test
    void shouldRoundTheKazeiHyojungakuDownTo1000AndTheTaxDownTo100() {
        KoteishisanzeiFuka f = Shisan.tochi(reiwa(7), sonota(1_234_567));
        assertThat(f.koteiKazeiHyojungaku()).isEqualTo(1_234_000);
        assertThat(f.koteiSanshutsuZeigaku()).isEqualTo(17_200); // 1,234,000 × 1.4% = 17,276 → 17,200
    }
}
