package jp.kikan.jumin.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The database of a feed consumer: a PostgreSQL server of its own (not the service's), as local tax or
 * health insurance would have in another process. Named datasource {@code renkei-consumer}.
 */
public class RenkeiConsumerDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres pg;

    @Override
    public Map<String, String> start() {
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.renkei-consumer.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.renkei-consumer.username", "postgres",
                "quarkus.datasource.renkei-consumer.password", "postgres");
    }

    @Override
    public void stop() {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
