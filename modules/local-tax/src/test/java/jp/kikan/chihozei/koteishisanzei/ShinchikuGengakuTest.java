package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.kaoku;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import org.junit.jupiter.api.Test;

/**
 * 新築住宅減額 (地方税法附則第15条の6; 鈴鹿市 https://www.city.suzuka.lg.jp/life/benri/5314.html, 鳥羽市, 日立市): 120㎡ までの
 * 部分の税額の 1/2, 3 年度 (3階建以上の耐火・準耐火 5 年度) from the first 賦課期日 after it was built. A house of 10,000,000円:
 * 税額 140,000円.
 */
class ShinchikuGengakuTest {

    private static final long ZEIGAKU = 10_000_000 * 14 / 1000;

    @Test
    void shouldHalveTheTaxOn120Of150SquareMetresForThreeYears() {
        // built 2021-06-01 → first taxed 令和4年度; reduced 令和4〜6年度
        Kaoku k = kaoku(10_000_000, "150", "150", LocalDate.of(2021, 6, 1), 2, false);
        long gengaku = ZEIGAKU * 120 / 150 / 2;
        for (int r = 4; r <= 6; r++) {
            KoteishisanzeiFuka f = kaoku(reiwa(r), k);
            assertThat(f.shinchikuGengaku()).as("令和%d年度", r).isEqualTo(gengaku);
            assertThat(f.koteiZeigaku()).isEqualTo(ZEIGAKU - gengaku);
            assertThat(f.kaoku().get(0).gengakuNendo()).isEqualTo(r - 3);
        }
        assertThat(kaoku(reiwa(7), k).shinchikuGengaku()).isZero();
        // not standing on 2021-01-01: not taxed in 令和3年度 at all
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kaoku(reiwa(3), k))
                .isInstanceOf(jp.kikan.platform.problem.RuleViolationException.class).hasMessageContaining("賦課期日");
    }

    @Test
    void shouldReduceFiveYearsForAThreeStoreyFireproofHouse() {
        Kaoku k = kaoku(10_000_000, "150", "150", LocalDate.of(2019, 6, 1), 3, true); // first 令和2年度 → 令和2〜6年度
        assertThat(kaoku(reiwa(6), k).shinchikuGengaku()).isEqualTo(ZEIGAKU * 120 / 150 / 2);
        assertThat(kaoku(reiwa(6), k).kaoku().get(0).gengakuNensu()).isEqualTo(5);
        assertThat(kaoku(reiwa(7), k).shinchikuGengaku()).isZero();
        Kaoku niKai = kaoku(10_000_000, "150", "150", LocalDate.of(2019, 6, 1), 2, true); // 令和2〜4年度
        assertThat(kaoku(reiwa(4), niKai).shinchikuGengaku()).isPositive();
        assertThat(kaoku(reiwa(5), niKai).shinchikuGengaku()).isZero();
    }

    @Test
    void shouldCapTheReducedAreaAt120SquareMetres() {
        LocalDate built = LocalDate.of(2023, 5, 1);
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "100", "100", built, 2, false)).shinchikuGengaku()).isEqualTo(ZEIGAKU / 2);
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "120", "120", built, 2, false)).shinchikuGengaku()).isEqualTo(ZEIGAKU / 2);
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "200", "200", built, 2, false)).shinchikuGengaku())
                .isEqualTo(ZEIGAKU * 120 / 200 / 2);
    }

    @Test
    void shouldReduceOnlyTheDwellingShareOfAMixedUseHouse() {
        // 160㎡ of which 100㎡ 居住 (≥ 1/2): 税額 × 100 / 160 × 1/2
        KoteishisanzeiFuka f = kaoku(reiwa(6), kaoku(10_000_000, "160", "100", LocalDate.of(2023, 5, 1), 2, false));
        assertThat(f.shinchikuGengaku()).isEqualTo(ZEIGAKU * 100 / 160 / 2);
    }

    @Test
    void shouldNotReduceOutsideTheFloorAreaConditions() {
        LocalDate built = LocalDate.of(2023, 5, 1);
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "49", "49", built, 1, false)).shinchikuGengaku()).isZero();
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "281", "281", built, 2, false)).shinchikuGengaku()).isZero();
        assertThat(kaoku(reiwa(6), kaoku(10_000_000, "200", "90", built, 2, false)).shinchikuGengaku()).isZero(); // < 1/2
        Kaoku kashiya = new Kaoku("k2", "貸家", 10_000_000, new java.math.BigDecimal("45"), new java.math.BigDecimal("45"), built,
                2, false, true, false);
        assertThat(kaoku(reiwa(6), kashiya).shinchikuGengaku()).isEqualTo(ZEIGAKU / 2);
    }

    @Test
    void shouldStartOnTheFirstOfJanuaryItStandsOn() {
        Kaoku k = kaoku(10_000_000, "100", "100", LocalDate.of(2022, 1, 1), 2, false); // taxed from 令和4年度
        assertThat(kaoku(reiwa(4), k).kaoku().get(0).gengakuNendo()).isEqualTo(1);
        assertThat(kaoku(reiwa(7), k).shinchikuGengaku()).isZero();
    }

    @Test
    void shouldUseThePeriodOfTheYearBuiltWithItsStatus() {
        KoteishisanzeiFuka f = kaoku(reiwa(7), kaoku(10_000_000, "100", "100", LocalDate.of(2024, 6, 1), 2, false));
        var use = f.santeiKonkyo().find("shinchiku-gengaku").orElseThrow().parameters().get(0);
        assertThat(use.value()).startsWith("2024-04-01〜2026-03-31");
        assertThat(use.status()).isEqualTo("unconfirmed");
        KoteishisanzeiFuka older = kaoku(reiwa(6), kaoku(10_000_000, "100", "100", LocalDate.of(2023, 5, 1), 2, false));
        assertThat(older.santeiKonkyo().find("shinchiku-gengaku").orElseThrow().parameters().get(0).status())
                .isEqualTo("confirmed");
    }

    @Test
    void shouldNotReduceTheToshiKeikakuzei() {
        Kaoku k = new Kaoku("k1", "家屋1", 10_000_000, new java.math.BigDecimal("100"), new java.math.BigDecimal("100"),
                LocalDate.of(2023, 5, 1), 2, false, false, true);
        KoteishisanzeiFuka f = kaoku(reiwa(6), k);
        assertThat(f.toshiZeigaku()).isEqualTo(10_000_000 * 3 / 1000);
        assertThat(f.koteiZeigaku()).isEqualTo(ZEIGAKU / 2);
    }
}
