package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.accesslog.AccessLogService;
import jp.kikan.platform.accesslog.AccessLogEntry;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.accesslog.AccessLogRecord;
import jp.kikan.platform.accesslog.ChainVerification;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import org.hibernate.Session;

/** Writes the access log on the transaction's own connection, so a read and its log entry commit together. */
@ApplicationScoped
public class JdbcAccessLogService implements AccessLogService {

    @Inject
    EntityManager em;

    @Inject
    JdbcAccessLog log;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetType, String targetId, String detail) {
        AccessLogRecord r = new AccessLogRecord(caller.lgCode(), caller.actor(), String.join(",", caller.roles()),
                action, targetType, targetId, detail, caller.clientAddress());
        em.unwrap(Session.class).doWork(c -> log.append(c, r));
    }

    @Override
    @Transactional
    public List<AccessLogEntry> search(Caller caller, AccessLogQuery query) {
        List<AccessLogEntry> out = em.unwrap(Session.class).doReturningWork(c -> log.find(c, caller.lgCode(), query));
        record(caller, "kansa-kensaku", "access-log", query.targetId(), "count=" + out.size());
        return out;
    }

    @Override
    @Transactional
    public ChainVerification verify(Caller caller) {
        ChainVerification v = em.unwrap(Session.class).doReturningWork(c -> log.verify(c, caller.lgCode()));
        record(caller, "kansa-kensho", "access-log", null, "intact=" + v.intact());
        return v;
    }
}
