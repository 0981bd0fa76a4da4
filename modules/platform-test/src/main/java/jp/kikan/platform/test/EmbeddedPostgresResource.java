package jp.kikan.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL for a service's tests, set up as in production: migrations run as the schema owner
 * ({@value #OWNER}), the service connects as a runtime role ({@value #APP}) that may only add to append-only
 * tables. The server is the one named by KIKAN_TEST_DB_URL (+ _USER/_PASSWORD, one role for both unless
 * KIKAN_TEST_DB_APP_USER/_APP_PASSWORD name the runtime role) when set, otherwise an embedded PostgreSQL 17
 * started for this test run.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String OWNER = "kikan_owner";
    /**
     * System property: when {@code true}, the embedded server records statement statistics
     * (pg_stat_statements, view {@code pgstats.pg_stat_statements}, readable and resettable by {@value #OWNER}),
     * and logs the plans of statements slower than 100 ms (auto_explain), e.g. for a benchmark that reports
     * where the database's time went.
     */
    public static final String STATEMENT_STATS = "bench.pg-stat-statements";
    public static final String APP = "kikan_app";
    private static final String DB = "kikan_test";

    private static volatile String ownerUrl;
    private static volatile String ownerUser;
    private static volatile String ownerPassword;

    private EmbeddedPostgres pg;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("KIKAN_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("KIKAN_TEST_DB_USER", "kikan");
            String password = System.getenv().getOrDefault("KIKAN_TEST_DB_PASSWORD", "kikan");
            String appUser = System.getenv("KIKAN_TEST_DB_APP_USER");
            remember(url, user, password);
            return appUser == null ? config(url, user, password, user, password, "none")
                    : config(url, user, password, appUser, System.getenv().getOrDefault("KIKAN_TEST_DB_APP_PASSWORD", ""),
                            appUser);
        }
        try {
            boolean statements = Boolean.getBoolean(STATEMENT_STATS);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (statements) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
                // plans of statements slower than 100 ms go to the server's log (the test's output)
                builder.setServerConfig("auto_explain.log_min_duration", "100");
                builder.setServerConfig("auto_explain.log_analyze", "on");
                builder.setServerConfig("auto_explain.log_timing", "off");
            }
            pg = builder.start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
                s.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP + "'");
                s.execute("CREATE DATABASE " + DB + " OWNER " + OWNER);
            }
            if (statements) {
                // in a schema of its own, which the migrations' clean-at-start leaves alone
                try (Connection c = pg.getDatabase("postgres", DB).getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA pgstats");
                    s.execute("CREATE EXTENSION pg_stat_statements SCHEMA pgstats");
                    s.execute("GRANT USAGE ON SCHEMA pgstats TO " + OWNER);
                    s.execute("GRANT pg_read_all_stats TO " + OWNER);
                    s.execute("GRANT EXECUTE ON FUNCTION pgstats.pg_stat_statements_reset(oid, oid, bigint, boolean) TO "
                            + OWNER);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database", e);
        }
        String dbUrl = "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DB;
        remember(dbUrl, OWNER, OWNER);
        return config(dbUrl, OWNER, OWNER, APP, APP, APP);
    }

    private static Map<String, String> config(String url, String owner, String ownerPw, String app, String appPw,
            String appRole) {
        Map<String, String> m = new HashMap<>();
        m.put("quarkus.datasource.jdbc.url", url);
        m.put("quarkus.datasource.username", app);
        m.put("quarkus.datasource.password", appPw);
        m.put("quarkus.flyway.username", owner);
        m.put("quarkus.flyway.password", ownerPw);
        m.put("quarkus.flyway.placeholders.kikan_app_role", appRole);
        return m;
    }

    private static void remember(String url, String user, String password) {
        ownerUrl = url;
        ownerUser = user;
        ownerPassword = password;
    }

    /**
     * A connection as the schema owner, for a test that plays someone who owns the database (and can bypass
     * what the service's own role cannot), e.g. to tamper with the access log.
     */
    public static Connection ownerConnection() throws SQLException {
        if (ownerUrl == null) {
            throw new IllegalStateException("the test database has not been started");
        }
        return DriverManager.getConnection(ownerUrl, ownerUser, ownerPassword);
    }

    /** The test database as the schema owner, e.g. for a consumer of a feed that keeps its own tables there. */
    public static javax.sql.DataSource ownerDataSource() {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(ownerUrl);
        ds.setUser(ownerUser);
        ds.setPassword(ownerPassword);
        return ds;
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
