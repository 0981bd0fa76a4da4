package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 賦課限度額 per 区分 and 年度 (levy rules B2): 令和6 65万/24万/17万 (南魚沼市 https://www.city.minamiuonuma.niigata.jp/docs/1357.html),
 * 令和7 66万/26万/17万 (防府市 https://www.city.hofu.yamaguchi.jp/soshiki/14/hokenryou2022.html); 令和5 65万/22万/17万 and 令和8 are
 * unconfirmed parameters (令和8 = 令和7's values, a placeholder), held to the parameter file.
 */
@Tag("fn:kokuho.hokenzei.gendogaku")
@Tag("fn:kokuho.hokenzei.keisan")
class GendogakuTest {

    @ParameterizedTest(name = "{0}年度: 医療分 {1}, 支援金分 {2}, 介護分 {3}")
    @CsvSource({"2023, 650000, 220000, 170000", "2024, 650000, 240000, 170000", "2025, 660000, 260000, 170000",
        "2026, 660000, 260000, 170000"})
    void shouldCapEachPartAtTheYearsLimit(int nendo, long iryo, long shien, long kaigo) {
        // 総所得金額等 2,000万円, 50歳: 医療分 (2,000万 − 43万) × 7.2% + 30,000 + 22,000 = 1,461,040 > 限度額
        HokenzeiKekka k = Setai.nendo(nendo).setainushi("1975-05-05", 20_000_000).keisan();
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(iryo);
        assertThat(Setai.kubun(k, Kubun.SHIEN).nengaku()).isEqualTo(shien);
        assertThat(Setai.kubun(k, Kubun.KAIGO).nengaku()).isEqualTo(kaigo);
        assertThat(Setai.kubun(k, Kubun.IRYO).kikan().get(0).gendogakuTekiyo()).isTrue();
        assertThat(Setai.kubun(k, Kubun.IRYO).kikan().get(0).gokei()).isEqualTo(1_461_040);
        assertThat(k.nengaku()).isEqualTo(iryo + shien + kaigo);
        assertThat(k.santeiKonkyo().steps()).anyMatch(s -> s.ruleId().equals("gendogaku") && s.note().equals("限度額を適用"));
    }

    @ParameterizedTest(name = "{0}年度: below the cap, the amount as computed")
    @CsvSource({"2024", "2025"})
    void shouldNotCapAnAmountBelowTheLimit(int nendo) {
        // 総所得金額等 343万, 50歳 (no 軽減): 医療分 300万 × 7.2% + 30,000 + 22,000 = 268,000; 支援金分 78,000 + 17,000 = 95,000;
        // 介護分 66,000 + 12,000 = 78,000
        HokenzeiKekka k = Setai.nendo(nendo).setainushi("1975-05-05", 3_430_000).keisan();
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(268_000);
        assertThat(Setai.kubun(k, Kubun.SHIEN).nengaku()).isEqualTo(95_000);
        assertThat(Setai.kubun(k, Kubun.KAIGO).nengaku()).isEqualTo(78_000);
        assertThat(Setai.kubun(k, Kubun.IRYO).kikan().get(0).gendogakuTekiyo()).isFalse();
        assertThat(k.nengaku()).isEqualTo(441_000);
    }
}
