package jp.kikan.platform.quarkus.feed.consumer;

import jp.kikan.platform.feed.FeedItem;

/**
 * Applies one change of another service's feed to this service's records. It runs inside the item's JTA
 * transaction — Panache, the EntityManager and the consumer's datasource all join it — together with the
 * item's applied marker and (for a page's last item) the cursor: the effect and the position commit together
 * or not at all. It must not commit or open a transaction of its own; throwing refuses the item.
 */
@FunctionalInterface
public interface FeedItemHandler<T> {

    void apply(FeedItem<T> item) throws Exception;
}
