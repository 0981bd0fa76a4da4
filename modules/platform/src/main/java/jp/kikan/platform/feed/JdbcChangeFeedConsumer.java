package jp.kikan.platform.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Pulls a change feed and applies each change exactly once in effect, resuming from a cursor stored in the
 * database (tables from {@code db/platform/V1_0_3__platform_feed_consumer.sql}). The standard's 連携 is
 * pull-based (consumers poll the provider's REST API: 地方公共団体情報システム共通機能標準仕様書 第2.7版, デジタル庁
 * 2026-02-27, §2.2.2), so every consumer needs this loop.
 *
 * <p><b>This class owns its transactions</b> (plain DataSource, auto-commit off). Each item gets one
 * transaction containing: the applied marker for (consumer, change_id) — inserted first, so an already
 * applied change is detected and skipped —, the handler's writes, and, for the last item of the page, the
 * page's next cursor. Marker, writes and cursor commit atomically, so a crash at any point either leaves
 * the item wholly unapplied (it is re-fetched and applied) or wholly applied (its marker makes re-delivery
 * a no-op). A crash mid-page leaves the cursor at the page start; the re-fetched page skips the items
 * already applied. The marker's primary key also keeps two instances of the same consumer from applying
 * one change twice (the second blocks on the key and then fails).
 *
 * <p>Not thread-safe per instance; run one poller per consumer name.
 */
public final class JdbcChangeFeedConsumer<T> {

    private final String consumer;
    private final FeedConsumerState state;
    private final FeedSource<T> source;
    private final DataSource ds;
    private final TransactionalChangeHandler<T> handler;
    private final int pageSize;

    public JdbcChangeFeedConsumer(String consumer, FeedSource<T> source, DataSource ds,
                                  TransactionalChangeHandler<T> handler, int pageSize) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("consumer name is required");
        }
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.consumer = consumer;
        this.state = new FeedConsumerState(consumer);
        this.source = Objects.requireNonNull(source, "source");
        this.ds = Objects.requireNonNull(ds, "ds");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.pageSize = pageSize;
    }

    /** Fetches one page from the stored cursor and applies it. @return number of items newly applied */
    public int pollOnce() throws Exception {
        return pollPage().applied;
    }

    /** Polls until the source reports no more items. @return number of items newly applied */
    public int drain() throws Exception {
        int total = 0;
        while (true) {
            PollResult r = pollPage();
            total += r.applied;
            if (!r.hasMore) {
                return total;
            }
            if (Objects.equals(r.cursorBefore, r.cursorAfter)) {
                // hasMore without a new position would loop forever on the same page
                throw new IllegalStateException("feed source for " + consumer + " reports more items but no new cursor");
            }
        }
    }

    /** The stored cursor, empty before the first page was committed (or if the source gave none). */
    public Optional<String> storedCursor() {
        try (Connection c = ds.getConnection()) {
            return Optional.ofNullable(state.cursor(c));
        } catch (SQLException e) {
            throw new FeedConsumerException("cannot read cursor of " + consumer, e);
        }
    }

    private PollResult pollPage() throws Exception {
        String cursor;
        try (Connection c = ds.getConnection()) {
            cursor = state.cursor(c);
        }
        FeedPage<T> page = source.fetch(cursor, pageSize);
        int applied = 0;
        try (Connection c = ds.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int n = page.items().size();
                for (int i = 0; i < n; i++) {
                    String cursorToStore = i == n - 1 ? page.nextCursor() : null;
                    if (applyOne(c, page.items().get(i), cursorToStore)) {
                        applied++;
                    }
                }
                if (n == 0 && page.nextCursor() != null && !page.nextCursor().equals(cursor)) {
                    state.storeCursor(c, page.nextCursor());
                    c.commit();
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        String after = page.nextCursor() != null ? page.nextCursor() : cursor;
        return new PollResult(applied, page.hasMore(), cursor, after);
    }

    /** One item in one transaction. @return true if newly applied, false if it had been applied before */
    private boolean applyOne(Connection c, FeedItem<T> item, String cursorToStore) throws Exception {
        try {
            boolean fresh = state.mark(c, item.changeId());
            if (fresh) {
                handler.apply(c, item);
            }
            if (cursorToStore != null) {
                state.storeCursor(c, cursorToStore);
            }
            c.commit();
            return fresh;
        } catch (Exception | Error e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private record PollResult(int applied, boolean hasMore, String cursorBefore, String cursorAfter) {
    }
}
