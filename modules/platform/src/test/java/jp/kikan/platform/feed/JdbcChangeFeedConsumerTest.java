package jp.kikan.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcChangeFeedConsumerTest {

    private static final String CONSUMER = "kokuho.jumin-ido";

    private DataSource ds;
    private final InMemoryFeed feed = new InMemoryFeed(25);

    @BeforeEach
    void setUp() throws SQLException {
        ds = TestDatabase.fresh();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // no primary key on purpose: a double application would show up as a second row
            s.execute("CREATE TABLE applied_item (change_id text NOT NULL, body text NOT NULL)");
        }
    }

    @Test
    void shouldApplyEveryItemOnceAndStoreTheCursor() throws Exception {
        JdbcChangeFeedConsumer<String> consumer = consumer(feed, writingHandler());

        assertThat(consumer.drain()).isEqualTo(25);

        assertThat(appliedCounts()).hasSize(25).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(consumer.storedCursor()).contains("25");
        assertThat(consumer.pollOnce()).isZero();
    }

    @Test
    void shouldResumeAfterACrashWithoutLosingOrDoubleApplyingItems() throws Exception {
        AtomicBoolean crashed = new AtomicBoolean();
        TransactionalChangeHandler<String> crashingOnce = (c, item) -> {
            insert(c, item); // written before the crash: must be rolled back with it
            if (item.changeId().equals("change-13") && crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("crash while applying change-13");
            }
        };

        assertThatThrownBy(consumer(feed, crashingOnce)::drain).hasMessageContaining("change-13");
        assertThat(appliedCounts()).hasSize(12);
        assertThat(consumer(feed, crashingOnce).storedCursor()).contains("10"); // page 11-20 was in progress

        int appliedAfterRestart = consumer(feed, crashingOnce).drain();

        assertThat(appliedAfterRestart).isEqualTo(13);
        assertThat(appliedCounts()).hasSize(25).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(appliedCounts().keySet())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 25).mapToObj(i -> "change-" + i).toList());
    }

    @Test
    void shouldApplyNothingWhenAnAlreadyAppliedPageIsDeliveredAgain() throws Exception {
        consumer(feed, writingHandler()).drain();
        // the source forgets our position (or we restored an old cursor) and sends pages 1..3 again
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM feed_cursor");
        }
        AtomicInteger handlerCalls = new AtomicInteger();
        JdbcChangeFeedConsumer<String> again = consumer(feed, (c, item) -> handlerCalls.incrementAndGet());

        assertThat(again.drain()).isZero();
        assertThat(handlerCalls).hasValue(0);
        assertThat(again.storedCursor()).contains("25");
    }

    @Test
    void shouldPollOnePageAtATime() throws Exception {
        JdbcChangeFeedConsumer<String> consumer = consumer(feed, writingHandler());

        assertThat(consumer.pollOnce()).isEqualTo(10);
        assertThat(consumer.storedCursor()).contains("10");
        assertThat(consumer.pollOnce()).isEqualTo(10);
        assertThat(consumer.pollOnce()).isEqualTo(5);
        assertThat(consumer.pollOnce()).isZero();
        assertThat(feed.fetchedCursors).containsExactly(null, "10", "20", "25");
    }

    @Test
    void shouldKeepConsumersApart() throws Exception {
        consumer(feed, writingHandler()).drain();
        AtomicInteger calls = new AtomicInteger();
        JdbcChangeFeedConsumer<String> other = new JdbcChangeFeedConsumer<>("kaigo.jumin-ido", feed, ds,
                (c, item) -> calls.incrementAndGet(), 10);

        assertThat(other.storedCursor()).isEmpty();
        assertThat(other.drain()).isEqualTo(25);
        assertThat(calls).hasValue(25);
    }

    @Test
    void shouldRejectASourceThatReportsMoreWithoutMoving() {
        FeedSource<String> stuck = (cursor, limit) -> new FeedPage<>(List.of(), cursor, true);

        assertThatThrownBy(consumer(stuck, writingHandler())::drain).isInstanceOf(IllegalStateException.class);
    }

    private JdbcChangeFeedConsumer<String> consumer(FeedSource<String> source, TransactionalChangeHandler<String> h) {
        return new JdbcChangeFeedConsumer<>(CONSUMER, source, ds, h, 10);
    }

    private static TransactionalChangeHandler<String> writingHandler() {
        return JdbcChangeFeedConsumerTest::insert;
    }

    private static void insert(Connection c, FeedItem<String> item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO applied_item (change_id, body) VALUES (?, ?)")) {
            ps.setString(1, item.changeId());
            ps.setString(2, item.body());
            ps.executeUpdate();
        }
    }

    private Map<String, Integer> appliedCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT change_id, count(*) FROM applied_item GROUP BY change_id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Items change-1..change-N; the cursor is the number of items already delivered. */
    static final class InMemoryFeed implements FeedSource<String> {
        private final int size;
        final List<String> fetchedCursors = new ArrayList<>();

        InMemoryFeed(int size) {
            this.size = size;
        }

        @Override
        public FeedPage<String> fetch(String cursorOrNull, int limit) {
            fetchedCursors.add(cursorOrNull);
            int from = cursorOrNull == null ? 0 : Integer.parseInt(cursorOrNull);
            int to = Math.min(size, from + limit);
            List<FeedItem<String>> items = IntStream.range(from, to)
                    .mapToObj(i -> new FeedItem<>("change-" + (i + 1), "住民異動 " + (i + 1))).toList();
            return new FeedPage<>(items, Integer.toString(to), to < size);
        }
    }
}
