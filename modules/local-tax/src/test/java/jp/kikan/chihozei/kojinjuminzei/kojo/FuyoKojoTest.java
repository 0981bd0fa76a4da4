package jp.kikan.chihozei.kojinjuminzei.kojo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 扶養控除 by age class on 12月31日 (唐津市: 年少 0 / 一般 33万 / 特定 45万 / 老人 38万 / 同居老親 45万) and the
 * 令和8年度 特定親族特別控除 (福島市, 鎌倉市), with the 人的控除額の差 (一般 5万, 特定 18万, 老人 10万, 同居老親 13万).
 */
@Tag("fn:kojin-juminzei.shotoku-kojo")
class FuyoKojoTest {

    private static KojinJuminzeiFuka withRelative(int reiwa, String birth, long income) {
        return Nyuryoku.reiwa(reiwa).jigyo(3_000_000).fuyo(birth, income).fuka();
    }

    @ParameterizedTest(name = "令和6年度 生年月日 {0} (12/31 に {1}歳) → 扶養控除 {2}, 人的控除差 {3}")
    @CsvSource({
        "2008-01-02, 15, 0, 50000", "2008-01-01, 16, 330000, 100000", "2005-01-02, 18, 330000, 100000",
        "2005-01-01, 19, 450000, 230000", "2001-01-02, 22, 450000, 230000", "2001-01-01, 23, 330000, 100000",
        "1954-01-02, 69, 330000, 100000", "1954-01-01, 70, 380000, 150000"
    })
    void shouldClassifyByAgeOnTheLastDayOfTheIncomeYear(String birth, int age, long kojo, long sa) {
        KojinJuminzeiFuka f = withRelative(6, birth, 0);
        assertThat(f.kojo().fuyo()).isEqualTo(kojo);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(sa);
    }

    @Test
    @DisplayName("同居老親等: 70歳以上の直系尊属で同居 → 450,000 (差 13万); 同居でも直系尊属でなければ 380,000")
    void shouldGiveTheCohabitingParentAmount() {
        KojinJuminzeiFuka parent = Nyuryoku.reiwa(6).jigyo(3_000_000)
                .fuyo(Nyuryoku.shinzoku("1945-05-01", 0, ShogaiKubun.NASHI, true, true)).fuka();
        assertThat(parent.kojo().fuyo()).isEqualTo(450_000);
        assertThat(parent.kojo().jintekiKojoSa()).isEqualTo(50_000 + 130_000);
        KojinJuminzeiFuka other = Nyuryoku.reiwa(6).jigyo(3_000_000)
                .fuyo(Nyuryoku.shinzoku("1945-05-01", 0, ShogaiKubun.NASHI, true, false)).fuka();
        assertThat(other.kojo().fuyo()).isEqualTo(380_000);
    }

    @ParameterizedTest(name = "令和{0}年度 親族の合計所得 {1} → 扶養控除 {2}")
    @DisplayName("扶養親族の合計所得金額要件: 令和7年度 48万円, 令和8年度 58万円")
    @CsvSource({"7, 480000, 330000", "7, 480001, 0", "8, 580000, 330000", "8, 580001, 0"})
    void shouldCountARelativeOnlyUpToTheIncomeRequirement(int reiwa, long income, long kojo) {
        String birth = (2018 + reiwa - 1 - 40) + "-05-01";
        assertThat(withRelative(reiwa, birth, income).kojo().fuyo()).isEqualTo(kojo);
    }

    @ParameterizedTest(name = "令和8年度 20歳の親族 合計所得 {0} → 扶養控除 {1}, 特定親族特別控除 {2}")
    @DisplayName("令和8年度 特定親族特別控除 (19〜22歳, 58万円超123万円以下; 福島市の表)")
    @CsvSource({"580000, 450000, 0", "580001, 0, 450000", "950000, 0, 450000", "950001, 0, 410000", "1000001, 0, 310000",
        "1050001, 0, 210000", "1100001, 0, 110000", "1150001, 0, 60000", "1230000, 0, 30000", "1230001, 0, 0"})
    void shouldGiveTheSpecifiedRelativeDeductionFromReiwa8(long income, long fuyo, long tokutei) {
        KojinJuminzeiFuka f = withRelative(8, "2005-05-01", income);
        assertThat(f.kojo().fuyo()).isEqualTo(fuyo);
        assertThat(f.kojo().tokuteiShinzokuTokubetsu()).isEqualTo(tokutei);
    }

    @Test
    @DisplayName("特定親族特別控除は令和7年度以前にはない; 23歳の親族にはない")
    void shouldNotGiveTheSpecifiedRelativeDeductionBeforeReiwa8OrOutsideTheAges() {
        assertThat(withRelative(7, "2004-05-01", 600_000).kojo().tokuteiShinzokuTokubetsu()).isZero();
        assertThat(withRelative(8, "2002-01-01", 600_000).kojo().tokuteiShinzokuTokubetsu()).isZero();
    }
}
