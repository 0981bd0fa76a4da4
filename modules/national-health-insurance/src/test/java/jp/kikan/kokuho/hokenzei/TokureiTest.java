package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 産前産後 (いちき串木野市 https://www.city.ichikikushikino.lg.jp/zeimu2/kokuhozei/sanzensango.html ; 品川区
 * https://www.city.shinagawa.tokyo.jp/ct/other/20231122101648_2.txt) and 非自発的失業者 (防府市
 * http://www.city.hofu.yamaguchi.jp/soshiki/14/kokuho-hijihatu-keigen.html ; 向日市
 * https://www.city.muko.kyoto.jp/kurashi/kurasi/hoken/1/1449541353566.html), みなみ市; one member, 総所得金額等 343万
 * (annual 医療分 268,000 = 216,000 + 30,000 + 22,000, no 軽減).
 */
@Tag("fn:kokuho.hokenzei.keigen")
@Tag("fn:kokuho.hokenzei.tsukiwari")
class TokureiTest {

    private static HokenzeiKekka sanzen(int nendo, String yotei, boolean tatai) {
        return Setai.nendo(nendo).add(new Setaiin(LocalDate.parse("1995-05-05"), true, true, false, null, null,
                new Setaiin.Shotoku(3_430_000, 5_000_000, 0, 0), new Setaiin.Tokurei(LocalDate.parse(yotei), tatai, null, null)))
                .keisan();
    }

    private static HokenzeiKekka hijihatsu(int nendo, String birth, long sosho, String rishokubi) {
        return Setai.nendo(nendo).add(new Setaiin(LocalDate.parse(birth), true, true, false, null, null,
                new Setaiin.Shotoku(sosho, 5_000_000, 0, 0, sosho), new Setaiin.Tokurei(null, false, LocalDate.parse(rishokubi), "11")))
                .keisan();
    }

    @Test
    void shouldExemptTheMothersOwnShareForFourMonthsAroundTheBirth() {
        // 出産予定 2025-08-15 → 7月〜10月: 平等割 22,000 only; (22,000 × 4 + 268,000 × 8) / 12 = 186,000
        HokenzeiKekka.KubunKekka iryo = Setai.kubun(sanzen(2025, "2025-08-15", false), Kubun.IRYO);
        assertThat(iryo.kikan()).extracting(HokenzeiKekka.Kikan::tsukiKara).containsExactly(4, 7, 11);
        assertThat(iryo.kikan().get(1).nengakuSoto()).isEqualTo(22_000);
        assertThat(iryo.nengaku()).isEqualTo(186_000);
        // 支援金分 (7,000 × 4 + 95,000 × 8) / 12 = 65,666 → 65,600 (100円未満切捨て)
        assertThat(Setai.kubun(sanzen(2025, "2025-08-15", false), Kubun.SHIEN).nengaku()).isEqualTo(65_600);
    }

    @Test
    void shouldExemptSixMonthsForAMultipleBirth() {
        // 多胎: 5月〜10月: (22,000 × 6 + 268,000 × 6) / 12 = 145,000
        assertThat(Setai.kubun(sanzen(2025, "2025-08-15", true), Kubun.IRYO).nengaku()).isEqualTo(145_000);
    }

    @Test
    void shouldNotExemptMonthsBeforeJanuary2024() {
        // 令和6年1月分から: 出産予定 2024-01-10 → 2023年12月 is not exempt, 1〜3月 are: (22,000 × 3 + 268,000 × 9) / 12 = 206,500
        assertThat(Setai.kubun(sanzen(2023, "2024-01-10", false), Kubun.IRYO).nengaku()).isEqualTo(206_500);
        assertThat(Setai.kubun(sanzen(2023, "2023-08-15", false), Kubun.IRYO).nengaku()).isEqualTo(268_000);
    }

    @Test
    void shouldCountThreeTenthsOfTheSalaryOfAnInvoluntarilyUnemployedPerson() {
        // 離職 2024-09-30 → 2024年10月〜2026年3月: 343万 × 30/100 = 1,029,000; 所得割 (1,029,000 − 430,000) × 7.2% = 43,128;
        // 43,128 + 30,000 + 22,000 = 95,128 → 95,100; 判定 1,029,000 > 99万: no 軽減
        HokenzeiKekka k = hijihatsu(2025, "1990-01-01", 3_430_000, "2024-09-30");
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(95_100);
        assertThat(k.keigen().hanteiShotoku()).isEqualTo(1_029_000);
        assertThat(k.keigen().wari()).isZero();
        // 300万 × 30/100 = 90万 ≤ 99万 → 2割: 所得割 33,840 + 24,000 + 17,600 = 75,440 → 75,400
        HokenzeiKekka low = hijihatsu(2025, "1990-01-01", 3_000_000, "2024-09-30");
        assertThat(low.keigen().wari()).isEqualTo(2);
        assertThat(Setai.kubun(low, Kubun.IRYO).nengaku()).isEqualTo(75_400);
    }

    @Test
    void shouldApplyTheUnemploymentIncomeFromTheMonthAfterLeaving() {
        // 離職 2025-06-15 → 6月から: (268,000 × 2 + 95,128 × 10) / 12 = 123,940 → 123,900
        assertThat(Setai.kubun(hijihatsu(2025, "1990-01-01", 3_430_000, "2025-06-15"), Kubun.IRYO).nengaku()).isEqualTo(123_900);
        // the period ended with 令和6年度 (離職 2023-05-31 → 2023年6月〜2025年3月): full income in 令和7年度
        assertThat(Setai.kubun(hijihatsu(2025, "1990-01-01", 3_430_000, "2023-05-31"), Kubun.IRYO).nengaku()).isEqualTo(268_000);
    }

    @Test
    void shouldRefuseTheUnemploymentReductionForSomeone65WhenLeaving() {
        assertThatThrownBy(() -> hijihatsu(2025, "1959-01-01", 3_430_000, "2024-03-31")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("65歳以上");
    }
}
