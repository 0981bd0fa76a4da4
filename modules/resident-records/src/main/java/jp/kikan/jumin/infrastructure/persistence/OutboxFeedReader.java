package jp.kikan.jumin.infrastructure.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kikan.jumin.application.feed.FeedReader;
import jp.kikan.jumin.application.feed.RenkeiJumin;
import jp.kikan.jumin.application.shien.ShienSochiRepository;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.StoredEvent;
import jp.kikan.platform.time.BusinessCalendar;
import org.hibernate.Session;

@ApplicationScoped
public class OutboxFeedReader implements FeedReader {

    @Inject
    EntityManager em;

    @Inject
    JdbcOutbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ShienSochiRepository shienSochi;

    @Inject
    BusinessCalendar calendar;

    @Override
    public long latestSeq(String lgCode) {
        return em.unwrap(Session.class).doReturningWork(c -> outbox.latestSeq(c, lgCode));
    }

    @Override
    public List<RenkeiJumin> snapshotAfter(String lgCode, String afterAtenabango, int limit) {
        List<JuminRirekiEntity> rows = em.createQuery("select r from JuminRirekiEntity r, JuminHeadEntity h "
                        + "where h.lgCode = :lg and r.lgCode = h.lgCode and r.atenabango = h.atenabango "
                        + "and r.rirekibango = h.saishinRirekibango and h.atenabango > :after order by h.atenabango",
                        JuminRirekiEntity.class)
                .setParameter("lg", lgCode).setParameter("after", afterAtenabango == null ? "" : afterAtenabango)
                .setMaxResults(limit).getResultList();
        List<JuminVersion> versions = rows.stream().map(JuminRirekiEntity::toDomain).toList();
        Set<String> protectedPersons = shienSochi.blocked(lgCode,
                versions.stream().map(JuminVersion::atenabango).toList(), null, calendar.today());
        List<RenkeiJumin> out = new ArrayList<>(versions.size());
        for (JuminVersion v : versions) {
            out.add(RenkeiJumin.of(v, null, protectedPersons.contains(v.atenabango())));
        }
        return out;
    }

    @Override
    public List<Change> changesAfter(String lgCode, long afterSeq, int limit) {
        List<StoredEvent> events = em.unwrap(Session.class)
                .doReturningWork(c -> outbox.readAfter(c, lgCode, afterSeq, limit));
        List<Change> out = new ArrayList<>(events.size());
        for (StoredEvent e : events) {
            try {
                out.add(new Change(e.seq(), mapper.treeToValue(e.payload(), RenkeiJumin.class)));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("outbox event " + e.seq() + " is not a RenkeiJumin", ex);
            }
        }
        return out;
    }
}
