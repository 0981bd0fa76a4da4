package jp.kikan.chihozei.application.tosho;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.kikan.chihozei.infrastructure.KoteishisanToshoJobStore;
import org.jboss.logging.Logger;

/**
 * The 固定資産税 当初賦課 worker of this process (with {@code kikan.tosho-fuka.workers} > 0; the same settings as 個人住民税's
 * workers): claims a running job whose lease has run out and works through it batch by batch. A worker that dies leaves
 * the lease to run out; the next claimant resumes from the committed cursor.
 */
@ApplicationScoped
public class KoteishisanToshoWorker {

    private static final Logger LOG = Logger.getLogger(KoteishisanToshoWorker.class);

    @Inject
    ToshoFukaConfig config;

    @Inject
    KoteishisanToshoJobStore jobs;

    @Inject
    KoteishisanToshoBatch batch;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pool;

    void start(@Observes StartupEvent e) {
        if (config.workers() > 0) {
            running.set(true);
            pool = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "koteishisan-tosho-worker");
                t.setDaemon(true);
                return t;
            });
            String id = config.workerId().orElse("local") + "#kotei";
            pool.submit(() -> loop(id));
        }
    }

    void stop(@Observes ShutdownEvent e) {
        running.set(false);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void loop(String worker) {
        while (running.get()) {
            try {
                if (!runOnce(worker, Integer.MAX_VALUE)) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("%s: batch failed, the job is taken again after its lease: %s", worker, e.getMessage());
            }
        }
    }

    /**
     * Claims a job and runs up to {@code maxBatches} of it (tests stop early to play a worker that dies).
     *
     * @return whether a job was claimed
     */
    public boolean runOnce(String worker, int maxBatches) {
        Optional<KoteishisanToshoJobStore.Job> j = claim(worker);
        if (j.isEmpty()) {
            return false;
        }
        int n = 0;
        while (n++ < maxBatches && batch.run(j.get(), worker, config.batchSize(), config.lease())) {
            // next batch
        }
        return true;
    }

    @Transactional
    Optional<KoteishisanToshoJobStore.Job> claim(String worker) {
        return jobs.claim(worker, clock.instant(), config.lease());
    }
}
