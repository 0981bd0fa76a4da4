package jp.kikan.chihozei.application.tosho;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The 当初賦課 workers of this process ({@code kikan.tosho-fuka.*}). */
@ConfigMapping(prefix = "kikan.tosho-fuka")
public interface ToshoFukaConfig {

    /** Workers in this process (0: this process only serves the API; a Kubernetes Job runs the workers). */
    @WithDefault("1")
    int workers();

    /** Taxpayers per batch (one transaction). */
    @WithDefault("500")
    int batchSize();

    /** How long a claimed partition stays this worker's without a batch committed; then another may take it. */
    @WithDefault("30S")
    Duration lease();

    /** How often an idle worker looks for a partition to claim. */
    @WithDefault("1S")
    Duration pollInterval();

    /**
     * Stop the process when no 当初賦課 is left to do (a Kubernetes Job of workers: deploy/k8s/base/local-tax/
     * tosho-fuka-job.yaml), instead of waiting for the next job.
     */
    @WithDefault("false")
    boolean exitWhenIdle();

    /** Names this process's workers in the partitions (default: the host name). */
    Optional<String> workerId();
}
