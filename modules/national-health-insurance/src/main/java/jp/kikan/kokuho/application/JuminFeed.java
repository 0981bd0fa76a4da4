package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kikan.kokuho.client.jumin.model.RenkeiJumin;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminHenko;
import jp.kikan.platform.quarkus.jumin.JuminRenkeiFeed;

/**
 * The residents, from the resident records feed (庁内データ連携 001:jumin-renkei:Read), read into the model generated
 * from that service's contract by the platform's consumer, which records each change and moves the person's head
 * forward; what the change means for the qualification is {@link ShikakuIdoTorikomi}'s.
 */
@ApplicationScoped
public class JuminFeed extends JuminRenkeiFeed<RenkeiJumin> {

    @Inject
    ShikakuIdoTorikomi torikomi;

    @Override
    protected Class<RenkeiJumin> type() {
        return RenkeiJumin.class;
    }

    @Override
    protected void onChange(Optional<Jumin> previous, JuminHenko now) {
        torikomi.apply(previous, now);
    }
}
