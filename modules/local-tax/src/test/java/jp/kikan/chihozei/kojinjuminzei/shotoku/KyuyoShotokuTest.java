package jp.kikan.chihozei.kojinjuminzei.shotoku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KyuyoShotokuPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 給与所得 by the table of each income year (所得税法第28条・別表第五): 令和3〜7年度 (令和2〜6年分) from 十和田市 / 見附市,
 * 令和8年度 (令和7年分, minimum 控除 65万円) from 名護市 / 塩竈市 / 行方市 — each boundary one yen either side.
 */
@Tag("fn:kojin-juminzei.shotoku")
class KyuyoShotokuTest {

    private static long kyuyoShotoku(int reiwa, long shunyu) {
        return KyuyoShotokuPolicy.kojogo(shunyu, Nyuryoku.params(reiwa, Nyuryoku.MINAMI), new SanteiKonkyo.Builder());
    }

    @ParameterizedTest(name = "令和{0}年度: 給与収入 {1} → 給与所得 {2}")
    @DisplayName("令和6・7年度 (令和5・6年分): 給与所得控除 最低55万円, 別表第五の刻み")
    @CsvSource({
        "6, 550999, 0", "6, 551000, 1000", "6, 1618999, 1068999", "6, 1619000, 1069000", "6, 1619999, 1069000",
        "6, 1620000, 1070000", "6, 1621999, 1070000", "6, 1622000, 1072000", "6, 1623999, 1072000", "6, 1624000, 1074000",
        "6, 1627999, 1074000", "6, 1628000, 1076800", "6, 1799999, 1177600", "6, 1800000, 1180000", "6, 3599999, 2437200",
        "6, 3600000, 2440000", "6, 6599999, 4836800", "6, 6600000, 4840000", "6, 8499999, 6549999", "6, 8500000, 6550000",
        "6, 4000000, 2760000", "6, 5500000, 3960000", "6, 0, 0",
        "7, 550999, 0", "7, 551000, 1000", "7, 1618999, 1068999", "7, 1619000, 1069000", "7, 1627999, 1074000",
        "7, 1628000, 1076800", "7, 8499999, 6549999", "7, 8500000, 6550000", "7, 9000000, 7050000"
    })
    void shouldApplyTheTableOfReiwa2To6Incomes(int reiwa, long shunyu, long shotoku) {
        assertThat(kyuyoShotoku(reiwa, shunyu)).isEqualTo(shotoku);
    }

    @ParameterizedTest(name = "令和8年度: 給与収入 {0} → 給与所得 {1}")
    @DisplayName("令和8年度 (令和7年分): 給与所得控除 最低65万円 (190万円以下), 190万円超は従来どおり")
    @CsvSource({
        "650999, 0", "651000, 1000", "1618999, 968999", "1619000, 969000", "1628000, 978000", "1900999, 1250999",
        "3600000, 2440000", "5000000, 3560000", "8500000, 6550000"
    })
    void shouldApplyTheReiwa7IncomeTableFromReiwa8(long shunyu, long shotoku) {
        assertThat(kyuyoShotoku(8, shunyu)).isEqualTo(shotoku);
    }

    @ParameterizedTest(name = "令和8年度 [unconfirmed row]: 給与収入 {0} → 給与所得 {1}")
    @DisplayName("[unconfirmed] 令和8年度 1,901,000〜: ÷4 / 4,000円刻み kept (大和郡山市 gives 収入×70%−80,000 without it)")
    @CsvSource({"1901000, 1250000", "1903999, 1250000", "1904000, 1252800", "3599999, 2437200"})
    void shouldKeepTheQuarterStepsAbove1901000AsTheMunicipalTablesReadSay(long shunyu, long shotoku) {
        assertThat(kyuyoShotoku(8, shunyu)).isEqualTo(shotoku);
        SanteiKonkyo.Builder b = new SanteiKonkyo.Builder();
        KyuyoShotokuPolicy.kojogo(shunyu, Nyuryoku.params(8, Nyuryoku.MINAMI), b);
        assertThat(b.steps().get(0).parameters().get(0).status()).isEqualTo("unconfirmed");
    }
}
