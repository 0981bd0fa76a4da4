package jp.kikan.platform.job;

import java.time.Instant;

/** A job over one municipality for one 年度, of a service's kind, split into {@code partitions}. */
public record Job(String lgCode, String jobId, String kind, int nendo, int partitions, String status, long total,
        Instant createdAt, Instant finishedAt, String actor) {

    public boolean done() {
        return "done".equals(status);
    }
}
