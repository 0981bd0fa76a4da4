package jp.kikan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcOutboxTest {

    private static final String CHIYODA = "131016";
    private static final String SAPPORO = "011002";
    private static final Instant NOW = Instant.parse("2024-04-01T09:00:00.123456Z");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JdbcOutbox outbox = new JdbcOutbox(Clock.fixed(NOW, ZoneOffset.UTC), mapper);
    private DataSource ds;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.fresh();
    }

    @Test
    void shouldStoreTheEventWithItsPayloadAndSeq() throws SQLException {
        ObjectNode payload = mapper.createObjectNode().put("atenaBango", "0000123").put("shimei", "山田 太郎");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(outbox.append(c, event(CHIYODA, "A1", payload))).isEqualTo(1L);
            c.commit();

            List<StoredEvent> read = outbox.readAfter(c, CHIYODA, 0, 10);
            assertThat(read).containsExactly(new StoredEvent(CHIYODA, 1, "ResidentMovedIn", "resident", "A1", 1,
                    payload, NOW));
            assertThat(outbox.latestSeq(c, CHIYODA)).isEqualTo(1L);
            assertThat(outbox.latestSeq(c, SAPPORO)).isZero();
        }
    }

    @Test
    void shouldLeaveNoEventAndNoGapWhenTheTransactionRollsBack() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, event(CHIYODA, "A1"));
            c.commit();
            outbox.append(c, event(CHIYODA, "A2"));
            c.rollback();
            long third = outbox.append(c, event(CHIYODA, "A3"));
            c.commit();

            assertThat(third).isEqualTo(2L);
            assertThat(outbox.readAfter(c, CHIYODA, 0, 10)).extracting(StoredEvent::aggregateId)
                    .containsExactly("A1", "A3");
            assertThat(outbox.latestSeq(c, CHIYODA)).isEqualTo(2L);
        }
    }

    @Test
    void shouldNumberConcurrentAppendsGaplesslyInCommitOrder() throws Exception {
        int threads = 4;
        int perThread = 25;
        List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) {
                            long seq = outbox.append(c, event(CHIYODA, "T" + thread + "-" + i));
                            if (i % 5 == 4) {
                                c.rollback(); // some writers fail: must not leave holes
                            } else {
                                c.commit();
                                seqs.add(seq);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int committed = threads * perThread * 4 / 5;
        assertThat(seqs).hasSize(committed).doesNotHaveDuplicates();
        try (Connection c = ds.getConnection()) {
            assertThat(outbox.readAfter(c, CHIYODA, 0, 1000)).extracting(StoredEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
        }
    }

    @Test
    void shouldNeverLetAReaderSeeALaterSeqBeforeAnEarlierOneCommits() throws Exception {
        try (Connection first = ds.getConnection(); Connection second = ds.getConnection();
             Connection reader = ds.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(outbox.append(first, event(CHIYODA, "first"))).isEqualTo(1L);

            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Long> secondSeq = pool.submit(() -> {
                    long seq = outbox.append(second, event(CHIYODA, "second"));
                    second.commit();
                    return seq;
                });
                // the second writer is blocked on the counter row lock, so nothing is visible yet
                Thread.sleep(300);
                assertThat(secondSeq).isNotDone();
                assertThat(outbox.readAfter(reader, CHIYODA, 0, 10)).isEmpty();

                first.commit();
                assertThat(secondSeq.get(10, TimeUnit.SECONDS)).isEqualTo(2L);
            } finally {
                pool.shutdownNow();
            }
            assertThat(outbox.readAfter(reader, CHIYODA, 0, 10)).extracting(StoredEvent::aggregateId)
                    .containsExactly("first", "second");
        }
    }

    @Test
    void shouldAppendSeveralEventsInOneStatementNumberedInOrder() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, event(CHIYODA, "A0"));
            int[] statements = new int[1];
            Connection counting = countingStatements(c, statements);
            List<Long> seqs = outbox.appendAll(counting, List.of(event(CHIYODA, "A1"), event(CHIYODA, "A2"),
                    event(CHIYODA, "A3")));
            c.commit();

            assertThat(statements[0]).as("statements sent for one append of three events").isEqualTo(1);
            assertThat(seqs).containsExactly(2L, 3L, 4L);
            assertThat(outbox.readAfter(c, CHIYODA, 0, 10)).extracting(StoredEvent::seq, StoredEvent::aggregateId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "A0"),
                            org.assertj.core.groups.Tuple.tuple(2L, "A1"), org.assertj.core.groups.Tuple.tuple(3L, "A2"),
                            org.assertj.core.groups.Tuple.tuple(4L, "A3"));
            assertThat(outbox.readAfter(c, CHIYODA, 1, 10).get(1).payload())
                    .isEqualTo(mapper.createObjectNode().put("id", "A2"));
            assertThat(outbox.latestSeq(c, CHIYODA)).isEqualTo(4L);

            int[] none = new int[1];
            assertThat(outbox.appendAll(countingStatements(c, none), List.of())).isEmpty();
            assertThat(none[0]).isZero();
        }
    }

    @Test
    void shouldRefuseEventsOfSeveralMunicipalitiesInOneAppend() throws SQLException {
        try (Connection c = ds.getConnection()) {
            assertThatThrownBy(() -> outbox.appendAll(c, List.of(event(CHIYODA, "A1"), event(SAPPORO, "S1"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(outbox.latestSeq(c, CHIYODA)).isZero();
        }
    }

    @Test
    void shouldNumberConcurrentBatchesGaplesslyInCommitOrderEachBatchConsecutive() throws Exception {
        int threads = 4;
        int perThread = 20;
        List<List<Long>> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) {
                            List<OutboxEvent> batch = new ArrayList<>();
                            for (int k = 0; k <= (thread + i) % 3; k++) {
                                batch.add(event(CHIYODA, "T" + thread + "-" + i + "-" + k));
                            }
                            List<Long> seqs = outbox.appendAll(c, batch);
                            if (i % 4 == 3) {
                                c.rollback(); // some writers fail: must not leave holes
                            } else {
                                c.commit();
                                committed.add(seqs);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = committed.stream().mapToInt(List::size).sum();
        try (Connection c = ds.getConnection()) {
            List<StoredEvent> read = outbox.readAfter(c, CHIYODA, 0, 1000);
            assertThat(read).extracting(StoredEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
            java.util.Map<Long, String> idBySeq = new java.util.HashMap<>();
            read.forEach(e -> idBySeq.put(e.seq(), e.aggregateId()));
            for (List<Long> seqs : committed) {
                for (int k = 0; k < seqs.size(); k++) {
                    assertThat(seqs.get(k)).isEqualTo(seqs.get(0) + k);
                    String id = idBySeq.get(seqs.get(k));
                    assertThat(id).endsWith("-" + k); // the batch's events in the order given
                    assertThat(id.substring(0, id.lastIndexOf('-')))
                            .isEqualTo(idBySeq.get(seqs.get(0)).substring(0, id.lastIndexOf('-')));
                }
            }
        }
    }

    @Test
    void shouldNumberEventsAppendedAtCommitWhenTheTransactionCommitsAndNeverOnRollback() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, event(CHIYODA, "A0"));
            c.commit();
            int[] statements = new int[1];
            outbox.appendAtCommit(countingStatements(c, statements), List.of(event(CHIYODA, "A1"),
                    event(CHIYODA, "A2"), event(CHIYODA, "A3")));
            assertThat(statements[0]).as("statements sent for one append of three events").isEqualTo(1);
            assertThat(outbox.latestSeq(c, CHIYODA)).as("not numbered before the commit").isEqualTo(1L);
            c.commit();
            outbox.appendAtCommit(c, List.of(event(CHIYODA, "gone")));
            c.rollback();
            // two appends and two municipalities in one transaction
            outbox.appendAtCommit(c, List.of(event(CHIYODA, "A4")));
            outbox.appendAtCommit(c, List.of(event(SAPPORO, "S1")));
            outbox.appendAtCommit(c, List.of(event(CHIYODA, "A5")));
            c.commit();

            assertThat(outbox.readAfter(c, CHIYODA, 0, 10)).extracting(StoredEvent::seq, StoredEvent::aggregateId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "A0"),
                            org.assertj.core.groups.Tuple.tuple(2L, "A1"), org.assertj.core.groups.Tuple.tuple(3L, "A2"),
                            org.assertj.core.groups.Tuple.tuple(4L, "A3"), org.assertj.core.groups.Tuple.tuple(5L, "A4"),
                            org.assertj.core.groups.Tuple.tuple(6L, "A5"));
            assertThat(outbox.readAfter(c, CHIYODA, 1, 1).get(0).payload())
                    .isEqualTo(mapper.createObjectNode().put("id", "A1"));
            assertThat(outbox.readAfter(c, SAPPORO, 0, 10)).extracting(StoredEvent::seq).containsExactly(1L);
            assertThat(outbox.latestSeq(c, CHIYODA)).isEqualTo(6L);
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM outbox_pending")) {
                rs.next();
                assertThat(rs.getLong(1)).as("nothing left waiting").isZero();
            }
            c.commit();
        }
    }

    @Test
    void shouldNotHoldTheCounterFromAnAppendAtCommitUntilTheCommit() throws Exception {
        try (Connection first = ds.getConnection(); Connection second = ds.getConnection();
             Connection reader = ds.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            outbox.appendAtCommit(first, List.of(event(CHIYODA, "first")));

            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                // the second writer neither waits at its append nor at its commit: nothing holds the counter
                pool.submit(() -> {
                    outbox.appendAtCommit(second, List.of(event(CHIYODA, "second-1"), event(CHIYODA, "second-2")));
                    second.commit();
                    return null;
                }).get(10, TimeUnit.SECONDS);
                // numbered in commit order: the second committed first
                assertThat(outbox.readAfter(reader, CHIYODA, 0, 10)).extracting(StoredEvent::seq,
                        StoredEvent::aggregateId).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "second-1"),
                        org.assertj.core.groups.Tuple.tuple(2L, "second-2"));
                first.commit();
            } finally {
                pool.shutdownNow();
            }
            assertThat(outbox.readAfter(reader, CHIYODA, 0, 10)).extracting(StoredEvent::aggregateId)
                    .containsExactly("second-1", "second-2", "first");
        }
    }

    @Test
    void shouldNumberConcurrentAppendsOfBothKindsGaplesslyInCommitOrder() throws Exception {
        int threads = 4;
        int perThread = 20;
        List<List<String>> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) {
                            List<OutboxEvent> batch = new ArrayList<>();
                            for (int k = 0; k <= (thread + i) % 3; k++) {
                                batch.add(event(CHIYODA, "T" + thread + "-" + i + "-" + k));
                            }
                            if ((thread + i) % 2 == 0) {
                                outbox.appendAtCommit(c, batch);
                            } else {
                                outbox.appendAll(c, batch);
                            }
                            if (i % 4 == 3) {
                                c.rollback(); // some writers fail: must not leave holes
                            } else {
                                c.commit();
                                committed.add(batch.stream().map(OutboxEvent::aggregateId).toList());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = committed.stream().mapToInt(List::size).sum();
        try (Connection c = ds.getConnection()) {
            List<StoredEvent> read = outbox.readAfter(c, CHIYODA, 0, 1000);
            assertThat(read).extracting(StoredEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
            java.util.Map<String, Long> seqById = new java.util.HashMap<>();
            read.forEach(e -> seqById.put(e.aggregateId(), e.seq()));
            for (List<String> ids : committed) {
                for (int k = 0; k < ids.size(); k++) {
                    assertThat(seqById.get(ids.get(k))).as(ids.get(k)).isEqualTo(seqById.get(ids.get(0)) + k);
                }
            }
        }
    }

    /** The connection, counting the statements prepared or created on it. */
    private static Connection countingStatements(Connection c, int[] count) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        count[0]++;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void shouldPageWithReadAfterAndKeepMunicipalitiesApart() throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= 7; i++) {
                outbox.append(c, event(CHIYODA, "A" + i));
            }
            outbox.append(c, event(SAPPORO, "S1"));

            List<Long> seen = new ArrayList<>();
            long cursor = 0;
            List<StoredEvent> page;
            while (!(page = outbox.readAfter(c, CHIYODA, cursor, 3)).isEmpty()) {
                assertThat(page.size()).isLessThanOrEqualTo(3);
                page.forEach(e -> seen.add(e.seq()));
                cursor = page.get(page.size() - 1).seq();
            }
            assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            assertThat(outbox.readAfter(c, SAPPORO, 0, 10)).extracting(StoredEvent::seq).containsExactly(1L);
        }
    }

    @Test
    void shouldRefuseUpdateAndDeleteOfEvents() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            outbox.append(c, event(CHIYODA, "A1"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE outbox_event SET event_type = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM outbox_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void shouldRejectAnIncompleteEvent() throws SQLException {
        try (Connection c = ds.getConnection()) {
            assertThatThrownBy(() -> outbox.append(c, new OutboxEvent(CHIYODA, "E", "resident", "A1", 1, null)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> outbox.append(c, new OutboxEvent("13101", "E", "resident", "A1", 1,
                    mapper.createObjectNode()))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> outbox.readAfter(c, CHIYODA, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private OutboxEvent event(String lgCode, String aggregateId) {
        return event(lgCode, aggregateId, mapper.createObjectNode().put("id", aggregateId));
    }

    private static OutboxEvent event(String lgCode, String aggregateId, ObjectNode payload) {
        return new OutboxEvent(lgCode, "ResidentMovedIn", "resident", aggregateId, 1, payload);
    }
}
