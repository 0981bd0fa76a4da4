package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.kokuho.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.platform.quarkus.feed.consumer.StartedFeedConsumer;

/**
 * Local tax's feed (庁内データ連携 010:kojin-juminzei-renkei:Read): each assessment version of a person (当初・更正) with
 * its 所得情報, read by the platform's HTTP consumer into the model generated from contracts/local-tax/v1.yaml; each item
 * recomputes the households that depend on the person's income ({@link ShotokuKoseiSaifuka}).
 */
@ApplicationScoped
public class KojinJuminzeiFeed extends StartedFeedConsumer<KojinJuminzeiRenkei> {

    public static final String NAME = "kojin-juminzei";

    @Inject
    ShotokuKoseiSaifuka saifuka;

    @Override
    protected String name() {
        return NAME;
    }

    @Override
    protected Class<KojinJuminzeiRenkei> type() {
        return KojinJuminzeiRenkei.class;
    }

    @Override
    protected String changeId(KojinJuminzeiRenkei item) {
        return item.getShikuchosonkodo() + ":" + item.getHenkoBango();
    }

    @Override
    protected void apply(KojinJuminzeiRenkei item) {
        saifuka.apply(item);
    }
}
