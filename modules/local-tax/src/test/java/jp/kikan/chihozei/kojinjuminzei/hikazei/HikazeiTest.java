package jp.kikan.chihozei.kojinjuminzei.hikazei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 非課税 (地方税法第295条・第24条の5; 附則第3条の3): 生活扶助; 障害者・未成年者・寡婦・ひとり親 ≤ 135万円 (新潟市 概要);
 * 均等割 by 級地 (墨田区 1級地, 新潟市 2級地, いすみ市 3級地); 所得割 (35万円 × N + 10万円 + 32万円).
 */
@Tag("fn:kojin-juminzei.hikazei")
class HikazeiTest {

    /** The demo city with another 級地 (its own overlay changed for the test). */
    private static ParameterRepository minamiKyuchi(int kyuchi) {
        return Nyuryoku.repositoryWith("municipalities/999997-minami.yaml", t -> t.replace("value: 3}", "value: " + kyuchi + "}"));
    }

    private static void assertExemptFromEverything(KojinJuminzeiFuka f) {
        assertThat(f.hikazei().zengakuHikazei()).isTrue();
        assertThat(f.nenZeigaku()).isZero();
        assertThat(f.shinrinKankyozei()).isZero();
    }

    @Test
    @DisplayName("shouldTaxNothingWhenOnLivelihoodAssistanceOnJanuaryFirst: 生活扶助 → 給与 300万円でも均等割・所得割・森林環境税 0")
    void shouldTaxNothingWhenOnLivelihoodAssistanceOnJanuaryFirst() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(3_000_000).seikatsuHogo().fuka();
        assertExemptFromEverything(f);
        assertThat(f.hikazei().riyu()).contains("生活扶助");
    }

    @ParameterizedTest(name = "{0}: 合計所得 1,350,000 → 非課税, 1,350,001 → 課税")
    @CsvSource({"障害者", "寡婦", "ひとり親"})
    void shouldTaxNothingForTheProtectedStatusesUpTo1350000(String mibun) {
        Nyuryoku at = status(Nyuryoku.reiwa(7).jigyo(1_350_000), mibun);
        Nyuryoku over = status(Nyuryoku.reiwa(7).jigyo(1_350_001), mibun);
        assertExemptFromEverything(at.fuka());
        assertThat(over.fuka().hikazei().zengakuHikazei()).isFalse();
        assertThat(over.fuka().nenZeigaku()).isPositive();
    }

    private static Nyuryoku status(Nyuryoku n, String mibun) {
        return switch (mibun) {
            case "障害者" -> n.shogai(ShogaiKubun.SHOGAISHA);
            case "寡婦" -> n.kafu();
            default -> n.hitorioya(HitorioyaKubun.HAHA);
        };
    }

    @ParameterizedTest(name = "令和{0}年度 生年月日 {1} → 未成年者 {2}")
    @DisplayName("未成年者 (賦課期日に18歳未満; 令和4年度までは20歳未満) で合計所得 100万円 → 非課税; 1月2日生まれは誕生日の前日 (1月1日) に年を取る")
    @CsvSource({"6, 2006-01-03, true", "6, 2006-01-02, false", "4, 2002-01-03, true", "4, 2002-01-02, false"})
    void shouldTaxNothingForAMinorUpTo1350000(int reiwa, String birth, boolean exempt) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(reiwa).born(birth).jigyo(1_000_000).fuka();
        assertThat(f.hikazei().zengakuHikazei()).isEqualTo(exempt);
    }

    @ParameterizedTest(name = "{0}級地, 人数 {1}: 合計所得 {2} → 均等割 非課税 {3}")
    @CsvSource({
        "1, 1, 450000, true", "1, 1, 450001, false", "1, 2, 1010000, true", "1, 2, 1010001, false",
        "3, 1, 380000, true", "3, 1, 380001, false", "3, 2, 828000, true", "3, 2, 828001, false", "3, 3, 1108000, true",
        "3, 3, 1108001, false"
    })
    void shouldExemptTheCapitationByTheLimitOfTheGrade(int kyuchi, int ninzu, long gokei, boolean exempt) {
        Nyuryoku n = Nyuryoku.reiwa(7).jigyo(gokei);
        if (ninzu >= 2) {
            n.haigusha("1980-01-01", 0);
        }
        if (ninzu >= 3) {
            n.fuyo("2015-01-01", 0);
        }
        KojinJuminzeiFuka f = n.fuka(minamiKyuchi(kyuchi));
        assertThat(f.hikazei().ninzu()).isEqualTo(ninzu);
        assertThat(f.hikazei().kintowariHikazei()).isEqualTo(exempt);
        assertThat(f.shi().kintowari() == 0).isEqualTo(exempt);
    }

    @ParameterizedTest(name = "2級地 (新潟市) 人数 {0}: 合計所得 {1} → 均等割 非課税 {2}")
    @CsvSource({"1, 415000, true", "1, 415001, false", "2, 919000, true", "2, 919001, false"})
    void shouldUseTheSecondGradeOfNiigata(int ninzu, long gokei, boolean exempt) {
        Nyuryoku n = Nyuryoku.reiwa(8).city(Nyuryoku.NIIGATA).jigyo(gokei);
        if (ninzu == 2) {
            n.haigusha("1980-01-01", 0);
        }
        assertThat(n.fuka().hikazei().kintowariHikazei()).isEqualTo(exempt);
    }

    @ParameterizedTest(name = "人数 {0}: 総所得金額等 {1} → 所得割 非課税 {2}")
    @CsvSource({"1, 450000, true", "1, 450001, false", "2, 1120000, true", "2, 1120001, false"})
    void shouldExemptTheIncomeLevyByItsOwnLimit(int ninzu, long so, boolean exempt) {
        Nyuryoku n = Nyuryoku.reiwa(7).jigyo(so);
        if (ninzu == 2) {
            n.fuyo("2015-01-01", 0);
        }
        KojinJuminzeiFuka f = n.fuka();
        assertThat(f.hikazei().shotokuwariHikazei()).isEqualTo(exempt);
        assertThat(f.shi().shotokuwariSaishu() == 0 && f.ken().shotokuwariSaishu() == 0).isEqualTo(exempt);
    }

    @Test
    @DisplayName("配偶者特別控除の対象の配偶者 (所得 50万円) は人数に入らない")
    void shouldNotCountASpouseAboveTheRequirement() {
        assertThat(Nyuryoku.reiwa(7).jigyo(600_000).haigusha("1980-01-01", 500_000).fuka().hikazei().ninzu()).isEqualTo(1);
    }

    @Test
    @DisplayName("級地が登録されていない市 (新座市): どの級地でも同じ結論なら判定, 級地で分かれる所得なら級地を求める")
    void shouldDecideWithoutTheGradeOnlyWhereEveryGradeAgrees() {
        assertThat(Nyuryoku.reiwa(7).city(Nyuryoku.NIIZA).jigyo(380_000).fuka().hikazei().kintowariHikazei()).isTrue();
        assertThat(Nyuryoku.reiwa(7).city(Nyuryoku.NIIZA).jigyo(450_001).fuka().hikazei().kintowariHikazei()).isFalse();
        assertThatThrownBy(() -> Nyuryoku.reiwa(7).city(Nyuryoku.NIIZA).jigyo(400_000).fuka())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("kyuchi-required");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("shikuchosonkodo");
                        assertThat(v.code()).isEqualTo(StandardErrorCode.E0004);
                        assertThat(v.message()).contains("新座市").contains("級地");
                    });
                });
    }
}
