package jp.kikan.kaigo.support;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.platform.quarkus.time.CalendarConfig;
import jp.kikan.platform.quarkus.time.ConfiguredBusinessCalendar;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * The service's own business calendar with the business date pinned for part of a test, as an operator pins it
 * ({@code kikan.calendar.business-date}) for a 締め or a rehearsal — the time staying real: a test that spans 年度 (a 当初
 * in July, the next year's 仮徴収) moves it. Installed for the running test only (QuarkusMock); the configured date
 * (2026-12-01) is back for the next test.
 */
public final class PinnedCalendar {

    private PinnedCalendar() {
    }

    public static void pin(String date) {
        LocalDate d = LocalDate.parse(date);
        CalendarConfig config = new CalendarConfig() {
            @Override
            public Optional<LocalDate> businessDate() {
                return Optional.of(d);
            }

            @Override
            public String zone() {
                return "Asia/Tokyo";
            }
        };
        QuarkusMock.installMockForType(new ConfiguredBusinessCalendar(config, Clock.systemUTC()), BusinessCalendar.class);
    }
}
