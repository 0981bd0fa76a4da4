package jp.kikan.platform.quarkus.feed.consumer;

/**
 * Named points of a consumer's work, where a test can make the consumer die (throw an {@link Error}) as a
 * process would if it were killed there. In production the probe does nothing.
 */
@FunctionalInterface
public interface CrashProbe {

    enum Point {
        /** A page was fetched; nothing of it applied yet. */
        AFTER_FETCH,
        /** The handler applied an item; its transaction (marker, effect, cursor) has not committed. */
        AFTER_APPLY,
        /** The cursor was written in the item's transaction, which has not committed. */
        AFTER_CURSOR,
        /** The item's transaction committed. */
        AFTER_COMMIT
    }

    CrashProbe NONE = point -> {
    };

    void at(Point point);
}
