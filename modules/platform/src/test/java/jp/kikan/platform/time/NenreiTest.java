package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NenreiTest {

    @Test
    void shouldReachAnAgeOnTheDayBeforeTheBirthday() {
        LocalDate born = LocalDate.of(1961, 4, 1);
        assertThat(Nenrei.tassuruHi(born, 65)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Nenrei.tanjobi(born, 65)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Nenrei.nenrei(born, LocalDate.of(2026, 3, 30))).isEqualTo(64);
        assertThat(Nenrei.nenrei(born, LocalDate.of(2026, 3, 31))).isEqualTo(65);
    }

    @Test
    void shouldReachAnAgeOnTheTwentyEighthOfFebruaryWhenBornOnTheTwentyNinthInACommonYear() {
        LocalDate born = LocalDate.of(1952, 2, 29);
        assertThat(Nenrei.tassuruHi(born, 75)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Nenrei.tanjobi(born, 75)).isEqualTo(LocalDate.of(2027, 3, 1));
        // in a leap year the anniversary is the 29th itself
        assertThat(Nenrei.tassuruHi(born, 76)).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(Nenrei.tanjobi(born, 76)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Nenrei.nenrei(born, LocalDate.of(2027, 2, 27))).isEqualTo(74);
        assertThat(Nenrei.nenrei(born, LocalDate.of(2027, 2, 28))).isEqualTo(75);
    }

    @Test
    void shouldReachAnAgeOnTheLastDayOfFebruaryWhenBornOnTheFirstOfMarch() {
        LocalDate born = LocalDate.of(1961, 3, 1);
        assertThat(Nenrei.tassuruHi(born, 65)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Nenrei.tassuruHi(born, 63)).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
