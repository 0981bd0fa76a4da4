package jp.kikan.chihozei.kojinjuminzei.kojo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 配偶者控除 (町田市, 小樽市) and 配偶者特別控除 (小樽市 早見表: rows up to 1,100,000 confirmed; the rows above are
 * [unconfirmed], see haigusha_tokubetsu_kojo), with the 人的控除額の差 they add.
 */
@Tag("fn:kojin-juminzei.shotoku-kojo")
class HaigushaKojoTest {

    /** 本人の合計所得金額 = the 事業所得 entered. */
    private static KojinJuminzeiFuka fuka(int reiwa, long honnin, String spouseBirth, long spouse) {
        return Nyuryoku.reiwa(reiwa).jigyo(honnin).haigusha(spouseBirth, spouse).fuka();
    }

    @ParameterizedTest(name = "令和7年度 配偶者の合計所得 {0} → 配偶者控除 {1}, 配偶者特別控除 {2}, 人的控除差 {3} [{4}]")
    @CsvSource({
        "0, 330000, 0, 100000, confirmed", "480000, 330000, 0, 100000, confirmed", "480001, 0, 330000, 100000, confirmed",
        "499999, 0, 330000, 100000, confirmed", "500000, 0, 330000, 80000, confirmed", "549999, 0, 330000, 80000, confirmed",
        "550000, 0, 330000, 50000, confirmed", "1000000, 0, 330000, 50000, confirmed", "1000001, 0, 310000, 50000, confirmed",
        "1050001, 0, 260000, 50000, confirmed", "1100000, 0, 260000, 50000, confirmed", "1100001, 0, 210000, 50000, unconfirmed",
        "1330000, 0, 30000, 50000, unconfirmed", "1330001, 0, 0, 50000, unconfirmed"
    })
    void shouldGraduateBySpouseIncome(long spouse, long kojo, long tokubetsu, long sa, String status) {
        KojinJuminzeiFuka f = fuka(7, 3_000_000, "1980-01-01", spouse);
        assertThat(f.kojo().haigusha()).isEqualTo(kojo);
        assertThat(f.kojo().haigushaTokubetsu()).isEqualTo(tokubetsu);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(sa);
        if (tokubetsu > 0) {
            SanteiKonkyo.Step step = f.santeiKonkyo().find("haigusha-tokubetsu-kojo").orElseThrow();
            assertThat(step.parameters().get(0).status()).isEqualTo(status);
        }
    }

    @ParameterizedTest(name = "本人の合計所得 {0} → 配偶者控除 {1} / 配偶者特別控除 (配偶者 80万) {2}")
    @CsvSource({"9000000, 330000, 330000", "9000001, 220000, 220000", "9500000, 220000, 220000", "9500001, 110000, 110000",
        "10000000, 110000, 110000", "10000001, 0, 0"})
    void shouldGraduateByTheTaxpayersIncome(long honnin, long kojo, long tokubetsu) {
        assertThat(fuka(7, honnin, "1980-01-01", 0).kojo().haigusha()).isEqualTo(kojo);
        assertThat(fuka(7, honnin, "1980-01-01", 800_000).kojo().haigushaTokubetsu()).isEqualTo(tokubetsu);
    }

    @Test
    @DisplayName("老人控除対象配偶者: 12月31日に70歳 (昭和30年1月1日生まれ, 令和7年度) → 380,000; 1月2日生まれ → 330,000")
    void shouldGiveTheElderlyAmountFrom70OnTheLastDayOfTheYear() {
        assertThat(fuka(7, 3_000_000, "1955-01-01", 0).kojo().haigusha()).isEqualTo(380_000);
        assertThat(fuka(7, 3_000_000, "1955-01-01", 0).kojo().jintekiKojoSa()).isEqualTo(50_000 + 100_000);
        assertThat(fuka(7, 3_000_000, "1955-01-02", 0).kojo().haigusha()).isEqualTo(330_000);
    }

    @Test
    @DisplayName("令和8年度: 同一生計配偶者の要件 58万円 — 580,000 → 配偶者控除, 580,001 → 配偶者特別控除 [unconfirmed amounts]")
    void shouldMoveTheSpouseThresholdTo580000InReiwa8() {
        assertThat(fuka(8, 3_000_000, "1980-01-01", 580_000).kojo().haigusha()).isEqualTo(330_000);
        KojinJuminzeiFuka over = fuka(8, 3_000_000, "1980-01-01", 580_001);
        assertThat(over.kojo().haigusha()).isZero();
        assertThat(over.kojo().haigushaTokubetsu()).isEqualTo(330_000);
        assertThat(fuka(7, 3_000_000, "1980-01-01", 580_000).kojo().haigushaTokubetsu()).isEqualTo(330_000);
    }
}
