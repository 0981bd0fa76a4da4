package jp.kikan.platform.quarkus.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.kikan.platform.accesslog.AccessLogRecord;
import jp.kikan.platform.accesslog.JdbcAccessLog;
import org.hibernate.Session;

/**
 * Writes a refusal's entry in a new transaction (the caller's is suspended meanwhile): an attempt to reach a
 * protected person is evidence an auditor needs even though the refused command itself writes nothing. The
 * new transaction takes a chain head the suspended one does not hold, so the two never wait for each other.
 */
@ApplicationScoped
class RefusalLog {

    @Inject
    EntityManager em;

    @Inject
    JdbcAccessLog log;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void append(AccessLogRecord r) {
        em.unwrap(Session.class).doWork(c -> log.append(c, r));
    }
}
