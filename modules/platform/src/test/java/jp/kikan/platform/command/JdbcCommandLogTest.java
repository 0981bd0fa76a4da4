package jp.kikan.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcCommandLogTest {

    private static final String CITY = "131016";

    private final JdbcCommandLog log = new JdbcCommandLog(new ObjectMapper());
    private DataSource ds;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.fresh();
    }

    @Test
    void shouldFindACommandOnlyUnderItsOwnCallersKey() throws SQLException {
        try (Connection c = ds.getConnection()) {
            log.record(c, command("clerk-a", "key-00000001", Map.of("ok", true)));

            assertThat(log.find(c, CITY, "clerk-a", "key-00000001")).get()
                    .satisfies(s -> assertThat(s.result().get("ok").asBoolean()).isTrue())
                    .satisfies(s -> assertThat(s.resultVersion()).isEqualTo(1));
            // another clerk using the same key neither replays nor collides with clerk-a's command
            assertThat(log.find(c, CITY, "clerk-b", "key-00000001")).isEmpty();
            log.record(c, command("clerk-b", "key-00000001", Map.of("ok", false)));
            assertThat(log.find(c, "011002", "clerk-a", "key-00000001")).isEmpty();
        }
    }

    @Test
    void shouldHashTheSameRequestAlikeAndAnotherOneDifferently() {
        assertThat(log.hash("ido.tenkyo", Map.of("a", 1))).isEqualTo(log.hash("ido.tenkyo", Map.of("a", 1)))
                .isNotEqualTo(log.hash("ido.tenkyo", Map.of("a", 2)))
                .isNotEqualTo(log.hash("ido.tenshutsu", Map.of("a", 1)));
    }

    @Test
    void shouldKeepTheCommandLogAppendOnly() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            log.record(c, command("clerk-a", "key-00000002", Map.of()));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE platform_command SET result = '{}'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM platform_command"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private StoredCommand command(String actor, String key, Object result) {
        return new StoredCommand(CITY, actor, key, "ido.tenkyo", log.hash("ido.tenkyo", Map.of()), "IdoKekka", 1,
                log.toJson(result), "127.0.0.1", Instant.parse("2024-04-01T00:00:00Z"));
    }
}
