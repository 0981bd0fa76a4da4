package jp.kikan.platform.quarkus.job;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.job.JobError;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.job.JobProgress;

/**
 * A job's progress and its listed targets as the services' contracts answer them (snake_case, the counts a service
 * names as fields of their own), written once for every service's job endpoints.
 */
public final class JobViews {

    private JobViews() {
    }

    /**
     * {@code job_id, nendo, status, partitions, total, processed}, then each of {@code countNames} (0 when none was
     * counted yet), {@code rate_per_second, eta_seconds, created_at, finished_at, partition_detail}.
     */
    public static Map<String, Object> progress(JobProgress p, List<String> countNames) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", p.job().jobId());
        m.put("nendo", p.job().nendo());
        m.put("status", p.job().status());
        m.put("partitions", p.job().partitions());
        m.put("total", p.job().total());
        m.put("processed", p.processed());
        countNames.forEach(n -> m.put(n, p.count(n)));
        m.put("rate_per_second", p.ratePerSecond());
        m.put("eta_seconds", p.etaSeconds());
        m.put("created_at", time(p.job().createdAt()));
        m.put("finished_at", time(p.job().finishedAt()));
        m.put("partition_detail", p.partitions().stream().map(JobViews::partition).toList());
        return m;
    }

    /**
     * The targets a job listed: {@code keyName} (the service's name of its target, e.g. setaibango), rule, message,
     * with the page asked for.
     */
    public static Map<String, Object> errors(List<JobError> errors, String keyName, int limit, int offset) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", errors.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(keyName, e.targetKey());
            m.put("rule", e.rule());
            m.put("message", e.message());
            m.put("recorded_at", time(e.recordedAt()));
            return m;
        }).toList());
        page.put("limit", limit);
        page.put("offset", offset);
        return page;
    }

    /** A partition: where it stands and how many of its targets got a new version ({@code assessed}). */
    private static Map<String, Object> partition(JobPartition p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partition_no", p.partitionNo());
        m.put("processed", p.processed());
        m.put("assessed", p.counts().getOrDefault("assessed", 0L));
        m.put("done", p.done());
        m.put("worker", p.worker());
        return m;
    }

    private static String time(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC).toString();
    }
}
