package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 軽減 7・5・2割 at each boundary, one yen below and above, by 年度 (levy rules B3): 7割 S ≤ 43万 + 10万 × (給与所得者等 − 1);
 * 5割 S ≤ base + k5 × P; 2割 S ≤ base + k2 × P — 令和5 29万/53.5万, 令和6 29.5万/54.5万 (倉敷市
 * https://www.city.kurashiki.okayama.jp/item/135782.htm ; 福島市 https://www.city.fukushima.fukushima.jp/soshiki/7/1030/2/6193.html),
 * 令和7 30.5万/56万 (松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/keigen.html). 令和8: the 令和7 values as an
 * unconfirmed parameter (no source read states them) — the test holds the engine to that parameter, not to the law.
 */
@Tag("fn:kokuho.hokenzei.keigen")
class KeigenTest {

    private static int wari(int nendo, long nushi, long other) {
        return Setai.nendo(nendo).setainushi("1975-05-05", nushi).hihokensha("1978-07-07", other).keisan().keigen().wari();
    }

    @ParameterizedTest(name = "{0}年度: 7割 ≤ {1}, 5割 ≤ {2}, 2割 ≤ {3} (2人、給与所得者等 1人)")
    @CsvSource({"2023, 430000, 1010000, 1500000", "2024, 430000, 1020000, 1520000", "2025, 430000, 1040000, 1550000",
        "2026, 430000, 1040000, 1550000"})
    void shouldReduceAtEachBoundaryAndNotOneYenAbove(int nendo, long k7, long k5, long k2) {
        assertThat(wari(nendo, k7, 0)).isEqualTo(7);
        assertThat(wari(nendo, k7 + 1, 0)).isEqualTo(5);
        assertThat(wari(nendo, k5 - 1, 1)).isEqualTo(5);
        assertThat(wari(nendo, k5 + 1, 0)).isEqualTo(2);
        assertThat(wari(nendo, k2, 0)).isEqualTo(2);
        assertThat(wari(nendo, k2 + 1, 0)).isEqualTo(0);
    }

    @Test
    void shouldRaiseTheBaseBy100000ForEachFurtherSalaryEarner() {
        // 2 給与所得者等: base 43万 + 10万 = 53万 (福島市)
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 530_000).setainushi2().keisan();
        assertThat(k.keigen().kyuyoShotokushaToSu()).isEqualTo(2);
        assertThat(k.keigen().kijun7wari()).isEqualTo(530_000);
        assertThat(k.keigen().wari()).isEqualTo(7);
    }

    @Test
    void shouldReduceTheFlatPartsBySevenTenths() {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 0).keisan();
        HokenzeiKekka.Kikan iryo = Setai.kubun(k, Kubun.IRYO).kikan().get(0);
        // みなみ市 医療分 均等割 30,000 / 平等割 22,000 → 7割 軽減 21,000 / 15,400 → 9,000 + 6,600
        assertThat(iryo.kintowariKeigen()).isEqualTo(21_000);
        assertThat(iryo.byodowariKeigen()).isEqualTo(15_400);
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(15_600);
    }

    @Test
    void shouldDeductUpTo150000FromThePensionIncomeOfA65YearOld() {
        // 令和7年度: 65歳以上 = 昭和35年1月1日以前生まれ; 年金所得 50万 → 判定 S = 58万 − 15万 = 43万 → 7割 (福島市)
        int at = Setai.nendo(2025).nenkin("1960-01-01", 580_000, 1_600_000, 500_000, true).keisan().keigen().wari();
        int above = Setai.nendo(2025).nenkin("1960-01-01", 580_001, 1_600_000, 500_000, true).keisan().keigen().wari();
        // born a day later: not yet 65 on 令和6年12月31日, no deduction
        int younger = Setai.nendo(2025).nenkin("1960-01-02", 580_000, 1_600_000, 500_000, true).keisan().keigen().wari();
        assertThat(at).isEqualTo(7);
        assertThat(above).isEqualTo(5);
        assertThat(younger).isEqualTo(5);
    }

    @Test
    @Tag("fn:kokuho.setai")
    void shouldCountTheIncomeOfAHeadWhoIsNotInsuredButNotTaxIt() {
        // 擬制世帯主 (松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html): S = 90万 (世帯主) → 2割
        // (≤ 43万 + 56万 × 1); 所得割 0 (the insured child has no income)
        HokenzeiKekka k = Setai.nendo(2025).giseiSetainushi("1970-01-01", 900_000).hihokensha("2000-01-01", 0).keisan();
        assertThat(k.giseiSetainushi()).isTrue();
        assertThat(k.keigen().wari()).isEqualTo(2);
        assertThat(k.keigen().taishoNinzu()).isEqualTo(1);
        HokenzeiKekka.Kikan iryo = Setai.kubun(k, Kubun.IRYO).kikan().get(0);
        assertThat(iryo.hihokenshasu()).isEqualTo(1);
        assertThat(iryo.shotokuwari()).isZero();
        // 均等割 30,000 − 2割 6,000 + 平等割 22,000 − 4,400 = 41,600
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(41_600);
    }

    @Test
    void shouldCountAMemberWhoMovedToKokiForTheReduction() {
        // 特定同一世帯所属者 counted in P: S = 100万, P = 2 → 5割 (≤ 43万 + 30.5万 × 2 = 104万); alone P = 1 → none (> 43万 + 56万)
        HokenzeiKekka with = Setai.nendo(2025).setainushi("1955-06-06", 1_000_000).tokutei("1949-03-03", 0).keisan();
        HokenzeiKekka without = Setai.nendo(2025).setainushi("1955-06-06", 1_000_000).keisan();
        assertThat(with.keigen().taishoNinzu()).isEqualTo(2);
        assertThat(with.keigen().wari()).isEqualTo(5);
        assertThat(without.keigen().wari()).isEqualTo(0);
        // but not insured: no 均等割 for them
        assertThat(Setai.kubun(with, Kubun.IRYO).kikan().get(0).hihokenshasu()).isEqualTo(1);
    }
}
