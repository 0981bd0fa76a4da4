package jp.kikan.platform.quarkus.feed;

import java.util.List;

/** One page a feed gives out: its items, where to continue and whether more are waiting. */
public record FeedPage<T>(String mode, List<T> items, FeedCursor nextCursor, boolean hasMore) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
