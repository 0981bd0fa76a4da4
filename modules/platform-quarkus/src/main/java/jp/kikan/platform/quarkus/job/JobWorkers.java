package jp.kikan.platform.quarkus.job;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kikan.platform.job.JdbcPartitionedJobs;
import jp.kikan.platform.job.JobPartition;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The job workers of this process ({@code kikan.jobs.workers}): each claims a partition of a running job of any of the
 * service's kinds (other processes of the service may hold the others — two or more run one city together), works
 * through it batch by batch, then claims the next. A worker that dies leaves its lease to run out; whoever claims the
 * partition then resumes from the committed cursor.
 */
@ApplicationScoped
public class JobWorkers {

    private static final Logger LOG = Logger.getLogger(JobWorkers.class);

    @Inject
    JobConfig config;

    @Inject
    JobBatches batches;

    @Inject
    Instance<PartitionedJob> kinds;

    @Inject
    EntityManager em;

    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pool;

    void start(@Observes StartupEvent e) {
        if (config.workers() > 0 && kinds.stream().findAny().isPresent()) {
            running.set(true);
            pool = Executors.newFixedThreadPool(config.workers(), r -> {
                Thread t = new Thread(r, "kikan-job-worker");
                t.setDaemon(true);
                return t;
            });
            String host = config.workerId().orElseGet(JobWorkers::hostName);
            for (int i = 0; i < config.workers(); i++) {
                String id = host + "#job" + i;
                pool.submit(() -> loop(id));
            }
        }
    }

    void stop(@Observes ShutdownEvent e) {
        running.set(false);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * Claims one partition of any kind and runs up to {@code maxBatches} of it (tests stop early to play a worker that
     * dies).
     *
     * @return whether a partition was claimed
     */
    public boolean runOnce(String worker, int maxBatches) {
        Map<String, PartitionedJob> byKind = kinds.stream().collect(Collectors.toMap(PartitionedJob::kind, Function.identity()));
        Optional<JobPartition> p = batches.claim(List.copyOf(byKind.keySet()), worker, config.lease());
        if (p.isEmpty()) {
            return false;
        }
        PartitionedJob job = byKind.get(p.get().kind());
        job.beforePartition(p.get());
        int n = 0;
        while (n++ < maxBatches && batches.run(job, p.get(), config.batchSize(), config.lease())) {
            // next batch
        }
        return true;
    }

    /** Runs every claimable partition to its end in this thread (a test's or a benchmark's worker). */
    public void drain(String worker) {
        while (runOnce(worker, Integer.MAX_VALUE)) {
            // next partition
        }
    }

    private void loop(String worker) {
        while (running.get()) {
            try {
                if (!runOnce(worker, Integer.MAX_VALUE)) {
                    if (config.exitWhenIdle() && !anyRunning()) {
                        LOG.infof("%s: no job left to do, stopping (exit-when-idle)", worker);
                        Quarkus.asyncExit(0);
                        return;
                    }
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("%s: batch failed, the partition is taken again after its lease: %s", worker, e.getMessage());
                sleepQuietly();
            }
        }
    }

    @Transactional
    boolean anyRunning() {
        List<String> names = kinds.stream().map(PartitionedJob::kind).toList();
        return em.unwrap(Session.class).doReturningWork(c -> new JdbcPartitionedJobs().anyRunning(c, names));
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        String h = System.getenv("HOSTNAME");
        return h == null || h.isBlank() ? "local" : h;
    }
}
