package jp.kikan.platform.quarkus.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import jp.kikan.platform.accesslog.AccessLogKeys;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import jp.kikan.platform.command.JdbcCommandLog;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.quarkus.accesslog.AccessLogConfig;

/** Wires the plain-Java platform building blocks into CDI, the same way in every service. */
public class PlatformProducers {

    /** The real clock; a test may replace it with its own {@code @Alternative}. */
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The access log, sealed with the keys from configuration (held outside the database). */
    @Produces
    @ApplicationScoped
    JdbcAccessLog accessLog(Clock clock, AccessLogConfig config) {
        Map<String, byte[]> keys = new HashMap<>();
        config.keys().forEach((id, base64) -> keys.put(id, Base64.getDecoder().decode(base64.strip())));
        return new JdbcAccessLog(clock, new AccessLogKeys(config.currentKey(), keys), config.chains());
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
