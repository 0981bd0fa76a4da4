package jp.kikan.platform.quarkus.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.job.JdbcPartitionedJobs;
import jp.kikan.platform.job.Job;
import jp.kikan.platform.job.JobError;
import jp.kikan.platform.job.JobProgress;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import org.hibernate.Session;

/**
 * The use cases around a service's jobs: start one for the caller's municipality and a 年度 (one of a kind and 年度 at
 * a time), read its progress, list the targets it left for the clerk. A municipality sees only its own jobs.
 */
@ApplicationScoped
public class PartitionedJobs {

    private final JdbcPartitionedJobs store = new JdbcPartitionedJobs();

    @Inject
    Instance<PartitionedJob> kinds;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public JobProgress start(Caller caller, String kind, int nendo, int partitions) {
        PartitionedJob job = kind(kind);
        job.checkStart(caller.lgCode(), nendo);
        String jobId = UUID.randomUUID().toString();
        Job created = new Job(caller.lgCode(), jobId, kind, nendo, partitions, "running", job.total(caller.lgCode(), nendo),
                clock.instant(), null, caller.actor());
        if (!session().doReturningWork(c -> store.create(c, created))) {
            String running = session().doReturningWork(c -> store.running(c, caller.lgCode(), kind, nendo))
                    .map(Job::jobId).orElse("?");
            throw new RuleViolationException("job-running", "nendo", StandardErrorCode.E0004,
                    nendo + "年度の" + job.title() + "は実行中です (job " + running + ")。終わってから再実行してください");
        }
        return progress(caller, kind, jobId);
    }

    /** The job's progress; a job of another municipality or another kind is not found. */
    @Transactional
    public JobProgress progress(Caller caller, String kind, String jobId) {
        Job job = session().doReturningWork(c -> store.job(c, caller.lgCode(), jobId)).filter(j -> j.kind().equals(kind))
                .orElseThrow(() -> new NotFoundException("job_id", kind(kind).title() + "のジョブ " + jobId + " はありません"));
        return JobProgress.of(job, session().doReturningWork(c -> store.partitions(c, caller.lgCode(), jobId)),
                clock.instant());
    }

    /** The targets the job could not process, in key order. */
    @Transactional
    public List<JobError> errors(Caller caller, String kind, String jobId, int limit, int offset) {
        progress(caller, kind, jobId); // not found for another municipality's or kind's job
        return session().doReturningWork(c -> store.errors(c, caller.lgCode(), jobId, limit, offset));
    }

    PartitionedJob kind(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no PartitionedJob bean of kind " + kind));
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
