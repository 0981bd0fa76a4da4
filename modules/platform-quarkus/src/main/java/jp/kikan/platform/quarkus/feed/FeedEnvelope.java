package jp.kikan.platform.quarkus.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The envelope of the standard's data-link APIs (共通機能標準仕様書 API別紙: {@code metadata},
 * {@code _links}, {@code result}), with the feed's position in {@code metadata}.
 */
public record FeedEnvelope<T>(Metadata metadata, @JsonProperty("_links") Links links, List<T> result) {

    public record Metadata(String title, String detail, String mode, int count, boolean hasMore, String nextCursor,
            String lgCode, Instant generatedAt) {
    }

    public record Href(String href) {
    }

    public record Links(Href self, Href next) {
    }

    /**
     * @param base the feed's absolute URL with its fixed query (e.g. {@code …/v1/renkei/jumin?limit=100})
     */
    public static <T> FeedEnvelope<T> of(String title, String detail, FeedPage<T> page, String requestCursor,
            String base, String lgCode, Instant generatedAt) {
        String sep = base.contains("?") ? "&" : "?";
        Href self = new Href(requestCursor == null ? base : base + sep + "cursor=" + requestCursor);
        Href next = new Href(base + sep + "cursor=" + page.nextCursor().encode());
        return new FeedEnvelope<>(new Metadata(title, detail, page.mode(), page.items().size(), page.hasMore(),
                page.nextCursor().encode(), lgCode, generatedAt), new Links(self, next), page.items());
    }
}
