package jp.kikan.platform.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM (starting it takes seconds); every call to {@link #fresh()} gives a
 * new, empty database with the platform migrations applied, so test classes do not see each other's rows.
 */
public final class TestDatabase {

    private static final String[] MIGRATIONS = {
        "/db/platform/V1_0_1__platform_access_log.sql",
        "/db/platform/V1_0_2__platform_outbox.sql",
        "/db/platform/V1_0_3__platform_feed_consumer.sql",
        "/db/platform/V1_0_4__platform_command.sql",
        "/db/platform/V1_0_5__platform_access_log_chains.sql",
        "/db/platform/V1_0_6__platform_feed_consumer_failures.sql",
        "/db/platform/V1_0_7__platform_outbox_at_commit.sql",
        "/db/platform/V1_0_8__platform_job.sql",
        "/db/platform/V1_0_9__platform_outbox_pending_index.sql",
        "/db/platform/V1_0_10__platform_parameter_han.sql",
    };
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** A new database with the platform migrations applied (run directly, as plain SQL). */
    public static DataSource fresh() {
        DataSource ds = empty();
        migrate(ds, 0, MIGRATIONS.length);
        return ds;
    }

    /** Applies migrations [from, to) of the platform's list, e.g. to put data in between two of them. */
    public static void migrate(DataSource ds, int from, int to) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int i = from; i < to; i++) {
                s.execute(resource(MIGRATIONS[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate test database", e);
        }
    }

    public static int migrationCount() {
        return MIGRATIONS.length;
    }

    /** The same database, connected as another (login) role. */
    public static DataSource as(DataSource ds, String role) {
        try (Connection c = ds.getConnection()) {
            return postgres.getDatabase(role, c.getCatalog());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database. */
    public static synchronized DataSource empty() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // JVM is exiting anyway
                    }
                }));
            }
            String name = "platform_test_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database", e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing migration " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
