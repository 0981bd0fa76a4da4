package jp.kikan.kokuho.shikaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import jp.kikan.kokuho.shikaku.domain.ShikakuKakuninshoPolicy;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 一部負担金の割合 (国民健康保険法第42条第1項) and the 有効期限 of a 資格確認書, at their boundaries. */
@Tag("fn:kokuho.shikaku-kakuninsho")
class ShikakuKakuninshoPolicyTest {

    private static final MonthDay JULY_31 = MonthDay.of(7, 31);

    private static int wari(String born, String on) {
        return ShikakuKakuninshoPolicy.futan(LocalDate.parse(born), LocalDate.parse(on), null).wari();
    }

    @Test
    void shouldChargeTwoTenthsUntilTheFirstThirtyFirstOfMarchAfterTheSixthBirthday() {
        // born 2020-05-10: 6歳到達 2026-05-09, so 2割 until 2027-03-31
        assertThat(wari("2020-05-10", "2027-03-31")).isEqualTo(2);
        assertThat(wari("2020-05-10", "2027-04-01")).isEqualTo(3);
        // born 1 April: 6歳到達 31 March itself, so school age from the next day
        assertThat(wari("2020-04-01", "2026-03-31")).isEqualTo(2);
        assertThat(wari("2020-04-01", "2026-04-01")).isEqualTo(3);
        // born 2 April: 6歳到達 1 April, so 2割 for one more year
        assertThat(wari("2020-04-02", "2026-04-01")).isEqualTo(2);
    }

    @Test
    void shouldChangeTheShareFromTheMonthAfterTheSeventiethIsReached() {
        // born 1956-12-15: 70歳到達 2026-12-14 → 高齢受給者 from 2027-01-01
        assertThat(wari("1956-12-15", "2026-12-31")).isEqualTo(3);
        assertThatThrownBy(() -> wari("1956-12-15", "2027-01-01")).isInstanceOf(RuleViolationException.class)
                .matches(e -> ((RuleViolationException) e).rule().equals("genekinami-hantei"));
        ShikakuKakuninshoPolicy.Futan f = ShikakuKakuninshoPolicy.futan(LocalDate.of(1956, 12, 15), LocalDate.of(2027, 1, 1), false);
        assertThat(f.wari()).isEqualTo(2);
        assertThat(f.hakkoKijitsu()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ShikakuKakuninshoPolicy.futan(LocalDate.of(1956, 12, 15), LocalDate.of(2027, 1, 1), true).wari()).isEqualTo(3);
        // born on the 1st: the age is reached on the last day of the month before, so from the birth month itself
        assertThat(ShikakuKakuninshoPolicy.koreiJukyuKaishi(LocalDate.of(1957, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private static ShikakuKakuninshoPolicy.YukoKigen kigen(String kofubi, String born, String zairyu) {
        return ShikakuKakuninshoPolicy.yukoKigen(LocalDate.parse(kofubi), LocalDate.parse(born), JULY_31,
                zairyu == null ? null : LocalDate.parse(zairyu));
    }

    @Test
    void shouldBeValidUntilTheNextThirtyFirstOfJuly() {
        assertThat(kigen("2026-12-01", "1980-04-01", null).kigen()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(kigen("2026-07-31", "1980-04-01", null).kigen()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(kigen("2026-08-01", "1980-04-01", null).kigen()).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void shouldEndEarlierForWhoeverTurnsSeventyOrSeventyFiveOrWhoseStayEnds() {
        // 70歳到達 2027-03-09 → the share changes from 2027-04-01
        ShikakuKakuninshoPolicy.YukoKigen seventy = kigen("2026-12-01", "1957-03-10", null);
        assertThat(seventy.kigen()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(seventy.riyu()).contains("70歳");
        // born 29 February: 後期高齢者医療 from 2027-03-01, so valid until 2027-02-28
        assertThat(kigen("2026-12-01", "1952-02-29", null).kigen()).isEqualTo(LocalDate.of(2027, 2, 28));
        // a foreign resident whose 在留期間 ends first
        ShikakuKakuninshoPolicy.YukoKigen zairyu = kigen("2026-12-01", "1990-01-01", "2027-05-15");
        assertThat(zairyu.kigen()).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(zairyu.riyu()).isEqualTo("在留期間の満了日");
        assertThat(kigen("2026-12-01", "1990-01-01", "2028-05-15").kigen()).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    @Tag("fn:kokuho.shikaku-joho-oshirase")
    void shouldGiveTheNoticeNoValidityBeforeTheSeventiesAndTheDocumentsValidityFromThen() {
        MonthDay july31 = JULY_31;
        assertThat(ShikakuKakuninshoPolicy.oshiraseYukoKigen(LocalDate.of(2026, 12, 1), LocalDate.of(1980, 4, 1), july31)).isNull();
        // 70歳到達 2026-11-09 → 高齢受給者 from 2026-12-01: valid until the next 31 July
        assertThat(ShikakuKakuninshoPolicy.oshiraseYukoKigen(LocalDate.of(2026, 12, 1), LocalDate.of(1956, 11, 10), july31).kigen())
                .isEqualTo(LocalDate.of(2027, 7, 31));
        // the day before: not yet
        assertThat(ShikakuKakuninshoPolicy.oshiraseYukoKigen(LocalDate.of(2026, 11, 30), LocalDate.of(1956, 11, 10), july31)).isNull();
    }
}
