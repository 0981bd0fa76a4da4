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

    static final AccessLogKeys KEYS = AccessLogKeys.single("k1", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private DataSource ds;
    private MutableClock clock;
    private JdbcAccessLog log;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.fresh();
        // nanosecond precision on purpose: append must truncate to what PostgreSQL keeps
        clock = new MutableClock(Instant.parse("2024-04-01T00:00:00.123456789Z"));
        log = new JdbcAccessLog(clock, KEYS, 4);
    }

    @Test
    void shouldChainEntriesThatVerifyAsIntact() throws SQLException {
        List<AccessLogEntry> appended = appendMany(CHIYODA, 5);

        assertThat(appended).extracting(AccessLogEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(appended).extracting(AccessLogEntry::chain).containsOnly(1);
        assertThat(appended).extracting(AccessLogEntry::keyId).containsOnly("k1");
        assertThat(appended.get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(appended.get(1).prevHash()).isEqualTo(appended.get(0).hash());
        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 5, 4, null, null, null));
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
        assertThat(v.brokenChain()).isEqualTo(1);
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

        asAdminTamperer("DELETE FROM access_log_target WHERE lg_code = '131016' AND seq = 3",
                "DELETE FROM access_log WHERE lg_code = '131016' AND seq = 3");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.reason()).contains("missing");
    }

    @Test
    void shouldDetectADeletedMiddleEntryEvenIfLaterEntriesWereRenumbered() throws SQLException {
        appendMany(CHIYODA, 5);

        asAdminTamperer("DELETE FROM access_log_target WHERE lg_code = '131016' AND seq >= 3",
                "DELETE FROM access_log WHERE lg_code = '131016' AND seq = 3",
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

        asAdminTamperer("DELETE FROM access_log_target WHERE lg_code = '131016' AND seq >= 4",
                "DELETE FROM access_log WHERE lg_code = '131016' AND seq >= 4");

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
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE access_log CASCADE"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM access_log_target"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(verify(CHIYODA).intact()).isTrue();
    }

    @Test
    void shouldKeepIndependentChainsPerMunicipality() throws SQLException {
        appendMany(CHIYODA, 3);
        appendMany(SAPPORO, 2);
        appendMany(CHIYODA, 1);

        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 4, 4, null, null, null));
        assertThat(verify(SAPPORO)).isEqualTo(new ChainVerification(true, 2, 4, null, null, null));

        asAdminTamperer("UPDATE access_log SET actor = 'someone' WHERE lg_code = '011002' AND seq = 1");
        assertThat(verify(SAPPORO).firstBrokenSeq()).isEqualTo(1L);
        assertThat(verify(CHIYODA).intact()).isTrue();
    }

    @Test
    void shouldVerifyAnEmptyChainAsIntact() throws SQLException {
        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 0, 0, null, null, null));
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
            long firstId = log.find(c, CHIYODA, AccessLogQuery.all(1)).get(0).id();
            assertThat(log.find(c, CHIYODA, AccessLogQuery.byActor("shokuin-1", 10)))
                    .extracting(AccessLogEntry::targetId).containsExactly("A1", "A2");
            Instant start = Instant.parse("2024-04-01T00:00:00Z");
            assertThat(log.find(c, CHIYODA, new AccessLogQuery(null, null, start.plusSeconds(60),
                    start.plusSeconds(120), null, 10))).extracting(AccessLogEntry::seq).containsExactly(2L);
            assertThat(log.find(c, CHIYODA, new AccessLogQuery(null, null, null, null, firstId, 1)))
                    .extracting(AccessLogEntry::seq).containsExactly(2L);
        }
    }

    @Test
    void shouldRejectARecordWithoutLgCodeActorOrAction() throws SQLException {
        try (Connection c = ds.getConnection()) {
            assertThatThrownBy(() -> log.append(c, record("1310", "a", "t"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> log.append(c, new AccessLogRecord(CHIYODA, " ", null, "READ", null, List.of(), null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> log.append(c, new AccessLogRecord(CHIYODA, "a", null, null, null, List.of(), null, null)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldHashFieldsUnambiguously() {
        Instant t = Instant.parse("2024-04-01T00:00:00Z");
        byte[] key = KEYS.current();
        String a = AccessLogHash.seal(key, CHIYODA, 1, 1, t, "ab", null, "c", null, null, List.of(), null, null, "k1",
                AccessLogHash.GENESIS);
        String b = AccessLogHash.seal(key, CHIYODA, 1, 1, t, "a", null, "bc", null, null, List.of(), null, null, "k1",
                AccessLogHash.GENESIS);
        String nullVsEmpty = AccessLogHash.seal(key, CHIYODA, 1, 1, t, "ab", "", "c", null, null, List.of(), null, null,
                "k1", AccessLogHash.GENESIS);
        String targetsSplit = AccessLogHash.seal(key, CHIYODA, 1, 1, t, "ab", null, "c", null, null,
                List.of(new AccessTarget("j", "1"), new AccessTarget("j", "2")), null, null, "k1", AccessLogHash.GENESIS);
        String targetsJoined = AccessLogHash.seal(key, CHIYODA, 1, 1, t, "ab", null, "c", null, null,
                List.of(new AccessTarget("j", "1j2")), null, null, "k1", AccessLogHash.GENESIS);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(nullVsEmpty).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(targetsSplit).isNotEqualTo(targetsJoined);
    }

    @Test
    void shouldLetConcurrentTransactionsAppendToDifferentChainsWithoutWaiting() throws Exception {
        appendMany(CHIYODA, 1); // the municipality's chain heads exist from its first entry on
        try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            AccessLogEntry first = log.append(a, record(CHIYODA, "shokuin-a", "A1"));
            // a still holds its chain's head: b must take another chain at once instead of queueing behind a
            try (Statement s = b.createStatement()) {
                s.execute("SET lock_timeout = '200ms'");
            }
            AccessLogEntry second = log.append(b, record(CHIYODA, "shokuin-b", "A2"));
            assertThat(second.chain()).isNotEqualTo(first.chain());
            b.commit();
            a.commit();
        }
        assertThat(verify(CHIYODA)).isEqualTo(new ChainVerification(true, 3, 4, null, null, null));
    }

    @Test
    void shouldFindEveryEntryThatTouchedAPersonAmongSeveralTargets() throws SQLException {
        try (Connection c = ds.getConnection()) {
            log.append(c, record(CHIYODA, "shokuin-1", "A1", "A2", "A3"));
            log.append(c, record(CHIYODA, "shokuin-1", "A3"));
            log.append(c, record(CHIYODA, "shokuin-1", "A12"));

            List<AccessLogEntry> found = log.find(c, CHIYODA, AccessLogQuery.byTarget("A2", 10));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).targets()).extracting(AccessTarget::id).containsExactly("A1", "A2", "A3");
            assertThat(found.get(0).targetId()).isNull();
            assertThat(log.find(c, CHIYODA, AccessLogQuery.byTarget("A3", 10))).hasSize(2);
        }
    }

    @Test
    void shouldDetectATamperedTargetRow() throws SQLException {
        try (Connection c = ds.getConnection()) {
            log.append(c, record(CHIYODA, "shokuin-1", "A1", "A2"));
        }
        // hiding that a person was looked at: drop them from the entry's targets
        asAdminTamperer("DELETE FROM access_log_target WHERE target_id = 'A2'");

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void shouldDetectAnEntryRewrittenBySomeoneWithoutTheKey() throws SQLException {
        appendMany(CHIYODA, 3);
        // the owner of the database rewrites entry 3 and seals it again — with a key that is not ours
        AccessLogKeys other = AccessLogKeys.single("k1", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");
        JdbcAccessLog forger = new JdbcAccessLog(clock, other, 4);
        asAdminTamperer("DELETE FROM access_log_target WHERE lg_code = '131016' AND seq = 3",
                "DELETE FROM access_log WHERE lg_code = '131016' AND seq = 3",
                "UPDATE access_log_head SET last_seq = 2, last_hash = (SELECT hash FROM access_log "
                        + "WHERE lg_code = '131016' AND chain = 1 AND seq = 2) WHERE lg_code = '131016' AND chain = 1");
        try (Connection c = ds.getConnection()) {
            forger.append(c, record(CHIYODA, "shokuin-x", "A9"));
        }

        ChainVerification v = verify(CHIYODA);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void shouldNotVerifyEntriesSealedWithAKeyThatIsNotConfigured() throws SQLException {
        appendMany(CHIYODA, 1);
        JdbcAccessLog afterRotationWithoutOldKey = new JdbcAccessLog(clock,
                AccessLogKeys.single("k2", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="), 4);
        try (Connection c = ds.getConnection()) {
            ChainVerification v = afterRotationWithoutOldKey.verify(c, CHIYODA);
            assertThat(v.intact()).isFalse();
            assertThat(v.reason()).contains("not configured");
        }
    }

    @Test
    void shouldKeepVerifyingEntriesOfTheFirstFormAfterTheMigration() throws SQLException {
        DataSource old = TestDatabase.empty();
        TestDatabase.migrate(old, 0, 3); // the platform as it was before the command log and the chains
        Instant t = Instant.parse("2024-04-01T00:00:00.123456Z");
        String h1 = AccessLogHash.legacy(CHIYODA, 1, t, "shokuin-1", "r", "shokai", "jumin", "A1", null, null,
                AccessLogHash.GENESIS);
        String h2 = AccessLogHash.legacy(CHIYODA, 2, t, "shokuin-1", "r", "hakko", "juminhyo", "A1,A2", null, null, h1);
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO access_log (lg_code, seq, occurred_at, actor, actor_roles, action, target_type, "
                    + "target_id, detail, client_address, prev_hash, hash) VALUES "
                    + "('131016', 1, '2024-04-01T00:00:00.123456Z', 'shokuin-1', 'r', 'shokai', 'jumin', 'A1', null, null, '"
                    + AccessLogHash.GENESIS + "', '" + h1 + "'), "
                    + "('131016', 2, '2024-04-01T00:00:00.123456Z', 'shokuin-1', 'r', 'hakko', 'juminhyo', 'A1,A2', null, null, '"
                    + h1 + "', '" + h2 + "')");
            s.execute("INSERT INTO access_log_head VALUES ('131016', 2, '" + h2 + "')");
        }
        TestDatabase.migrate(old, 3, TestDatabase.migrationCount());

        try (Connection c = old.getConnection()) {
            c.setAutoCommit(false);
            log.append(c, record(CHIYODA, "shokuin-2", "A2"));
            c.commit();
            ChainVerification v = log.verify(c, CHIYODA);
            assertThat(v.intact()).as(v.reason()).isTrue();
            assertThat(v.entriesChecked()).isEqualTo(3);
            // the first form's comma-joined targets became rows: the household certificate is found by A2
            assertThat(log.find(c, CHIYODA, AccessLogQuery.byTarget("A2", 10))).extracting(AccessLogEntry::action)
                    .containsExactly("hakko", "RESIDENT_READ");
        }
    }

    @Test
    void shouldRefuseAnUnkeyedEntryOutsideTheFirstChain() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO access_log (lg_code, chain, seq, occurred_at, actor, "
                    + "action, prev_hash, hash) VALUES ('131016', 1, 1, now(), 'x', 'y', repeat('0', 64), repeat('0', 64))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("access_log_keyed");
        }
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

    private static AccessLogRecord record(String lgCode, String actor, String... targetIds) {
        return new AccessLogRecord(lgCode, actor, "jumin.read,jumin.print", "RESIDENT_READ", "resident",
                java.util.Arrays.stream(targetIds).map(id -> new AccessTarget("jumin", id)).toList(),
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
            s.execute("ALTER TABLE access_log_target DISABLE TRIGGER ALL");
            for (String statement : sql) {
                s.execute(statement);
            }
            s.execute("ALTER TABLE access_log ENABLE TRIGGER ALL");
            s.execute("ALTER TABLE access_log_target ENABLE TRIGGER ALL");
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
