package jp.kikan.platform.job;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job's progress as a clerk or an operator reads it: processed of total, the counts summed over the partitions,
 * the rate since the first partition started (up to the job's end, or now) and the time left at that rate.
 */
public record JobProgress(Job job, List<JobPartition> partitions, long processed, Map<String, Long> counts,
        Double ratePerSecond, Long etaSeconds) {

    public JobProgress {
        partitions = List.copyOf(partitions);
        counts = Map.copyOf(counts);
    }

    public static JobProgress of(Job job, List<JobPartition> partitions, Instant now) {
        long processed = partitions.stream().mapToLong(JobPartition::processed).sum();
        Map<String, Long> counts = new LinkedHashMap<>();
        partitions.forEach(p -> p.counts().forEach((k, v) -> counts.merge(k, v, Long::sum)));
        Instant started = partitions.stream().map(JobPartition::startedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Double rate = null;
        Long eta = null;
        if (started != null && processed > 0) {
            Instant until = job.finishedAt() != null ? job.finishedAt() : now;
            double seconds = Math.max(0.001, Duration.between(started, until).toMillis() / 1000.0);
            double perSecond = processed / seconds;
            rate = Math.round(perSecond * 10) / 10.0;
            eta = job.done() ? 0L : (long) Math.ceil(Math.max(0, job.total() - processed) / perSecond);
        }
        return new JobProgress(job, partitions, processed, counts, rate, eta);
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }
}
