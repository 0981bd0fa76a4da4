package jp.kikan.platform.quarkus.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.kikan.platform.time.BusinessCalendar;

@ApplicationScoped
public class ConfiguredBusinessCalendar implements BusinessCalendar {

    private final CalendarConfig config;
    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public ConfiguredBusinessCalendar(CalendarConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Override
    public LocalDate today() {
        return config.businessDate().orElseGet(() -> LocalDate.now(clock.withZone(zone)));
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
