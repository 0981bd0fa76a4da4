package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 当初賦課 jobs and their partitions: creation, the claim of a partition by a worker (a lease), progress. */
@ApplicationScoped
public class ToshoFukaJobStore {

    @Inject
    AgroalDataSource ds;

    public record Job(String lgCode, String jobId, int nendo, int partitions, String status, long total, Instant createdAt,
            Instant finishedAt) {
    }

    public record Partition(String lgCode, String jobId, int nendo, int partitionNo, int partitions, String cursor,
            long processed, long assessed, long mishinkoku, long hitaisho, long skipped, long errors, boolean done,
            String worker, Instant startedAt, Instant finishedAt) {
    }

    /** Creates the job and its partitions; false if a 当初賦課 of the 年度 is already running (unique index). */
    public boolean create(String lgCode, String jobId, int nendo, int partitions, Instant now, String actor) {
        int n = Sql.update(ds, "insert into tosho_fuka_job (lg_code, job_id, nendo, partitions, status, total, created_at, actor) "
                + "select ?, ?, ?, ?, 'running', (select count(*) from nozeigimusha where lg_code = ? and kubun = 'jumin'), ?, ? "
                + "on conflict do nothing", lgCode, jobId, nendo, partitions, lgCode, now, actor);
        if (n == 0) {
            return false;
        }
        Sql.update(ds, "insert into tosho_fuka_partition (lg_code, job_id, partition_no) "
                + "select ?, ?, g from generate_series(0, ? - 1) g", lgCode, jobId, partitions);
        return true;
    }

    public Optional<Job> job(String lgCode, String jobId) {
        return Sql.one(ds, "select lg_code, job_id, nendo, partitions, status, total, created_at, finished_at from tosho_fuka_job "
                + "where lg_code = ? and job_id = ?", rs -> new Job(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getLong(6), instant(rs.getObject(7, OffsetDateTime.class)),
                        instant(rs.getObject(8, OffsetDateTime.class))), lgCode, jobId);
    }

    public Optional<String> running(String lgCode, int nendo) {
        return Sql.one(ds, "select job_id from tosho_fuka_job where lg_code = ? and nendo = ? and status = 'running'",
                rs -> rs.getString(1), lgCode, nendo);
    }

    /** Whether any job of any municipality still has work (a worker process serves all of them). */
    public boolean anyRunning() {
        return Sql.one(ds, "select 1 from tosho_fuka_job where status = 'running' limit 1", rs -> 1).isPresent();
    }

    public List<Partition> partitions(String lgCode, String jobId) {
        return Sql.list(ds, SELECT + "where p.lg_code = ? and p.job_id = ? order by p.partition_no", ToshoFukaJobStore::partition,
                lgCode, jobId);
    }

    /**
     * Claims a partition of a running job that nobody holds (never claimed, or its lease ran out: the worker died)
     * for {@code lease}; the claimant resumes from the partition's cursor.
     */
    public Optional<Partition> claim(String worker, Instant now, Duration lease) {
        Optional<Partition> p = Sql.one(ds, SELECT + "where j.status = 'running' and not p.done "
                + "and (p.lease_until is null or p.lease_until < ?) order by j.created_at, p.partition_no limit 1 "
                + "for update of p skip locked", ToshoFukaJobStore::partition, now);
        p.ifPresent(x -> Sql.update(ds, "update tosho_fuka_partition set worker = ?, lease_until = ?, "
                + "started_at = coalesce(started_at, ?) where lg_code = ? and job_id = ? and partition_no = ?", worker,
                now.plus(lease), now, x.lgCode(), x.jobId(), x.partitionNo()));
        return p;
    }

    /** The batch's effect on its partition, in the batch's transaction; false if the lease was lost meanwhile. */
    public boolean advance(Partition p, String worker, String cursor, long processed, long assessed, long mishinkoku,
            long hitaisho, long skipped, long errors, boolean done, Instant now, Duration lease) {
        int n = Sql.update(ds, "update tosho_fuka_partition set cursor_atenabango = ?, processed = processed + ?, "
                + "assessed = assessed + ?, mishinkoku = mishinkoku + ?, hitaisho = hitaisho + ?, skipped = skipped + ?, "
                + "errors = errors + ?, "
                + "done = ?, lease_until = ?, finished_at = case when ? then ? end "
                + "where lg_code = ? and job_id = ? and partition_no = ? and worker = ? and not done",
                cursor, processed, assessed, mishinkoku, hitaisho, skipped, errors, done, now.plus(lease), done, now,
                p.lgCode(), p.jobId(), p.partitionNo(), worker);
        if (n == 1 && done) {
            Sql.update(ds, "update tosho_fuka_job j set status = 'done', finished_at = ? where lg_code = ? and job_id = ? "
                    + "and not exists (select 1 from tosho_fuka_partition x where x.lg_code = j.lg_code "
                    + "and x.job_id = j.job_id and not x.done and x.partition_no <> ?)", now, p.lgCode(), p.jobId(),
                    p.partitionNo());
        }
        return n == 1;
    }

    /** The partition row locked for this batch: it must still be this worker's. */
    public boolean holds(Partition p, String worker) {
        return Sql.one(ds, "select 1 from tosho_fuka_partition where lg_code = ? and job_id = ? and partition_no = ? "
                + "and worker = ? and not done for update", rs -> 1, p.lgCode(), p.jobId(), p.partitionNo(), worker).isPresent();
    }

    public Optional<String> cursor(Partition p) {
        return Sql.one(ds, "select cursor_atenabango from tosho_fuka_partition where lg_code = ? and job_id = ? and partition_no = ?",
                rs -> rs.getString(1), p.lgCode(), p.jobId(), p.partitionNo());
    }

    private static final String SELECT = "select p.lg_code, p.job_id, j.nendo, p.partition_no, j.partitions, "
            + "p.cursor_atenabango, p.processed, p.assessed, p.mishinkoku, p.hitaisho, p.skipped, p.errors, p.done, p.worker, "
            + "p.started_at, p.finished_at from tosho_fuka_partition p join tosho_fuka_job j "
            + "on j.lg_code = p.lg_code and j.job_id = p.job_id ";

    private static Partition partition(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Partition(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBoolean(13),
                rs.getString(14), instant(rs.getObject(15, OffsetDateTime.class)), instant(rs.getObject(16, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
