package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.feed.RenkeiEvents;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.SearchKeys;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.problem.ConcurrentEditException;
import org.hibernate.Session;

@ApplicationScoped
public class PanacheJuminRepository implements JuminRepository {

    /** PostgreSQL SQLSTATE 55P03 lock_not_available: raised by FOR UPDATE NOWAIT. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Inject
    EntityManager em;

    @Inject
    JdbcOutbox outbox;

    @Inject
    RenkeiEvents renkeiEvents;

    @Inject
    JuminSearch search;

    @Override
    public Optional<JuminVersion> latest(String lgCode, String atenabango) {
        JuminHeadEntity head = em.find(JuminHeadEntity.class, headId(lgCode, atenabango));
        if (head == null) {
            return Optional.empty();
        }
        JuminRirekiEntity e = em.find(JuminRirekiEntity.class,
                new JuminRirekiId(lgCode, atenabango, head.saishinRirekibango));
        return Optional.of(e.toDomain());
    }

    @Override
    public Optional<JuminVersion> asOf(String lgCode, String atenabango, LocalDate kijunbi) {
        // The version in effect on a date is the last one recorded (highest 履歴番号) among those that
        // had taken effect by then: a later correction or cancellation with the same 異動日 wins.
        return JuminRirekiEntity.<JuminRirekiEntity>find(
                        "lgCode = ?1 and atenabango = ?2 and (idonengappi is null or idonengappi <= ?3) "
                                + "order by rirekibango desc", lgCode, atenabango, kijunbi)
                .firstResultOptional().map(JuminRirekiEntity::toDomain);
    }

    @Override
    public List<JuminVersion> history(String lgCode, String atenabango) {
        return JuminRirekiEntity.<JuminRirekiEntity>find("lgCode = ?1 and atenabango = ?2 order by rirekibango",
                lgCode, atenabango).stream().map(JuminRirekiEntity::toDomain).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> personsOfIdo(String lgCode, java.util.UUID idoId) {
        return em.createNativeQuery("select distinct atenabango from jumin_rireki where lg_code = ?1 and ido_id = ?2")
                .setParameter(1, lgCode).setParameter(2, idoId).getResultList();
    }

    @Override
    public List<JuminVersion> currentMembers(String lgCode, String setaibango) {
        // one household (the 異動's and the certificate's case): a query without a list parameter, whose
        // translation Hibernate keeps (one with a list is translated anew on every call)
        return members(em.createQuery(MEMBERS + "h.setaibango = :setai" + MEMBERS_ORDER, Object[].class)
                .setParameter("lg", lgCode).setParameter("setai", setaibango).getResultList())
                .getOrDefault(setaibango, List.of());
    }

    private static final String MEMBERS = "select h, r from JuminHeadEntity h, JuminRirekiEntity r "
            + "where h.lgCode = :lg and h.juminJotai = 'jumin' and r.lgCode = h.lgCode and r.atenabango = h.atenabango "
            + "and r.rirekibango = h.saishinRirekibango and ";
    private static final String MEMBERS_ORDER = " order by h.setaibango, h.atenabango";

    /**
     * Heads and their latest versions in one query. Both stay in the persistence context, so the 異動 that
     * writes the next versions finds the heads there ({@link #append}); the versions are read-only (never
     * changed: no dirty check at flush).
     */
    @Override
    public Map<String, List<JuminVersion>> currentMembers(String lgCode, Collection<String> setaibango) {
        if (setaibango.isEmpty()) {
            return Map.of();
        }
        return members(em.createQuery(MEMBERS + "h.setaibango in :setai" + MEMBERS_ORDER, Object[].class)
                .setParameter("lg", lgCode).setParameter("setai", setaibango).getResultList());
    }

