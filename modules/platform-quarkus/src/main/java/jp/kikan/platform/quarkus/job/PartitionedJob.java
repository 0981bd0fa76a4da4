package jp.kikan.platform.quarkus.job;

import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;

/**
 * A service's kind of job over a whole municipality for a 年度 (an annual run), as a CDI bean: {@link PartitionedJobs}
 * starts it, the {@link JobWorkers} of any process of the service run its partitions batch by batch. The service
 * decides which targets fall into which partition and in which key order a partition reads them.
 */
public interface PartitionedJob {

    /** The kind's name in the job tables and the API, e.g. {@code kokuho-honsantei}. */
    String kind();

    /** What a clerk calls it, e.g. 国民健康保険税の本算定 (in the refusal of a second run). */
    String title();

    /**
     * Refuses a start the service cannot run (e.g. a 年度 without parameters) with a problem exception; called in the
     * start's transaction before anything is written.
     */
    default void checkStart(String lgCode, int nendo) {
    }

    /** How many targets the job will read, counted when it starts (for the progress and its ETA). */
    long total(String lgCode, int nendo);

    /** Before a worker's first batch of a partition it claimed (e.g. to take parameters loaded since it started). */
    default void beforePartition(JobPartition partition) {
    }

    /**
     * One batch in the transaction the worker opened: the next at most {@code batchSize} targets of the partition
     * after {@code partition.cursor()} (null: from the start), their effects (versions, outbox events), and what was
     * found. A target that cannot be processed goes to {@code errors} and the batch goes on. The cursor and counts the
     * outcome gives commit with the effects.
     */
    BatchOutcome batch(JobPartition partition, int batchSize, JobErrors errors);
}
