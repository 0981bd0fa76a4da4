package jp.kikan.jumin.infrastructure.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import jp.kikan.platform.outbox.JdbcOutbox;

/** Wires the platform library's building blocks (plain Java) into CDI. */
public class PlatformBeans {

    @Produces
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

    /** The standard's item names are snake_case romaji (atenabango, shimei_furigana …). */
    @Singleton
    public static class SnakeCase implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
            mapper.configure(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
            mapper.setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        }
    }
}