    private Map<String, List<JuminVersion>> members(List<Object[]> rows) {
        Session session = em.unwrap(Session.class);
        Map<String, List<JuminVersion>> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            JuminHeadEntity h = (JuminHeadEntity) row[0];
            JuminRirekiEntity r = (JuminRirekiEntity) row[1];
            session.setReadOnly(r, true);
            out.computeIfAbsent(h.setaibango, k -> new ArrayList<>()).add(r.toDomain());
        }
        return out;
    }

    @Override
    public List<JuminVersion> membersAsOf(String lgCode, String setaibango, LocalDate kijunbi) {
        @SuppressWarnings("unchecked")
        List<String> everMembers = em.createNativeQuery(
                        "select distinct atenabango from jumin_rireki where lg_code = ?1 and setaibango = ?2")
                .setParameter(1, lgCode).setParameter(2, setaibango).getResultList();
        List<JuminVersion> out = new ArrayList<>();
        for (String atenabango : everMembers) {
            asOf(lgCode, atenabango, kijunbi)
                    .filter(v -> v.kisai().setaibango().equals(setaibango) && v.isResident())
                    .ifPresent(out::add);
        }
        return out;
    }

    @Override
    public boolean setaiExists(String lgCode, String setaibango) {
        return SetaiEntity.count("lgCode = ?1 and setaibango = ?2", lgCode, setaibango) > 0;
    }

    @Override
    public int lockSetai(String lgCode, Collection<String> setaibango) {
        // In order, so two commands locking the same households never deadlock; NOWAIT, so the second
        // clerk is told at once (409) instead of silently overwriting the first one's work. One statement
        // for all: lock (materialized first), then bump each household's version.
        List<String> sorted = List.copyOf(new TreeSet<>(setaibango));
        if (sorted.isEmpty()) {
            return 0;
        }
        try {
            return em.createNativeQuery("with locked as materialized (select setaibango from setai "
                            + "where lg_code = ?1 and setaibango in (?2) order by setaibango for update nowait) "
                            + "update setai s set version = s.version + 1 from locked "
                            + "where s.lg_code = ?1 and s.setaibango = locked.setaibango")
                    .setParameter(1, lgCode).setParameter(2, sorted).executeUpdate();
        } catch (PersistenceException e) {
            if (LOCK_NOT_AVAILABLE.equals(sqlState(e))) {
                throw new ConcurrentEditException("世帯 " + String.join(", ", sorted)
                        + " は他の処理で更新中です。再読込みしてやり直してください。");
            }
            throw e;
        }
    }

    @Override
    public void createSetai(String lgCode, String setaibango) {
        SetaiEntity s = new SetaiEntity();
        s.lgCode = lgCode;
        s.setaibango = setaibango;
        s.version = 0;
        s.createdAt = java.time.Instant.now();
        em.persist(s);
    }

    @Override
    public String nextAtenabango(String lgCode) {
        return Modulus11.withCheckDigit(String.format("%09d", next(lgCode, "atenabango")));
    }

    @Override
    public String nextSetaibango(String lgCode) {
        return Modulus11.withCheckDigit(String.format("%09d", next(lgCode, "setaibango")));
    }

    private long next(String lgCode, String kind) {
        Object v = em.createNativeQuery("insert into saiban (lg_code, kind, last_value) values (?1, ?2, 1) "
                        + "on conflict (lg_code, kind) do update set last_value = saiban.last_value + 1 returning last_value")
                .setParameter(1, lgCode).setParameter(2, kind).getSingleResult();
        return ((Number) v).longValue();
    }

    @Override
    public void append(String lgCode, JuminVersion version) {
        // no flush here: the versions (and heads) of one 異動 are flushed together, as JDBC batches
        em.persist(JuminRirekiEntity.of(lgCode, version));
        // a first version has no head yet; a later one's head is in the persistence context when the 異動 read
        // the person (currentMembers, latest), else it is read here
        JuminHeadEntity head = version.rirekibango() == 1 ? null
                : em.find(JuminHeadEntity.class, headId(lgCode, version.atenabango()));
        boolean created = head == null;
        if (created) {
            head = new JuminHeadEntity();
            head.lgCode = lgCode;
            head.atenabango = version.atenabango();
        }
        JuminKisai k = version.kisai();
        head.saishinRirekibango = version.rirekibango();
        head.setaibango = k.setaibango();
        head.juminJotai = k.jotai().code();
        head.kanaKey = SearchKeys.kana(k.shimei().furigana());
        head.shimeiKey = SearchKeys.shimei(k.shimei().shimei())
                + (k.gaikokujin() != null && k.gaikokujin().tsusho() != null ? "|" + SearchKeys.shimei(k.gaikokujin().tsusho()) : "");
        head.jushoKey = SearchKeys.jusho(k.jusho().hyoki());
        head.seinengappi = k.seinengappi().date();
        if (created) {
            em.persist(head);
        }
    }

    @Override
    public void announce(String lgCode, List<JuminVersion> versions) {
        // The events announcing the change commit in the same transaction (outbox).
        em.flush();
        List<jp.kikan.platform.outbox.OutboxEvent> events = renkeiEvents.juminChanged(lgCode, versions);
        // one statement; numbered by the commit, which holds the municipality's event counter only while it runs
        em.unwrap(Session.class).doWork(c -> outbox.appendAtCommit(c, events));
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> setainushiShimei(String lgCode, java.util.Collection<String> setaibango) {
        if (setaibango.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select r.setaibango, r.shimei from jumin h join jumin_rireki r "
                        + "on r.lg_code = h.lg_code and r.atenabango = h.atenabango and r.rirekibango = h.saishin_rirekibango "
                        + "where h.lg_code = ?1 and h.setaibango in (?2) and h.jumin_jotai = 'jumin' and r.setainushi")
                .setParameter(1, lgCode).setParameter(2, setaibango).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    @Override
    public SearchPage search(String lgCode, SearchCriteria c) {
        return search.search(lgCode, c);
    }

    private static JuminHeadId headId(String lgCode, String atenabango) {
        JuminHeadId id = new JuminHeadId();
        id.lgCode = lgCode;
        id.atenabango = atenabango;
        return id;
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

}
