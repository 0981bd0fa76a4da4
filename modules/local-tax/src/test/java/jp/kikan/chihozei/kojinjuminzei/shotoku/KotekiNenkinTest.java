package jp.kikan.chihozei.kojinjuminzei.shotoku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KotekiNenkinPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 公的年金等に係る雑所得 (所得税法第35条第4項; 令和2年分以降の公的年金等控除), by age on 12月31日 and the other income. */
@Tag("fn:kojin-juminzei.shotoku")
class KotekiNenkinTest {

    private static long shotoku(int reiwa, long shunyu, int nenrei, long hoka) {
        return KotekiNenkinPolicy.zatsuShotoku(shunyu, nenrei, hoka, Nyuryoku.params(reiwa, Nyuryoku.MINAMI), new SanteiKonkyo.Builder());
    }

    @ParameterizedTest(name = "令和{0}年度 {2}歳: 年金収入 {1} → 雑所得 {3}")
    @CsvSource({
        "6, 600000, 64, 0", "6, 600001, 64, 1", "6, 1299999, 64, 699999", "6, 1300000, 64, 700000",
        "6, 4099999, 64, 2799999", "6, 4100000, 64, 2800000", "6, 7699999, 64, 5859999", "6, 7700000, 64, 5860000",
        "6, 10000000, 64, 8045000", "6, 1000000, 57, 400000",
        "6, 1100000, 65, 0", "6, 1100001, 65, 1", "6, 3299999, 65, 2199999", "6, 3300000, 65, 2200000",
        "7, 3100000, 65, 2000000", "8, 2000000, 71, 900000"
    })
    void shouldDeductByAgeAndIncome(int reiwa, long shunyu, int nenrei, long zatsu) {
        assertThat(shotoku(reiwa, shunyu, nenrei, 0)).isEqualTo(zatsu);
    }

    @ParameterizedTest(name = "公的年金等以外の合計所得 {0} → 控除 −{1}")
    @DisplayName("公的年金等以外の合計所得金額 1,000万円超 −10万円, 2,000万円超 −20万円 (65歳以上, 年金 200万円)")
    @CsvSource({"10000000, 0", "10000001, 100000", "20000000, 100000", "20000001, 200000"})
    void shouldReduceTheDeductionWhenOtherIncomeIsHigh(long hoka, long gengaku) {
        assertThat(shotoku(6, 2_000_000, 65, hoka)).isEqualTo(900_000 + gengaku);
    }

    @Test
    @DisplayName("年齢は所得年の12月31日で判定: 昭和34年1月1日生まれは令和5年12月31日に65歳 (令和6年度), 1月2日生まれは64歳")
    void shouldJudgeTheAgeOnTheLastDayOfTheIncomeYear() {
        KojinJuminzeiFuka born1Jan = Nyuryoku.reiwa(6).born("1959-01-01").nenkin(1_500_000).fuka();
        KojinJuminzeiFuka born2Jan = Nyuryoku.reiwa(6).born("1959-01-02").nenkin(1_500_000).fuka();
        assertThat(born1Jan.shotoku().kotekiNenkinShotoku()).isEqualTo(400_000);
        assertThat(born2Jan.shotoku().kotekiNenkinShotoku()).isEqualTo(1_500_000 - (375_000 + 275_000));
    }
}
