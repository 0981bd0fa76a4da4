package jp.kikan.platform.feed;

import java.util.List;

/**
 * A page of changes.
 *
 * @param items      changes in source order
 * @param nextCursor opaque position after the last item, to pass to the next fetch; a source should return it
 *                   even when {@code hasMore} is false so the next poll continues from there. Null means
 *                   "no position": the stored cursor is left as it was and the page will be re-delivered
 *                   (harmless, only wasteful)
 * @param hasMore    whether fetching again right away would return more items
 */
public record FeedPage<T>(List<FeedItem<T>> items, String nextCursor, boolean hasMore) {

    public FeedPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
