package jp.kikan.platform.quarkus.feed.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kikan.platform.feed.FeedConsumerState;
import jp.kikan.platform.feed.FeedItem;
import jp.kikan.platform.feed.FeedPage;
import jp.kikan.platform.feed.FeedSource;
import org.jboss.logging.Logger;

/**
 * Consumes another service's feed into this service's own database, exactly once in effect, resuming from
 * its stored cursor after any crash.
 *
 * <p>Each item gets one JTA transaction holding: the applied marker for its change id (inserted first, so a
 * change applied before is skipped), the handler's writes (Panache/JTA join it) and, for the last item of the
 * page, the page's next cursor. A crash anywhere leaves the item wholly applied or wholly not; a crash
 * mid-page leaves the cursor at the page start and the re-fetched page skips what was applied. A consumer
 * without a cursor starts from the provider's full snapshot.
 *
 * <p>An item whose handler keeps failing does not block the consumer forever: its attempts are counted in a
 * transaction of their own, and after {@code maxAttempts} it goes to {@code feed_dead_letter} (payload and
 * error, for a clerk to look at) and counts in the metric {@code kikan.feed.dead.letters}; the consumer then
 * goes on. Until then the page stops at the failing item (order is kept) and the poller backs off.
 *
 * <p>Not thread-safe per instance: run one poller per consumer name.
 */
public final class TransactionalFeedConsumer<T> {

    private static final Logger LOG = Logger.getLogger(TransactionalFeedConsumer.class);

    private final String name;
    private final FeedSource<T> source;
    private final DataSource ds;
    private final FeedItemHandler<T> handler;
    private final int pageSize;
    private final int maxAttempts;
    private final ObjectMapper mapper;
    private final FeedConsumerState state;
    private final Counter deadLetters;
    private final Counter applied;
    private volatile CrashProbe probe = CrashProbe.NONE;

    public TransactionalFeedConsumer(String name, FeedSource<T> source, DataSource ds, FeedItemHandler<T> handler,
            int pageSize, int maxAttempts, ObjectMapper mapper, MeterRegistry registry) {
        if (pageSize <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("pageSize and maxAttempts must be positive");
        }
        this.name = Objects.requireNonNull(name);
        this.source = Objects.requireNonNull(source);
        this.ds = Objects.requireNonNull(ds);
        this.handler = Objects.requireNonNull(handler);
        this.pageSize = pageSize;
        this.maxAttempts = maxAttempts;
        this.mapper = mapper;
        this.state = new FeedConsumerState(name);
        this.deadLetters = Counter.builder("kikan.feed.dead.letters").tag("consumer", name)
                .description("feed items given up on after repeated failures").register(registry);
        this.applied = Counter.builder("kikan.feed.applied").tag("consumer", name)
                .description("feed items applied").register(registry);
    }

    public String name() {
        return name;
    }

    /** For tests: where to die, as a killed process would. */
    public void probe(CrashProbe p) {
        this.probe = p == null ? CrashProbe.NONE : p;
    }

    /** Polls until the provider has no more items. @return items newly applied */
    public int drain() throws Exception {
        int total = 0;
        while (true) {
            Result r = pollPage();
            total += r.applied;
            if (!r.hasMore) {
                return total;
            }
        }
    }

    public String storedCursor() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return state.cursor(c);
        }
    }

    private Result pollPage() throws Exception {
        String cursor = storedCursor();
        FeedPage<T> page = source.fetch(cursor, pageSize);
        probe.at(CrashProbe.Point.AFTER_FETCH);
        int n = page.items().size();
        int fresh = 0;
        for (int i = 0; i < n; i++) {
            String cursorToStore = i == n - 1 ? page.nextCursor() : null;
            if (applyOrDeadLetter(page.items().get(i), cursorToStore)) {
                fresh++;
            }
        }
        if (n == 0 && page.nextCursor() != null && !page.nextCursor().equals(cursor)) {
            QuarkusTransaction.requiringNew().run(() -> sql(c -> state.storeCursor(c, page.nextCursor())));
        }
        boolean moved = page.nextCursor() != null && !page.nextCursor().equals(cursor);
        if (page.hasMore() && !moved) {
            throw new IllegalStateException("feed of " + name + " reports more items but no new cursor");
        }
        return new Result(fresh, page.hasMore());
    }

    /** @return true if newly applied */
    private boolean applyOrDeadLetter(FeedItem<T> item, String cursorToStore) throws Exception {
        try {
            boolean fresh = QuarkusTransaction.requiringNew().call(() -> applyInTransaction(item, cursorToStore));
            probe.at(CrashProbe.Point.AFTER_COMMIT);
            if (fresh) {
                applied.increment();
            }
            return fresh;
        } catch (Exception e) {
            if (e.getCause() instanceof Error fatal) {
                throw fatal; // the JVM (or a test's crash) ends this consumer: nothing to count, nothing applied
            }
            Throwable cause = e.getCause() != null && e instanceof RuntimeException ? e.getCause() : e;
            String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            int attempts = QuarkusTransaction.requiringNew().call(() -> sqlCall(c -> state.recordFailure(c,
                    item.changeId(), error)));
            if (attempts < maxAttempts) {
                LOG.warnf("%s: change %s failed (attempt %d of %d): %s", name, item.changeId(), attempts, maxAttempts, error);
                throw e;
            }
            LOG.errorf("%s: change %s given up after %d attempts, kept in feed_dead_letter: %s", name, item.changeId(),
                    attempts, error);
            String payload = mapper.writeValueAsString(item.body());
            QuarkusTransaction.requiringNew().run(() -> sql(c -> {
                state.deadLetter(c, item.changeId(), payload, error, attempts);
                state.mark(c, item.changeId());
                if (cursorToStore != null) {
                    state.storeCursor(c, cursorToStore);
                }
            }));
            deadLetters.increment();
            return false;
        }
    }

    private boolean applyInTransaction(FeedItem<T> item, String cursorToStore) throws Exception {
        boolean fresh = sqlCall(c -> state.mark(c, item.changeId()));
        if (fresh) {
            handler.apply(item);
            probe.at(CrashProbe.Point.AFTER_APPLY);
        }
        if (cursorToStore != null) {
            sql(c -> state.storeCursor(c, cursorToStore));
            probe.at(CrashProbe.Point.AFTER_CURSOR);
        }
        return fresh;
    }

    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private interface SqlCall<R> {
        R call(Connection c) throws SQLException;
    }

    private void sql(SqlWork w) {
        sqlCall(c -> {
            w.run(c);
            return null;
        });
    }

    private <R> R sqlCall(SqlCall<R> w) {
        // inside the item's JTA transaction the datasource hands out the connection enlisted in it
        try (Connection c = ds.getConnection()) {
            return w.call(c);
        } catch (SQLException e) {
            throw new IllegalStateException("consumer " + name + ": database error", e);
        }
    }

    private record Result(int applied, boolean hasMore) {
    }
}
