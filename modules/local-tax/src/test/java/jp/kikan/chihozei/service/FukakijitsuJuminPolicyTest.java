package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.nozeigimusha.domain.FukakijitsuJuminPolicy;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 賦課期日 (1月1日) residence from the feed's changes (地方税法第294条第1項・第318条). */
@Tag("fn:nozeigimusha.shokai")
class FukakijitsuJuminPolicyTest {

    private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);

    private static JuminKirokuVersion v(long bango, String jotai, String ido, String kaishi) {
        return new JuminKirokuVersion(bango, jotai, LocalDate.parse(ido), kaishi == null ? null : LocalDate.parse(kaishi), false);
    }

    @Test
    void shouldTaxWhoMovedInOnNewYearsDay() {
        assertThat(FukakijitsuJuminPolicy.jumin(List.of(v(1, "jumin", "2025-01-01", "2025-01-01")), JAN1)).isTrue();
        assertThat(FukakijitsuJuminPolicy.jumin(List.of(v(1, "jumin", "2025-01-02", "2025-01-02")), JAN1)).isFalse();
    }

    @Test
    void shouldNotTaxWhoMovedOutOnNewYearsDay() {
        var history = List.of(v(1, "jumin", "2020-04-01", "2020-04-01"), v(7, "tenshutsu", "2025-01-01", "2020-04-01"));
        assertThat(FukakijitsuJuminPolicy.jumin(history, JAN1)).isFalse();
    }

    @Test
    void shouldKeepTaxingWhoMovedOutAfterNewYearsDay() {
        var history = List.of(v(1, "jumin", "2020-04-01", "2020-04-01"), v(7, "tenshutsu", "2025-03-31", "2020-04-01"));
        assertThat(FukakijitsuJuminPolicy.jumin(history, JAN1)).isTrue();
    }

    @Test
    void shouldReadALateConsumersSnapshotOfAPersonWhoLeftAfterNewYearsDay() {
        // only the latest version is known (the feed's full snapshot): a 転出 in March of a resident since 2020
        assertThat(FukakijitsuJuminPolicy.jumin(List.of(v(9, "tenshutsu", "2025-03-31", "2020-04-01")), JAN1)).isTrue();
        // … and of one who came after 1月1日
        assertThat(FukakijitsuJuminPolicy.jumin(List.of(v(9, "tenshutsu", "2025-03-31", "2025-02-01")), JAN1)).isFalse();
        // a 転居 within the city in June of a resident since 2022 (the earlier versions predate the consumer)
        assertThat(FukakijitsuJuminPolicy.jumin(List.of(v(9, "jumin", "2025-06-01", "2022-01-30")), JAN1)).isTrue();
    }

    @Test
    void shouldIgnoreSupportMeasureChangesWhenDecidingResidence() {
        var history = List.of(v(1, "jumin", "2020-04-01", "2020-04-01"),
                new JuminKirokuVersion(5, "jumin", LocalDate.parse("2026-01-10"), LocalDate.parse("2020-04-01"), true),
                v(7, "shibo", "2024-12-31", "2020-04-01"));
        assertThat(FukakijitsuJuminPolicy.jumin(history, JAN1)).isFalse();
    }
}
