package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.jutaku;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static jp.kikan.chihozei.koteishisanzei.Shisan.tochi;
import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKazei;
import org.junit.jupiter.api.Test;

/**
 * 住宅用地特例 (地方税法第349条の3の2・第702条の3; 長岡市 FAQ, 岡崎市): 200㎡ per dwelling at 1/6 (都計 1/3), the rest at 1/3
 * (都計 2/3), up to 10× the floor area; no previous 年度 → the 本則. みなみ市: 1.4%, 都市計画税 0.3%.
 */
class JutakuYochiTokureiTest {

    @Test
    void shouldTakeExactly200SquareMetresOfOneDwellingAsShokiboAtOneSixthInReiwa7() {
        KoteishisanzeiFuka f = tochi(reiwa(7), jutaku("200", 12_000_000, 1, "100", null));
        TochiKazei t = f.tochi().get(0);
        assertThat(t.ippanMenseki()).isZero();
        assertThat(t.honsokuKoteiJutaku()).isEqualTo(12_000_000 / 6);
        assertThat(t.honsokuToshiJutaku()).isEqualTo(12_000_000 / 3);
        assertThat(f.koteiZeigaku()).isEqualTo(2_000_000 * 14 / 1000);
        assertThat(f.toshiZeigaku()).isEqualTo(4_000_000 * 3 / 1000);
        assertThat(f.nenZeigaku()).isEqualTo(28_000 + 12_000);
        assertThat(f.kibetsu()).extracting(k -> k.zeigaku()).containsExactly(10_000L, 10_000L, 10_000L, 10_000L);
    }

    @Test
    void shouldTaxTheSquareMetreAbove200AsIppanAtOneThirdInReiwa6() {
        // 201㎡ at 60,000円/㎡: 200㎡ → 12,000,000 (1/6, 都計 1/3), 1㎡ → 60,000 (1/3, 都計 2/3)
        KoteishisanzeiFuka f = tochi(reiwa(6), jutaku("201", 12_060_000, 1, "100", null));
        TochiKazei t = f.tochi().get(0);
        assertThat(t.shokiboMenseki()).isEqualByComparingTo("200");
        assertThat(t.ippanMenseki()).isEqualByComparingTo("1");
        assertThat(t.honsokuKoteiJutaku()).isEqualTo(2_000_000 + 20_000);
        assertThat(t.honsokuToshiJutaku()).isEqualTo(4_000_000 + 40_000);
        assertThat(f.koteiKazeiHyojungaku()).isEqualTo(2_020_000);
        assertThat(f.koteiZeigaku()).isEqualTo(2_020_000 * 14 / 1000 / 100 * 100); // 28,280 → 100円未満切捨て
    }

    @Test
    void shouldGive200SquareMetresPerDwelling() {
        KoteishisanzeiFuka f = tochi(reiwa(7), jutaku("400", 24_000_000, 2, "200", null));
        assertThat(f.tochi().get(0).shokiboMenseki()).isEqualByComparingTo("400");
        assertThat(f.tochi().get(0).honsokuKoteiJutaku()).isEqualTo(24_000_000 / 6);
    }

    @Test
    void shouldTreatLandBeyondTenTimesTheFloorAreaAsShogyochiInReiwa7() {
        // 500㎡, house of 40㎡ → 住宅用地 400㎡ (200 小規模 + 200 一般), 100㎡ 非住宅 at 50,000円/㎡
        KoteishisanzeiFuka f = tochi(reiwa(7), jutaku("500", 25_000_000, 1, "40", null));
        TochiKazei t = f.tochi().get(0);
        assertThat(t.shokiboMenseki()).isEqualByComparingTo("200");
        assertThat(t.ippanMenseki()).isEqualByComparingTo("200");
        assertThat(t.hijutakuMenseki()).isEqualByComparingTo("100");
        assertThat(t.honsokuKoteiJutaku()).isEqualTo(10_000_000 / 2); // 10,000,000 × (1/6 + 1/3), exact
        assertThat(t.koteiHijutaku()).isEqualTo(5_000_000 * 7 / 10); // 商業地等 without a previous 年度: 評価額 × 70%
        assertThat(t.toshiJutaku()).isEqualTo(10_000_000); // 10,000,000 × (1/3 + 2/3)
        assertThat(f.koteiZeigaku()).isEqualTo(8_500_000 * 14 / 1000);
        assertThat(f.toshiZeigaku()).isEqualTo(13_500_000 * 3 / 1000);
    }

    @Test
    void shouldTakeTheWholeParcelAsJutakuYochiAtExactlyTenTimesInReiwa5() {
        KoteishisanzeiFuka f = tochi(reiwa(5), jutaku("500", 25_000_000, 1, "50", null));
        TochiKazei t = f.tochi().get(0);
        assertThat(t.hijutakuMenseki()).isZero();
        assertThat(t.ippanMenseki()).isEqualByComparingTo("300");
        // 10,000,000 / 6 + 15,000,000 / 3, whole yen down
        assertThat(t.honsokuKoteiJutaku()).isEqualTo((10_000_000L + 30_000_000L) / 6);
    }

    @Test
    void shouldUseTheCitysRateAndMonthsInIida() {
        var f = Shisan.ENGINE.fuka(new jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho(reiwa(7), Shisan.IIDA,
                java.util.List.of(jutaku("200", 12_000_000, 1, "100", null)), java.util.List.of(), java.util.List.of()));
        assertThat(f.toshiZeigaku()).isEqualTo(4_000_000 * 2 / 1000); // 飯田市 0.2%
        assertThat(f.kibetsu()).extracting(k -> k.nengetsu().toString()).containsExactly("2025-05", "2025-07", "2025-12",
                "2026-02");
        // 36,000 in 4: 9,000 each
        assertThat(f.kibetsu()).extracting(k -> k.zeigaku()).containsExactly(9_000L, 9_000L, 9_000L, 9_000L);
        assertThat(f.santeiKonkyo().find("sanshutsu-zeigaku", "都市計画税").orElseThrow().parameters().get(0).level())
                .contains("飯田市");
    }
}
