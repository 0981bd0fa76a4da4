package jp.kikan.chihozei.koteishisanzei;

import static jp.kikan.chihozei.koteishisanzei.Shisan.IIDA;
import static jp.kikan.chihozei.koteishisanzei.Shisan.MINAMI;
import static jp.kikan.chihozei.koteishisanzei.Shisan.reiwa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.domain.policy.KoseiKikanPolicy;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterLoader;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * 賦課決定・更正の期間制限 (地方税法第17条の5) on the shipped parameters: 5 years from the day after the 法定納期限 of the
 * 年度's first 期 — みなみ市 pays in April (第1期 4月末), so 令和3年度 (第1期 2021-04-30) can be corrected up to 2026-04-30.
 */
class KoseiKikanTest {

    private static final KoteiParameterRepository REPO = KoteiParameterLoader.loadDefaults();

    private static void kakunin(int nendo, String lg, LocalDate shoribi) {
        KoteishisanzeiParameters p = REPO.parameters(new Nendo(nendo), lg);
        KoseiKikanPolicy.kakunin(nendo, p.noki(), p.koseiKikan(), shoribi);
    }

    @Test
    void shouldAllowACorrectionUpToTheLastDayOfTheFifthYearAndRefuseItOnTheNext() {
        assertThat(REPO.parameters(new Nendo(reiwa(3)), MINAMI).koseiKikan().value().nensu()).isEqualTo(5);
        assertThatCode(() -> kakunin(reiwa(3), MINAMI, LocalDate.of(2026, 4, 30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> kakunin(reiwa(3), MINAMI, LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage())
                        .contains("2021年4月30日").contains("2026年5月1日以後は不可").contains("第17条の5"));
        assertThatCode(() -> kakunin(reiwa(4), MINAMI, LocalDate.of(2026, 12, 3))).doesNotThrowAnyException();
    }

    @Test
    void shouldCountFromTheMunicipalitysOwnFirstMonthInTheNextCalendarYear() {
        // a 年度 whose first 期 falls in January–March: its 法定納期限 is in the following calendar year
        Param<KoteiParams.Noki> noki = REPO.parameters(new Nendo(reiwa(5)), IIDA).noki();
        Param<KoteiParams.Noki> fuyu = new Param<>(new KoteiParams.Noki(List.of(2), 100), noki.ref());
        assertThat(KoseiKikanPolicy.hoteiNokigen(reiwa(5), fuyu.value())).isEqualTo(LocalDate.of(2024, 2, 29));
        Param<KoteiParams.KoseiKikan> kikan = REPO.parameters(new Nendo(reiwa(5)), IIDA).koseiKikan();
        assertThatCode(() -> KoseiKikanPolicy.kakunin(reiwa(5), fuyu, kikan, LocalDate.of(2029, 2, 28)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> KoseiKikanPolicy.kakunin(reiwa(5), fuyu, kikan, LocalDate.of(2029, 3, 1)))
                .isInstanceOf(RuleViolationException.class);
    }
}
