package jp.kikan.platform.quarkus.feed;

import java.util.List;

/**
 * The paging every 庁内データ連携 feed shares: without a cursor the full snapshot as of the latest change number
 * ({@code full}, in key order), its last page pointing at the changes after that number ({@code diff}, in commit
 * order). A service gives its reads; the cursor, the page sizes and the hand-over from snapshot to diff are here.
 */
public final class FeedPaging {

    /** What a feed reads from its own store. */
    public interface Source<T> {

        /** The latest committed change number, where a new snapshot starts. */
        long latestSeq();

        /** Up to {@code limit} records of the snapshot taken at {@code seq}, in key order after {@code lastKey} (null: first). */
        List<T> snapshotAfter(long seq, String lastKey, int limit);

        /** Up to {@code limit} changes committed after {@code seq}, in commit order. */
        List<T> changesAfter(long seq, int limit);

        /** The snapshot key of a record (the order of the snapshot). */
        String key(T item);

        /** The change number of a change. */
        long seq(T item);
    }

    private FeedPaging() {
    }

    /** The page after {@code cursorText} (null or blank: the start of a snapshot); a bad cursor is refused (400). */
    public static <T> FeedPage<T> read(String cursorText, int limit, Source<T> source) {
        FeedCursor cursor = cursorText == null || cursorText.isBlank()
                ? FeedCursor.snapshotFrom(source.latestSeq())
                : FeedCursor.decode(cursorText);
        if (cursor.full()) {
            List<T> rows = source.snapshotAfter(cursor.seq(), cursor.lastKey(), limit);
            boolean more = rows.size() == limit;
            FeedCursor next = more ? cursor.afterKey(source.key(rows.get(rows.size() - 1))) : FeedCursor.diffAfter(cursor.seq());
            return new FeedPage<>("full", rows, next, more);
        }
        List<T> changes = source.changesAfter(cursor.seq(), limit);
        long last = changes.isEmpty() ? cursor.seq() : source.seq(changes.get(changes.size() - 1));
        return new FeedPage<>("diff", changes, FeedCursor.diffAfter(last), changes.size() == limit);
    }

    /** A page size asked for, kept within 1–1000 (the contracts' bounds). */
    public static int limit(int asked) {
        return Math.max(1, Math.min(asked, 1000));
    }

    /** The page in the standard's envelope, its links built from the request's own URL. */
    public static <T> FeedEnvelope<T> envelope(String title, String detail, FeedPage<T> page, String cursor,
            jakarta.ws.rs.core.UriInfo uri, int limit, String lgCode, java.time.Instant now) {
        return FeedEnvelope.of(title, detail, page, cursor, uri.getAbsolutePath() + "?limit=" + limit, lgCode, now);
    }
}
