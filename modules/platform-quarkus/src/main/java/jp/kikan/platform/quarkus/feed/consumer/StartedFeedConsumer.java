package jp.kikan.platform.quarkus.feed.consumer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A service's consumer of another service's feed, polled from startup when its configuration
 * ({@code kikan.feed-consumers.<name>.*}) enables it: a subclass names the feed, the model class generated from the
 * provider's contract, the change id of an item (for deduplication) and what an item does here.
 */
public abstract class StartedFeedConsumer<T> {

    @Inject
    FeedConsumers consumers;

    private volatile TransactionalFeedConsumer<T> consumer;

    protected abstract String name();

    protected abstract Class<T> type();

    /** The item's change id, unique per change of the provider (municipality and 変更番号). */
    protected abstract String changeId(T item);

    /** Applies one item, in the consumer's transaction with its marker and the cursor. */
    protected abstract void apply(T item);

    void start(@Observes StartupEvent e) {
        consumers.start(consumer());
    }

    /** The consumer (tests may drive it with {@code drain}). */
    public synchronized TransactionalFeedConsumer<T> consumer() {
        if (consumer == null) {
            consumer = consumers.consumer(name(), type(), (item, mode) -> changeId(item), item -> apply(item.body()));
        }
        return consumer;
    }
}
