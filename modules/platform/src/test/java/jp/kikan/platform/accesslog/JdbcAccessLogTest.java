package jp.kikan.platform.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAccessLogTest {

    private static final String CHIYODA = "131016";
    private static final String SAPPORO = "011002";

    private DataSource ds;
    private MutableClock clock;
    private JdbcAccessLog log;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.fresh();
        // nanosecond precision on purpose: append must truncate to what PostgreSQL keeps
        clock = new MutableClock(Instant.parse("2024-04-01T00:00:00.123456789Z"));
        log = new JdbcAccessLog(clock);
    }

    @Test
    void shouldChainEntriesThatVerifyAsIntact() throws SQLException {
        List<AccessLogEntry> appended = appendMany(CHIYODA, 5);

        assertThat(appended).extracting(AccessLogEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(appended.get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(appended.get(1).prevHash()).isEqualTo(appended.get(0).hash());
        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 5, null, null));
        try (Connection c = ds.getConnection()) {
            assertThat(log.find(c, CHIYODA, AccessLogQuery.all(0))).containsExactlyElementsOf(appended);
        }
    }

    @Test
    void shouldDetectATamperedDetailAndNameItsSeq() throws SQLException {
        appendMany(CHIYODA, 5);

        asAdminTamperer("UPDATE access_log SET detail = '閲覧(改ざん)' WHERE lg_code = '131016' AND seq = 3");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.entriesChecked()).isEqualTo(2);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void shouldDetectATamperedRowWhoseHashWasAlsoRecomputed() throws SQLException {
        appendMany(CHIYODA, 4);

        // a smarter tamperer rewrites the hash of the row too; the next entry's prev_hash no longer links
        asAdminTamperer("UPDATE access_log SET detail = 'x', hash = repeat('a', 64) WHERE lg_code = '131016' AND seq = 2");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isIn(2L, 3L);
    }

    @Test
    void shouldDetectADeletedMiddleEntry() throws SQLException {
        appendMany(CHIYODA, 5);

        asAdminTamperer("DELETE FROM access_log WHERE lg_code = '131016' AND seq = 3");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.reason()).contains("missing");
    }

    @Test
    void shouldDetectADeletedMiddleEntryEvenIfLaterEntriesWereRenumbered() throws SQLException {
        appendMany(CHIYODA, 5);

        asAdminTamperer("DELETE FROM access_log WHERE lg_code = '131016' AND seq = 3",
                // two steps so the primary key never sees a transient duplicate
                "UPDATE access_log SET seq = seq + 1000 WHERE lg_code = '131016' AND seq > 3",
                "UPDATE access_log SET seq = seq - 1001 WHERE lg_code = '131016' AND seq > 1000",
                "UPDATE access_log_head SET last_seq = 4 WHERE lg_code = '131016'");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void shouldDetectADeletedTailThroughTheHead() throws SQLException {
        appendMany(CHIYODA, 5);

        asAdminTamperer("DELETE FROM access_log WHERE lg_code = '131016' AND seq >= 4");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(4L);
        assertThat(v.reason()).contains("head");
    }

    @Test
    void shouldDetectADeletedHead() throws SQLException {
        appendMany(CHIYODA, 2);

        asAdminTamperer("DELETE FROM access_log_head WHERE lg_code = '131016'");

        assertThat(verify(CHIYODA).intact()).isFalse();
    }

    @Test
    void shouldRefuseUpdateAndDeleteThroughTheTrigger() throws SQLException {
        appendMany(CHIYODA, 2);

        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE access_log SET detail = 'x' WHERE seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM access_log WHERE seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE access_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(verify(CHIYODA).intact()).isTrue();
    }

    @Test
    void shouldKeepIndependentChainsPerMunicipality() throws SQLException {
        appendMany(CHIYODA, 3);
        appendMany(SAPPORO, 2);
        appendMany(CHIYODA, 1);

        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 4, null, null));
        assertThat(verify(SAPPORO)).isEqualTo(new ChainVerification(true, 2, null, null));

        asAdminTamperer("UPDATE access_log SET actor = 'someone' WHERE lg_code = '011002' AND seq = 1");
        assertThat(verify(SAPPORO).firstBrokenSeq()).isEqualTo(1L);
        assertThat(verify(CHIYODA).intact()).isTrue();
    }

    @Test
    void shouldVerifyAnEmptyChainAsIntact() throws SQLException {
        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 0, null, null));
    }

    @Test
    void shouldLeaveNoEntryWhenTheCallersTransactionRollsBack() throws SQLException {
        appendMany(CHIYODA, 1);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            log.append(c, record(CHIYODA, "shokuin-9", "A9"));
            c.rollback();
        }
        AccessLogEntry next = appendMany(CHIYODA, 1).get(0);

        assertThat(next.seq()).isEqualTo(2L);
        assertThat(verify(CHIYODA).intact()).isTrue();
    }

    @Test
    void shouldFindByTargetActorTimeRangeAndPage() throws SQLException {
        try (Connection c = ds.getConnection()) {
            log.append(c, record(CHIYODA, "shokuin-1", "A1"));
            clock.advance(Duration.ofMinutes(1));
            log.append(c, record(CHIYODA, "shokuin-2", "A1"));
            clock.advance(Duration.ofMinutes(1));
            log.append(c, record(CHIYODA, "shokuin-1", "A2"));
            log.append(c, record(SAPPORO, "shokuin-1", "A1"));

            assertThat(log.find(c, CHIYODA, AccessLogQuery.byTarget("A1", 10)))
                    .extracting(AccessLogEntry::seq).containsExactly(1L, 2L);
            assertThat(log.find(c, CHIYODA, AccessLogQuery.byActor("shokuin-1", 10)))
                    .extracting(AccessLogEntry::targetId).containsExactly("A1", "A2");
            Instant start = Instant.parse("2024-04-01T00:00:00Z");
            assertThat(log.find(c, CHIYODA, new AccessLogQuery(null, null, start.plusSeconds(60),
                    start.plusSeconds(120), null, 10))).extracting(AccessLogEntry::seq).containsExactly(2L);
            assertThat(log.find(c, CHIYODA, new AccessLogQuery(null, null, null, null, 1L, 1)))
                    .extracting(AccessLogEntry::seq).containsExactly(2L);
        }
    }

    @Test
    void shouldRejectARecordWithoutLgCodeActorOrAction() throws SQLException {
        try (Connection c = ds.getConnection()) {
            assertThatThrownBy(() -> log.append(c, record("1310", "a", "t"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> log.append(c, new AccessLogRecord(CHIYODA, " ", null, "READ", null, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> log.append(c, new AccessLogRecord(CHIYODA, "a", null, null, null, null, null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldHashFieldsUnambiguously() {
        Instant t = Instant.parse("2024-04-01T00:00:00Z");
        String a = AccessLogHash.compute(CHIYODA, 1, t, "ab", null, "c", null, null, null, null, AccessLogHash.GENESIS);
        String b = AccessLogHash.compute(CHIYODA, 1, t, "a", null, "bc", null, null, null, null, AccessLogHash.GENESIS);
        String nullVsEmpty = AccessLogHash.compute(CHIYODA, 1, t, "ab", "", "c", null, null, null, null,
                AccessLogHash.GENESIS);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(nullVsEmpty).hasSize(64).matches("[0-9a-f]{64}");
    }

    private List<AccessLogEntry> appendMany(String lgCode, int n) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<AccessLogEntry> result = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                clock.advance(Duration.ofMillis(1));
                result.add(log.append(c, record(lgCode, "shokuin-" + i, "A" + i)));
            }
            c.commit();
            return result;
        }
    }

    private static AccessLogRecord record(String lgCode, String actor, String targetId) {
        return new AccessLogRecord(lgCode, actor, "jumin.read,jumin.print", "RESIDENT_READ", "resident", targetId,
                "住民票照会 {\"purpose\":\"窓口\"}", "10.0.0.1");
    }

    private ChainVerification verify(String lgCode) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return log.verify(c, lgCode);
        }
    }

    /** Simulates a database administrator who bypasses the append-only trigger. */
    private void asAdminTamperer(String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE access_log DISABLE TRIGGER ALL");
            for (String statement : sql) {
                s.execute(statement);
            }
            s.execute("ALTER TABLE access_log ENABLE TRIGGER ALL");
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
