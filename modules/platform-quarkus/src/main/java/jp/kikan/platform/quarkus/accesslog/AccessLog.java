package jp.kikan.platform.quarkus.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.platform.accesslog.AccessLogEntry;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.accesslog.AccessLogRecord;
import jp.kikan.platform.accesslog.ChainVerification;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import jp.kikan.platform.caller.Caller;
import org.hibernate.Session;

/**
 * The tamper-evident access log of a service: every read of personal data, every certificate issued and
 * every refusal is appended (hash-chained) on the transaction's own connection, so a read and its log
 * entry commit together.
 */
@ApplicationScoped
public class AccessLog {

    @Inject
    EntityManager em;

    @Inject
    JdbcAccessLog log;

    /** Appends an entry in the current transaction (one is required: the entry commits with the access). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, List<String> targetIds, String detail) {
        String targets = targetIds == null || targetIds.isEmpty() ? null : String.join(",", targetIds);
        AccessLogRecord r = new AccessLogRecord(caller.lgCode(), caller.actor(), String.join(",", caller.roles()),
                action, targetType, targets, detail, caller.clientAddress());
        em.unwrap(Session.class).doWork(c -> log.append(c, r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, String targetId, String detail) {
        record(caller, action, targetType, targetId == null ? List.of() : List.of(targetId), detail);
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
}
