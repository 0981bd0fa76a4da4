package jp.kikan.platform.quarkus.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import jp.kikan.platform.command.JdbcCommandLog;
import jp.kikan.platform.outbox.JdbcOutbox;

/** Wires the plain-Java platform building blocks into CDI, the same way in every service. */
public class PlatformProducers {

    /** The real clock; a test may replace it with its own {@code @Alternative}. */
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    JdbcAccessLog accessLog(Clock clock) {
        return new JdbcAccessLog(clock);
    }

    @Produces
    @ApplicationScoped
    JdbcOutbox outbox(Clock clock, ObjectMapper mapper) {
        return new JdbcOutbox(clock, mapper);
    }

    @Produces
    @ApplicationScoped
    JdbcCommandLog commandLog(ObjectMapper mapper) {
        return new JdbcCommandLog(mapper);
    }
}
