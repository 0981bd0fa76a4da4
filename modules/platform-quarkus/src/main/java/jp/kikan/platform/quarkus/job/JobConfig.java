package jp.kikan.platform.quarkus.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The partitioned-job workers of this process ({@code kikan.jobs.*}), for every kind of job the service has. */
@ConfigMapping(prefix = "kikan.jobs")
public interface JobConfig {

    /** Workers in this process (0: this process only serves the API; a Kubernetes Job runs the workers). */
    @WithDefault("1")
    int workers();

    /** Targets per batch (one transaction). */
    @WithDefault("500")
    int batchSize();

    /** How long a claimed partition stays this worker's without a batch committed; then another may take it. */
    @WithDefault("30S")
    Duration lease();

    /** How often an idle worker looks for a partition to claim. */
    @WithDefault("1S")
    Duration pollInterval();

    /** Stop the process when no job is left to do (a Kubernetes Job of workers) instead of waiting for the next. */
    @WithDefault("false")
    boolean exitWhenIdle();

    /** Names this process's workers in the partitions (default: the host name). */
    Optional<String> workerId();
}
