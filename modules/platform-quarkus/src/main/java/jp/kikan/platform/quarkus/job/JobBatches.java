package jp.kikan.platform.quarkus.job;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JdbcPartitionedJobs;
import jp.kikan.platform.job.JobPartition;
import org.hibernate.Session;

/**
 * The transactions of a worker: the claim of a partition, and each batch — hold the partition (still this worker's?),
 * the service's batch, the listed errors, the partition's cursor and counts — committed together, so a crash loses at
 * most the batch in flight and the next claimant does it again from the committed cursor.
 */
@ApplicationScoped
class JobBatches {

    private final JdbcPartitionedJobs store = new JdbcPartitionedJobs();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<JobPartition> claim(Collection<String> kinds, String worker, Duration lease) {
        return session().doReturningWork(c -> store.claim(c, kinds, worker, clock.instant(), lease));
    }

    /** @return whether the partition has more to do (false: finished, or no longer this worker's) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean run(PartitionedJob job, JobPartition claimed, int batchSize, Duration lease) {
        Optional<JobPartition> held = session().doReturningWork(c -> store.hold(c, claimed, claimed.worker()));
        if (held.isEmpty()) {
            return false;
        }
        JobPartition p = held.get();
        AtomicLong errors = new AtomicLong();
        BatchOutcome outcome = job.batch(p, batchSize, (key, rule, message) -> {
            session().doWork(c -> store.error(c, p.lgCode(), p.jobId(), key, rule, message, clock.instant()));
            errors.incrementAndGet();
        });
        if (errors.get() > 0) {
            Map<String, Long> counts = new LinkedHashMap<>(outcome.counts());
            counts.merge("errors", errors.get(), Long::sum);
            outcome = new BatchOutcome(outcome.cursor(), outcome.processed(), counts, outcome.last());
        }
        BatchOutcome done = outcome;
        session().doWork(c -> store.advance(c, p, done, clock.instant(), lease));
        registry.counter("kikan.jobs.processed", "kind", job.kind()).increment(done.processed());
        return !done.last();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
