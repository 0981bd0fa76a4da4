package jp.kikan.kaigo.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kikan.kaigo.client.jumin.model.RenkeiJumin;
import jp.kikan.platform.quarkus.feed.consumer.FeedConsumers;
import jp.kikan.platform.quarkus.feed.consumer.TransactionalFeedConsumer;

/**
 * The residents, from the resident records feed (庁内データ連携 001:jumin-renkei:Read) read by the platform's HTTP
 * consumer into the model generated from that service's contract; each item in its own transaction with its marker
 * and the cursor, keyed by municipality, person and 変更番号, so re-delivery changes nothing.
 */
@ApplicationScoped
public class JuminFeed {

    public static final String NAME = "jumin";

    @Inject
    FeedConsumers consumers;

    @Inject
    ShikakuIdoTorikomi torikomi;

    private volatile TransactionalFeedConsumer<RenkeiJumin> consumer;

    void start(@Observes StartupEvent e) {
        consumers.start(consumer());
    }

    /** The consumer (tests drive it with {@code drain}). */
    public synchronized TransactionalFeedConsumer<RenkeiJumin> consumer() {
        if (consumer == null) {
            consumer = consumers.consumer(NAME, RenkeiJumin.class,
                    (item, mode) -> item.getShikuchosonkodo() + ":" + item.getAtenabango() + ":" + item.getHenkoBango(),
                    item -> torikomi.apply(item.body()));
        }
        return consumer;
    }
}
