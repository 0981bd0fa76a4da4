package jp.kikan.platform.quarkus.jumin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import jp.kikan.platform.quarkus.feed.consumer.StartedFeedConsumer;

/**
 * A service's consumer of resident records' feed (庁内データ連携 001:jumin-renkei:Read), read by the platform's HTTP
 * consumer into the model the service generated from contracts/resident-records/v1.yaml. Each item is applied in its
 * own transaction with its marker and the cursor, keyed by municipality, person and 変更番号 (a snapshot's residents
 * carry the number of the last change they reflect), so re-delivery changes nothing: the change is recorded, the
 * person's head moves forward, and only then does the subclass act on it ({@link #onChange}) — never for a change
 * taken before or older than the head.
 */
public abstract class JuminRenkeiFeed<T> extends StartedFeedConsumer<T> {

    public static final String NAME = "jumin";

    @Inject
    JuminStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** What this service does with a change that moved the person's head forward (same transaction). */
    protected abstract void onChange(Optional<Jumin> previous, JuminHenko now);

    @Override
    protected final String name() {
        return NAME;
    }

    @Override
    protected final String changeId(T item) {
        return henko(mapper.valueToTree(item)).changeId();
    }

    @Override
    protected final void apply(T item) {
        torikomi(item);
    }

    /** Takes one item in the caller's transaction (the consumer's, or a test's). */
    public void torikomi(T item) {
        JsonNode tree = mapper.valueToTree(item);
        JuminHenko now = henko(tree);
        if (!store.record(now, tree, clock.instant())) {
            return;
        }
        Optional<Jumin> previous = store.lock(now.lgCode(), now.atenabango());
        if (previous.isPresent() && previous.get().henkoBango() >= now.henkoBango()) {
            return;
        }
        store.upsert(now);
        onChange(previous, now);
    }

    private JuminHenko henko(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, JuminHenko.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("resident records' feed item is not a RenkeiJumin: " + e.getOriginalMessage(), e);
        }
    }
}
