package jp.kikan.jumin.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.kikan.jumin.application.BusinessCalendar;

@ApplicationScoped
public class ConfiguredBusinessCalendar implements BusinessCalendar {

    @Inject
    KikanConfig config;

    @Inject
    Clock clock;

    @Override
    public LocalDate today() {
        return config.businessDate().orElseGet(() -> LocalDate.now(clock.withZone(ZoneId.of(config.zone()))));
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
