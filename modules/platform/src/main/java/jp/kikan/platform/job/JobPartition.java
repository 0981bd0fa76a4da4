package jp.kikan.platform.job;

import java.time.Instant;
import java.util.Map;

/**
 * One partition of a job as a worker sees it: which share of the targets it is ({@code partitionNo} of
 * {@code partitions}; the service decides how a target falls into one), where it stands (the last key committed),
 * and what its batches counted so far.
 */
public record JobPartition(String lgCode, String jobId, String kind, int nendo, int partitionNo, int partitions,
        String cursor, long processed, Map<String, Long> counts, boolean done, String worker, Instant startedAt,
        Instant finishedAt) {

    public JobPartition {
        counts = Map.copyOf(counts);
    }
}
