package jp.kikan.platform.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partitioned jobs (tables from {@code db/platform/V1_0_8__platform_job.sql}): creation, the claim of a partition by a
 * worker for a lease, the batch's hold on its partition and its advance, the targets that could not be processed.
 *
 * <p><b>The caller owns the transaction</b>: a batch calls {@link #hold}, does its work, then {@link #advance} and
 * commits, so the partition's cursor and counts move only together with the batch's effects. The hold locks the
 * partition row: a worker whose lease ran out and was taken over finds it no longer its own and writes nothing.
 */
public final class JdbcPartitionedJobs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };
    private static final String PARTITION = "SELECT p.lg_code, p.job_id, j.kind, j.nendo, p.partition_no, j.partitions, "
            + "p.cursor_key, p.processed, p.counts::text, p.done, p.worker, p.started_at, p.finished_at "
            + "FROM platform_job_partition p JOIN platform_job j ON j.lg_code = p.lg_code AND j.job_id = p.job_id ";
    private static final String JOB = "SELECT lg_code, job_id, kind, nendo, partitions, status, total, created_at, "
            + "finished_at, actor FROM platform_job ";

    /** Creates the job and its partitions; false if a job of the kind and 年度 already runs for the municipality. */
    public boolean create(Connection c, Job job) {
        int n = update(c, "INSERT INTO platform_job (lg_code, job_id, kind, nendo, partitions, status, total, created_at, actor) "
                + "VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?) ON CONFLICT DO NOTHING", job.lgCode(), job.jobId(), job.kind(),
                job.nendo(), job.partitions(), job.total(), job.createdAt(), job.actor());
        if (n == 0) {
            return false;
        }
        update(c, "INSERT INTO platform_job_partition (lg_code, job_id, partition_no) "
                + "SELECT ?, ?, g FROM generate_series(0, ? - 1) g", job.lgCode(), job.jobId(), job.partitions());
        return true;
    }

    public Optional<Job> job(Connection c, String lgCode, String jobId) {
        return one(list(c, JOB + "WHERE lg_code = ? AND job_id = ?", JdbcPartitionedJobs::job, lgCode, jobId));
    }

    /** The running job of the kind and 年度, if any. */
    public Optional<Job> running(Connection c, String lgCode, String kind, int nendo) {
        return one(list(c, JOB + "WHERE lg_code = ? AND kind = ? AND nendo = ? AND status = 'running'",
                JdbcPartitionedJobs::job, lgCode, kind, nendo));
    }

    /** Whether any municipality still has a running job of one of these kinds (a worker serves all of them). */
    public boolean anyRunning(Connection c, Collection<String> kinds) {
        return !list(c, "SELECT 1 FROM platform_job WHERE status = 'running' AND kind = ANY (?) LIMIT 1", rs -> 1,
                array(c, kinds)).isEmpty();
    }

    public List<JobPartition> partitions(Connection c, String lgCode, String jobId) {
        return list(c, PARTITION + "WHERE p.lg_code = ? AND p.job_id = ? ORDER BY p.partition_no",
                JdbcPartitionedJobs::partition, lgCode, jobId);
    }

    /**
     * Claims for {@code lease} a partition of a running job of one of these kinds that nobody holds (never claimed,
     * or its lease ran out: the worker died); oldest job first. Concurrent claimants skip each other's rows.
     */
    public Optional<JobPartition> claim(Connection c, Collection<String> kinds, String worker, Instant now, Duration lease) {
        Optional<JobPartition> p = one(list(c, PARTITION + "WHERE j.status = 'running' AND j.kind = ANY (?) AND NOT p.done "
                + "AND (p.lease_until IS NULL OR p.lease_until < ?) ORDER BY j.created_at, p.lg_code, p.job_id, p.partition_no "
                + "LIMIT 1 FOR UPDATE OF p SKIP LOCKED", JdbcPartitionedJobs::partition, array(c, kinds), ts(now)));
        p.ifPresent(x -> update(c, "UPDATE platform_job_partition SET worker = ?, lease_until = ?, "
                + "started_at = coalesce(started_at, ?) WHERE lg_code = ? AND job_id = ? AND partition_no = ?", worker,
                now.plus(lease), now, x.lgCode(), x.jobId(), x.partitionNo()));
        return p.map(x -> new JobPartition(x.lgCode(), x.jobId(), x.kind(), x.nendo(), x.partitionNo(), x.partitions(),
                x.cursor(), x.processed(), x.counts(), false, worker, x.startedAt() == null ? now : x.startedAt(), null));
    }

    /**
     * Locks the partition for a batch and reads where it stands; empty when it is no longer this worker's (its lease
     * ran out and another took it over) or it is done.
     */
    public Optional<JobPartition> hold(Connection c, JobPartition p, String worker) {
        return one(list(c, PARTITION + "WHERE p.lg_code = ? AND p.job_id = ? AND p.partition_no = ? AND p.worker = ? "
                + "AND NOT p.done FOR UPDATE OF p", JdbcPartitionedJobs::partition, p.lgCode(), p.jobId(), p.partitionNo(),
                worker));
    }

    /**
     * The batch's effect on the partition it holds (same transaction): cursor, processed, counts; the lease renewed;
     * when the batch was the last, the partition is done, and the job with it once no partition is left.
     */
    public void advance(Connection c, JobPartition held, BatchOutcome batch, Instant now, Duration lease) {
        int n = update(c, "UPDATE platform_job_partition SET cursor_key = ?, processed = processed + ?, counts = ?::jsonb, "
                + "done = ?, lease_until = ?, finished_at = CASE WHEN ? THEN ?::timestamptz END "
                + "WHERE lg_code = ? AND job_id = ? AND partition_no = ? AND worker = ? AND NOT done",
                batch.cursor(), batch.processed(), json(batch.addedTo(held.counts())), batch.last(), now.plus(lease),
                batch.last(), now, held.lgCode(), held.jobId(), held.partitionNo(), held.worker());
        if (n != 1) {
            throw new JobException("partition " + held.partitionNo() + " of job " + held.jobId() + " is not held by "
                    + held.worker(), null);
        }
        if (batch.last()) {
            update(c, "UPDATE platform_job j SET status = 'done', finished_at = ? WHERE lg_code = ? AND job_id = ? "
                    + "AND status = 'running' AND NOT EXISTS (SELECT 1 FROM platform_job_partition x "
                    + "WHERE x.lg_code = j.lg_code AND x.job_id = j.job_id AND NOT x.done)", now, held.lgCode(), held.jobId());
        }
    }

    /** Lists a target the job could not process; a second failure of the same target keeps the first entry. */
    public boolean error(Connection c, String lgCode, String jobId, String targetKey, String rule, String message,
            Instant now) {
        return update(c, "INSERT INTO platform_job_error (lg_code, job_id, target_key, rule, message, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", lgCode, jobId, targetKey, rule, message, now) == 1;
    }

    public List<JobError> errors(Connection c, String lgCode, String jobId, int limit, int offset) {
        return list(c, "SELECT target_key, rule, message, recorded_at FROM platform_job_error WHERE lg_code = ? AND job_id = ? "
                + "ORDER BY target_key LIMIT ? OFFSET ?", rs -> new JobError(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()), lgCode, jobId, limit, offset);
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getLong(7), instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class)),
                rs.getString(10));
    }

    private static JobPartition partition(ResultSet rs) throws SQLException {
        try {
            return new JobPartition(rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getInt(6), rs.getString(7), rs.getLong(8), JSON.readValue(rs.getString(9), COUNTS), rs.getBoolean(10),
                    rs.getString(11), instant(rs.getObject(12, OffsetDateTime.class)),
                    instant(rs.getObject(13, OffsetDateTime.class)));
        } catch (JsonProcessingException e) {
            throw new JobException("unreadable counts of job " + rs.getString(2), e);
        }
    }

    private static String json(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new JobException("cannot write counts", e);
        }
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new JobException("cannot read jobs: " + e.getMessage(), e);
        }
    }

    private static int update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JobException("cannot write jobs: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i] instanceof Instant t ? ts(t) : args[i];
            ps.setObject(i + 1, a);
        }
    }

    private static java.sql.Array array(Connection c, Collection<String> kinds) {
        try {
            return c.createArrayOf("text", kinds.toArray());
        } catch (SQLException e) {
            throw new JobException("cannot bind job kinds", e);
        }
    }

    private static OffsetDateTime ts(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static <T> Optional<T> one(List<T> all) {
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
