package jp.kikan.platform.quarkus.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.platform.accesslog.AccessLogEntry;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.accesslog.AccessLogRecord;
import jp.kikan.platform.accesslog.AccessTarget;
import jp.kikan.platform.accesslog.ChainVerification;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import jp.kikan.platform.caller.Caller;
import org.hibernate.Session;

/**
 * The tamper-evident access log of a service: every read of personal data, every certificate issued and
 * every refusal is appended (hash-chained, sealed with a key held outside the database). A read's entry is
 * written on the transaction's own connection, so the read and its entry commit together; a refusal's
 * entry is written in a transaction of its own, so it stays even when the refused command rolls back.
 */
@ApplicationScoped
public class AccessLog {

    @Inject
    EntityManager em;

    @Inject
    JdbcAccessLog log;

    @Inject
    RefusalLog refusals;

    /**
     * Appends an entry in the current transaction (one is required: the entry commits with the access).
     * Each id becomes a target of its own, so an auditor asking for one of them finds this entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, List<String> targetIds, String detail) {
        AccessLogRecord r = of(caller, action, targetType, targetIds, detail);
        em.unwrap(Session.class).doWork(c -> log.append(c, r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, String targetId, String detail) {
        record(caller, action, targetType, targetId == null ? List.of() : List.of(targetId), detail);
    }

    /** Appends the entry of a refusal in its own transaction: it is kept whatever the caller's transaction does. */
    public void recordRefusal(Caller caller, String action, String targetType, List<String> targetIds, String detail) {
        refusals.append(of(caller, action, targetType, targetIds, detail));
    }

    @Transactional
    public List<AccessLogEntry> search(Caller caller, AccessLogQuery query) {
        List<AccessLogEntry> out = em.unwrap(Session.class).doReturningWork(c -> log.find(c, caller.lgCode(), query));
        record(caller, "kansa-kensaku", "access-log", query.targetId(), "count=" + out.size());
        return out;
    }

    @Transactional
    public ChainVerification verify(Caller caller) {
        ChainVerification v = em.unwrap(Session.class).doReturningWork(c -> log.verify(c, caller.lgCode()));
        record(caller, "kansa-kensho", "access-log", List.of(), "intact=" + v.intact());
        return v;
    }

    static AccessLogRecord of(Caller caller, String action, String targetType, List<String> targetIds, String detail) {
        List<AccessTarget> targets = targetIds == null ? List.of()
                : targetIds.stream().distinct().map(id -> new AccessTarget(targetType, id)).toList();
        return new AccessLogRecord(caller.lgCode(), caller.actor(), String.join(",", caller.roles().stream().sorted()
                .toList()), action, targetType, targets, detail, caller.clientAddress());
    }
}
