package jp.kikan.kokuho.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kikan.kokuho.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.platform.quarkus.feed.consumer.FeedConsumers;
import jp.kikan.platform.quarkus.feed.consumer.TransactionalFeedConsumer;

/**
 * Local tax's feed (庁内データ連携 010:kojin-juminzei-renkei:Read): each assessment version of a person (当初・更正) with
 * its 所得情報, read by the platform's HTTP consumer into the model generated from contracts/local-tax/v1.yaml. Its
 * change id is the municipality and the feed's 変更番号, so re-delivery changes nothing; each item recomputes the
 * households that depend on the person's income ({@link ShotokuKoseiSaifuka}).
 */
@ApplicationScoped
public class KojinJuminzeiFeed {

    public static final String NAME = "kojin-juminzei";

    @Inject
    FeedConsumers consumers;

    @Inject
    ShotokuKoseiSaifuka saifuka;

    private volatile TransactionalFeedConsumer<KojinJuminzeiRenkei> consumer;

    void start(@Observes StartupEvent e) {
        consumers.start(consumer());
    }

    /** The consumer (tests may drive it with {@code drain}). */
    public synchronized TransactionalFeedConsumer<KojinJuminzeiRenkei> consumer() {
        if (consumer == null) {
            consumer = consumers.consumer(NAME, KojinJuminzeiRenkei.class,
                    (item, mode) -> item.getShikuchosonkodo() + ":" + item.getHenkoBango(),
                    item -> saifuka.apply(item.body()));
        }
        return consumer;
    }
}
