package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 特定世帯 (平等割 1/2 for 5 years from the month a member moved to 後期高齢者医療 leaving one insured) and 特定継続世帯 (3/4
 * for 3 years more) — 佐倉市 https://www.city.sakura.lg.jp/soshiki/kenkohokenka/89/5720.html, 三島市
 * http://www.city.mishima.shizuoka.jp/ipn026413.html, 秦野市 (医療分・支援金分 only, 軽減 after it) — and the
 * 特定同一世帯所属者 counted for the 軽減, 令和7年度 みなみ市: 医療分 平等割 22,000, 支援金分 7,000. The 世帯主 (born 1975, one
 * 給与所得者等) has 総所得金額等 300万: 医療分 185,040 + 30,000 + 平等割, 支援金分 66,820 + 10,000 + 平等割. The move is
 * in the month of the 75th birthday; the months are counted from it (60 and 36: inferred).
 */
@Tag("fn:kokuho.hokenzei.keisan")
@Tag("fn:kokuho.hokenzei.keigen")
class TokuteiSetaiTest {

    private static HokenzeiKekka.Kikan only(HokenzeiKekka k, Kubun kubun) {
        List<HokenzeiKekka.Kikan> g = Setai.kubun(k, kubun).kikan();
        assertThat(g).hasSize(1);
        return g.get(0);
    }

    @ParameterizedTest(name = "後期 {0} (4月に{1}か月): {2}, 平等割の減額 {3}円 / {4}円")
    @CsvSource(nullValues = "-", value = {
        "1945-05-15, 59, tokutei, 11000, 3500, 226000, 80300",
        "1945-04-15, 60, tokutei_keizoku, 5500, 1750, 231500, 82000",
        "1942-05-15, 95, tokutei_keizoku, 5500, 1750, 231500, 82000",
        "1942-04-15, 96, -, -, -, 237000, 83800"})
    void shouldHalveThenQuarterTheFlatPartByTheMonthsSinceTheMoveJudgedOnTheAssessmentDay(String koki, int months, String status,
            Long iryoGengaku, Long shienGengaku, long iryo, long shien) {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).tokutei(koki, 0).keisan();
        HokenzeiKekka.Kikan g = only(k, Kubun.IRYO);
        assertThat(g.tokuteiSetai()).isEqualTo(status);
        assertThat(g.byodowariTokuteiGengaku()).isEqualTo(iryoGengaku);
        assertThat(only(k, Kubun.SHIEN).byodowariTokuteiGengaku()).isEqualTo(shienGengaku);
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(iryo);
        assertThat(Setai.kubun(k, Kubun.SHIEN).nengaku()).isEqualTo(shien);
        // not the 介護納付金分 (秦野市: 医療給付費分と後期高齢者支援金分の平等割)
        assertThat(only(k, Kubun.KAIGO).tokuteiSetai()).isNull();
        assertThat(k.santeiKonkyo().steps().stream().anyMatch(s -> s.ruleId().equals("tokutei-setai"))).isEqualTo(status != null);
    }

    @ParameterizedTest(name = "75歳の誕生日 {0}: 特定世帯 from month {1}")
    @CsvSource({"1950-09-30, 9", "1950-10-01, 10", "1951-03-31, 3"})
    void shouldHalveFromTheMonthTheMemberMovesToKokiDuringTheYear(String birth, int from) {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).kokiTokutei(birth, 0).keisan();
        List<HokenzeiKekka.Kikan> g = Setai.kubun(k, Kubun.IRYO).kikan();
        assertThat(g).hasSize(2);
        assertThat(g.get(0).tokuteiSetai()).isNull();
        assertThat(g.get(0).hihokenshasu()).isEqualTo(2);
        assertThat(g.get(1).tsukiKara()).isEqualTo(from);
        assertThat(g.get(1).tokuteiSetai()).isEqualTo("tokutei");
        assertThat(g.get(1).hihokenshasu()).isEqualTo(1);
        assertThat(g.get(1).byodowari() - g.get(1).byodowariTokuteiGengaku() - g.get(1).byodowariKeigen()).isEqualTo(11_000);
    }

    @Test
    void shouldKeepTheReductionToTheYearsEndWhenTheHouseholdGrowsAgain() {
        // 特定世帯 on 1 April (moved 2024-06); a son joins in October: 2 insured, still 1/2 until the next 賦課期日 (佐倉市)
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).tokutei("1949-06-20", 0)
                .kanyu("2000-01-01", "2025-10-15").keisan();
        List<HokenzeiKekka.Kikan> g = Setai.kubun(k, Kubun.IRYO).kikan();
        assertThat(g).extracting(HokenzeiKekka.Kikan::hihokenshasu).containsExactly(1, 2);
        assertThat(g).extracting(HokenzeiKekka.Kikan::tokuteiSetai).containsExactly("tokutei", "tokutei");
    }

    @Test
    void shouldNotReduceAHouseholdWithTwoInsured() {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", 3_000_000).hihokensha("1978-07-07", 0)
                .tokutei("1949-06-20", 0).keisan();
        assertThat(only(k, Kubun.IRYO).tokuteiSetai()).isNull();
    }

    @Test
    void shouldApplyTheLowIncomeReductionToWhatIsLeftOfTheFlatPart() {
        // 7割 軽減 of the halved 平等割: 11,000 × 7/10 = 7,700 (秦野市: 平等割額減額後の額が軽減されます)
        HokenzeiKekka.Kikan g = only(Setai.nendo(2025).setainushi("1975-05-05", 0).tokutei("1949-06-20", 0).keisan(), Kubun.IRYO);
        assertThat(g.byodowariTokuteiGengaku()).isEqualTo(11_000);
        assertThat(g.byodowariKeigen()).isEqualTo(7_700);
    }

    @ParameterizedTest(name = "S = {0}: {1}割 (P = 2 with the 特定同一世帯所属者)")
    @CsvSource({"1040000, 5", "1040001, 2"})
    void shouldCountTheMemberWhoMovedToKokiInTheReductionsIncomeAndPersons(long s, int wari) {
        // his income (10万) is in S, he is in P: 5割 ≤ 43万 + 30.5万 × 2 = 104万; 2割 ≤ 43万 + 56万 × 2 = 155万
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1975-05-05", s - 100_000).tokutei("1949-06-20", 100_000).keisan();
        assertThat(k.keigen().taishoNinzu()).isEqualTo(2);
        assertThat(k.keigen().hanteiShotoku()).isEqualTo(s);
        assertThat(k.keigen().wari()).isEqualTo(wari);
    }

    @Test
    void shouldCountHimWithoutATimeLimitSince2013() {
        // moved to 後期 in 2015: ten years on still counted (平成25年度から恒久化: 佐倉市); without him P = 1 and 5割 ≤ 73.5万
        HokenzeiKekka with = Setai.nendo(2025).setainushi("1975-05-05", 900_000).tokutei("1940-01-20", 0).keisan();
        HokenzeiKekka without = Setai.nendo(2025).setainushi("1975-05-05", 900_000).keisan();
        assertThat(with.keigen().taishoNinzu()).isEqualTo(2);
        assertThat(with.keigen().wari()).isEqualTo(5);
        assertThat(without.keigen().wari()).isEqualTo(2);
    }
}
