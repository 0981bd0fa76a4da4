package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.feed.FeedAnnouncer;
import jp.kikan.jumin.application.feed.RenkeiEvents;
import jp.kikan.platform.outbox.JdbcOutbox;
import org.hibernate.Session;

@ApplicationScoped
public class OutboxFeedAnnouncer implements FeedAnnouncer {

    @Inject
    JuminRepository jumin;

    @Inject
    RenkeiEvents events;

    @Inject
    JdbcOutbox outbox;

    @Inject
    EntityManager em;

    @Override
    public void shienSochiChanged(String lgCode, String atenabango) {
        jumin.latest(lgCode, atenabango).ifPresent(v -> {
            em.flush();
            em.unwrap(Session.class).doWork(c -> outbox.append(c, events.shienSochiChanged(lgCode, v)));
        });
    }
}
