package jp.kikan.platform.feed;

/** Where changes come from, e.g. another service's 異動差分 API or an outbox read. */
@FunctionalInterface
public interface FeedSource<T> {

    /**
     * @param cursorOrNull position from a previous page's {@link FeedPage#nextCursor()}, null = from the start
     * @param limit        maximum number of items wanted
     */
    FeedPage<T> fetch(String cursorOrNull, int limit) throws Exception;
}
