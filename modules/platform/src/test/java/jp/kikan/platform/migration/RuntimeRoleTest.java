package jp.kikan.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service connects as a role that can only add to the record, never rewrite it — not even by owning it. */
class RuntimeRoleTest {

    private DataSource app;

    @BeforeEach
    void setUp() throws SQLException {
        DataSource owner = TestDatabase.empty();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kikan_app_t') "
                    + "THEN CREATE ROLE kikan_app_t LOGIN; END IF; END $$");
        }
        Flyway.configure().dataSource(owner).locations("classpath:db/platform")
                .placeholders(Map.of("kikan_app_role", "kikan_app_t")).load().migrate();
        app = TestDatabase.as(owner, "kikan_app_t");
    }

    @Test
    void shouldLetTheRuntimeRoleAppendButNeverRewriteOrUnprotectTheLog() throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO access_log_head (lg_code, chain, last_seq, last_hash) VALUES ('131016', 1, 0, repeat('0', 64))");
            s.execute("UPDATE access_log_head SET last_seq = 0 WHERE lg_code = '131016'");
            s.execute("INSERT INTO access_log (lg_code, chain, seq, occurred_at, actor, action, key_id, prev_hash, hash) "
                    + "VALUES ('131016', 1, 1, now(), 'a', 'b', 'k1', repeat('0', 64), repeat('1', 64))");

            assertThatThrownBy(() -> s.execute("UPDATE access_log SET actor = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM access_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("ALTER TABLE access_log DISABLE TRIGGER ALL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("DELETE FROM access_log_head"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("UPDATE platform_command SET result = '{}'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("SELECT * FROM flyway_schema_history"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void shouldLetTheRuntimeRoleCommitEventsNumberedAtCommitButNeitherDeleteNorRewriteThem() throws SQLException {
        var outbox = new jp.kikan.platform.outbox.JdbcOutbox(java.time.Clock.systemUTC(),
                new com.fasterxml.jackson.databind.ObjectMapper());
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            outbox.appendAtCommit(c, java.util.List.of(new jp.kikan.platform.outbox.OutboxEvent("131016", "E", "jumin",
                    "A1", 1, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode())));
            c.commit(); // the deferred trigger moves the event as the owner
            c.setAutoCommit(true);
            assertThat(outbox.readAfter(c, "131016", 0, 10)).extracting(e -> e.seq()).containsExactly(1L);
            assertThatThrownBy(() -> s.execute("DELETE FROM outbox_pending"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM outbox_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
