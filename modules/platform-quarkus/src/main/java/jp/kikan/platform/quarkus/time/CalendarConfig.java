package jp.kikan.platform.quarkus.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** The business date: pinned by an operator ({@code kikan.calendar.business-date}) or today in the zone. */
@ConfigMapping(prefix = "kikan.calendar")
public interface CalendarConfig {

    /** 業務日付 pinned by an operator; absent = today in {@link #zone()}. */
    Optional<LocalDate> businessDate();

    @WithDefault("Asia/Tokyo")
    String zone();
}
