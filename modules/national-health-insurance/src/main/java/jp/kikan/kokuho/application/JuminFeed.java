package jp.kikan.kokuho.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kikan.kokuho.client.jumin.model.RenkeiJumin;
import jp.kikan.platform.quarkus.feed.consumer.FeedConsumers;
import jp.kikan.platform.quarkus.feed.consumer.TransactionalFeedConsumer;

/**
 * The residents, from the resident records feed (庁内データ連携 001:jumin-renkei:Read) read by the platform's HTTP
 * consumer into the model generated from that service's contract. Each item is applied in its own transaction with
 * its marker and the cursor; its change id is the municipality, the person and the feed's 変更番号 (a snapshot's
 * residents all carry 変更番号 0), so re-delivery changes nothing.
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

    /** The consumer (tests may drive it with {@code drain}). */
    public synchronized TransactionalFeedConsumer<RenkeiJumin> consumer() {
        if (consumer == null) {
            consumer = consumers.consumer(NAME, RenkeiJumin.class,
                    (item, mode) -> item.getShikuchosonkodo() + ":" + item.getAtenabango() + ":" + item.getHenkoBango(),
                    item -> torikomi.apply(item.body()));
        }
        return consumer;
    }
}
