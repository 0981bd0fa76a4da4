package jp.kikan.platform.quarkus.feed.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import jp.kikan.platform.feed.FeedItem;
import jp.kikan.platform.feed.FeedPage;
import jp.kikan.platform.feed.FeedSource;

/**
 * Reads another service's feed over HTTP in the standard's envelope ({@code metadata}, {@code _links},
 * {@code result}), with a client-credentials token. Each item of {@code result} becomes a {@code T}
 * (e.g. the model class of a client generated from the provider's contract) and gets its change id from
 * {@code changeId} (item, metadata.mode) — the id that makes re-delivery harmless.
 */
public final class StandardFeedSource<T> implements FeedSource<T> {

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI feed;
    private final ClientCredentials tokens;
    private final Class<T> type;
    private final BiFunction<T, String, String> changeId;
    /** A tolerant reader: a provider may add optional items within its major version (contract gate). */
    private final ObjectReader reader;

    public StandardFeedSource(HttpClient http, ObjectMapper mapper, URI feed, ClientCredentials tokens, Class<T> type,
            BiFunction<T, String, String> changeId) {
        this.http = http;
        this.mapper = mapper;
        this.feed = feed;
        this.tokens = tokens;
        this.type = type;
        this.changeId = changeId;
        this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public FeedPage<T> fetch(String cursor, int limit) throws IOException, InterruptedException {
        HttpResponse<String> res = get(cursor, limit);
        if (res.statusCode() == 401) {
            tokens.invalidate(); // expired or revoked early: one new token, one more try
            res = get(cursor, limit);
        }
        if (res.statusCode() != 200) {
            throw new IOException("feed " + feed + " answered " + res.statusCode());
        }
        JsonNode body = mapper.readTree(res.body());
        JsonNode meta = body.path("metadata");
        String mode = meta.path("mode").asText();
        List<FeedItem<T>> items = new ArrayList<>();
        for (JsonNode r : body.path("result")) {
            T item = reader.treeToValue(r, type);
            items.add(new FeedItem<>(changeId.apply(item, mode), item));
        }
        return new FeedPage<>(items, meta.path("next_cursor").asText(null), meta.path("has_more").asBoolean(false));
    }

    private HttpResponse<String> get(String cursor, int limit) throws IOException, InterruptedException {
        String query = "limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        URI uri = URI.create(feed + (feed.getQuery() == null ? "?" : "&") + query);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.current()).header("Accept", "application/json").GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
