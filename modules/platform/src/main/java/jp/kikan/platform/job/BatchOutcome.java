package jp.kikan.platform.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one batch did: the last key it read (the partition's next cursor), how many targets it read, what it counted
 * by the service's names, and whether the partition is finished (the batch read fewer than it asked for).
 */
public record BatchOutcome(String cursor, long processed, Map<String, Long> counts, boolean last) {

    public BatchOutcome {
        if (processed < 0) {
            throw new IllegalArgumentException("processed < 0");
        }
        counts = Map.copyOf(counts);
    }

    /** An empty batch: the partition had nothing after its cursor. */
    public static BatchOutcome finished(String cursor) {
        return new BatchOutcome(cursor, 0, Map.of(), true);
    }

    /** The partition's counts after this batch. */
    public Map<String, Long> addedTo(Map<String, Long> before) {
        Map<String, Long> sum = new LinkedHashMap<>(before);
        counts.forEach((k, v) -> sum.merge(Objects.requireNonNull(k, "count name"), v, Long::sum));
        return sum;
    }
}
