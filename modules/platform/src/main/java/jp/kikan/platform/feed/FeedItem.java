package jp.kikan.platform.feed;

import java.util.Objects;

/**
 * One change from a feed.
 *
 * @param changeId stable, unique id of the change at the source (the idempotency key), e.g. "{lg}:{seq}"
 * @param body     the change itself
 */
public record FeedItem<T>(String changeId, T body) {

    public FeedItem {
        if (changeId == null || changeId.isBlank()) {
            throw new IllegalArgumentException("changeId is required: it is what makes re-delivery harmless");
        }
        Objects.requireNonNull(body, "body");
    }
}
