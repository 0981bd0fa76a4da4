package jp.kikan.jumin.infrastructure.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.jumin.application.JuminRepository;
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
    JuminRepository jumin;

    @Inject
    BusinessCalendar calendar;

    @Override
    public long latestSeq(String lgCode) {
        return em.unwrap(Session.class).doReturningWork(c -> outbox.latestSeq(c, lgCode));
    }

    @Override
    public List<RenkeiJumin> snapshotAfter(String lgCode, String afterAtenabango, int limit) {
        // Read the latest committed number BEFORE the rows: every change numbered up to it committed before the
        // rows are read, so the rows include it. Numbering a row with a later number could claim a change
        // the row does not show, and the consumer would then skip that change when it arrives.
        long upTo = latestSeq(lgCode);
        List<JuminRirekiEntity> rows = em.createQuery("select r from JuminRirekiEntity r, JuminHeadEntity h "
                        + "where h.lgCode = :lg and r.lgCode = h.lgCode and r.atenabango = h.atenabango "
                        + "and r.rirekibango = h.saishinRirekibango and h.atenabango > :after order by h.atenabango",
                        JuminRirekiEntity.class)
                .setParameter("lg", lgCode).setParameter("after", afterAtenabango == null ? "" : afterAtenabango)
                .setMaxResults(limit).getResultList();
        List<JuminVersion> versions = rows.stream().map(JuminRirekiEntity::toDomain).toList();
        List<String> ids = versions.stream().map(JuminVersion::atenabango).toList();
        Set<String> protectedPersons = shienSochi.blocked(lgCode, ids, null, calendar.today());
        Map<String, Long> numbers = lastChangeNumbers(lgCode, ids, upTo);
        Map<String, String> setainushi = jumin.setainushiShimei(lgCode,
                versions.stream().map(v -> v.kisai().setaibango()).distinct().toList());
        List<RenkeiJumin> out = new ArrayList<>(versions.size());
        for (JuminVersion v : versions) {
            out.add(RenkeiJumin.of(lgCode, v, setainushi.get(v.kisai().setaibango()),
                    protectedPersons.contains(v.atenabango())).numbered(numbers.getOrDefault(v.atenabango(), 0L)));
        }
        return out;
    }

    @Override
    public List<RenkeiJumin> changesAfter(String lgCode, long afterSeq, int limit) {
        List<StoredEvent> events = em.unwrap(Session.class)
                .doReturningWork(c -> outbox.readAfter(c, lgCode, afterSeq, limit));
        List<RenkeiJumin> out = new ArrayList<>(events.size());
        for (StoredEvent e : events) {
            try {
                out.add(mapper.treeToValue(e.payload(), RenkeiJumin.class).numbered(e.seq()));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("outbox event " + e.seq() + " is not a RenkeiJumin", ex);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> lastChangeNumbers(String lgCode, List<String> atenabango, long upTo) {
        Map<String, Long> out = new HashMap<>();
        if (atenabango.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select aggregate_id, max(seq) from outbox_event where lg_code = ?1 "
                        + "and aggregate_type = 'jumin' and aggregate_id in (?2) and seq <= ?3 group by aggregate_id")
                .setParameter(1, lgCode).setParameter(2, atenabango).setParameter(3, upTo).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
