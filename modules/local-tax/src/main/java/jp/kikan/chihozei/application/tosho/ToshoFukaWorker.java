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
import jp.kikan.chihozei.infrastructure.ToshoFukaJobStore;
import org.jboss.logging.Logger;

/**
 * The 当初賦課 workers of this process: each claims a partition of a running job (any process of the service may
 * hold the others — two or more run one city together) and works through it batch by batch until done, then
 * claims the next. A worker that dies leaves its partition's lease to run out; whoever claims it resumes from the
 * committed cursor.
 */
@ApplicationScoped
public class ToshoFukaWorker {

    private static final Logger LOG = Logger.getLogger(ToshoFukaWorker.class);

    @Inject
    jp.kikan.chihozei.application.parameter.ParameterOverlays overlays;

    @Inject
    ToshoFukaConfig config;

    @Inject
    ToshoFukaJobStore jobs;

    @Inject
    ToshoFukaBatch batch;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pool;

    void start(@Observes StartupEvent e) {
        if (config.workers() > 0) {
            running.set(true);
            pool = Executors.newFixedThreadPool(config.workers(), r -> {
                Thread t = new Thread(r, "tosho-fuka-worker");
                t.setDaemon(true);
                return t;
            });
            String host = config.workerId().orElseGet(ToshoFukaWorker::hostName);
            for (int i = 0; i < config.workers(); i++) {
                String id = host + "#" + i;
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

    private void loop(String worker) {
        while (running.get()) {
            try {
                if (!runOnce(worker, Integer.MAX_VALUE)) {
                    if (config.exitWhenIdle() && !anyRunning()) {
                        LOG.infof("%s: no 当初賦課 left to do, stopping (exit-when-idle)", worker);
                        io.quarkus.runtime.Quarkus.asyncExit(0);
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

    /**
     * Claims one partition and runs up to {@code maxBatches} of it (tests stop early to play a worker that dies).
     *
     * @return whether a partition was claimed
     */
    public boolean runOnce(String worker, int maxBatches) {
        Optional<ToshoFukaJobStore.Partition> p = claim(worker);
        if (p.isEmpty()) {
            return false;
        }
        overlays.refresh(p.get().lgCode()); // a worker of another process takes the values loaded since it started
        int n = 0;
        while (n++ < maxBatches && batch.run(p.get(), worker, config.batchSize(), config.lease())) {
            // next batch
        }
        return true;
    }

    @Transactional
    Optional<ToshoFukaJobStore.Partition> claim(String worker) {
        return jobs.claim(worker, clock.instant(), config.lease());
    }

    @Transactional
    boolean anyRunning() {
        return jobs.anyRunning();
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
