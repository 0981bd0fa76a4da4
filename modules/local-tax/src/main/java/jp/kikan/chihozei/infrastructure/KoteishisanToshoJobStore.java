package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The 固定資産税 当初賦課 jobs: state updated in place (the assessments they write are the append-only versions). */
@ApplicationScoped
public class KoteishisanToshoJobStore {

    public record Job(String lgCode, String jobId, int nendo, String status, long total, String cursorKey, long processed,
            long assessed, long skipped, long errors, String worker, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    private static final String COLS = "lg_code, job_id, nendo, status, total, cursor_key, processed, assessed, skipped, errors, "
            + "worker, created_at, started_at, finished_at";
    /** The taxpayer keys of 1月1日: every parcel's and house's version in force that day, not gone. */
    private static final String KEYS = "select shoyusha_key from (select distinct on (tochi_id) shoyusha_key, shometsu from "
            + "tochi_rireki where lg_code = ? and ido_bi <= ? order by tochi_id, ido_bi desc, version desc) t where not shometsu "
            + "union select shoyusha_key from (select distinct on (kaoku_id) shoyusha_key, shometsu from kaoku_rireki where "
            + "lg_code = ? and ido_bi <= ? order by kaoku_id, ido_bi desc, version desc) k where not shometsu";

    @Inject
    AgroalDataSource ds;

    public long count(String lgCode, LocalDate kijitsu) {
        return Sql.one(ds, "select count(*) from (" + KEYS + ") x", rs -> rs.getLong(1), lgCode, kijitsu, lgCode, kijitsu)
                .orElse(0L);
    }

    /** The next keys after the cursor, in order. */
    public List<String> next(String lgCode, LocalDate kijitsu, String after, int limit) {
        return Sql.list(ds, "select shoyusha_key from (" + KEYS + ") x where shoyusha_key > ? order by shoyusha_key limit ?",
                rs -> rs.getString(1), lgCode, kijitsu, lgCode, kijitsu, after == null ? "" : after, limit);
    }

    /** A new running job, or false when one of the 年度 is running. */
    public boolean create(String lgCode, String jobId, int nendo, long total, Instant now, String actor) {
        return Sql.update(ds, "insert into koteishisan_tosho_job (lg_code, job_id, nendo, status, total, created_at, actor) "
                + "values (?, ?, ?, 'running', ?, ?, ?) on conflict do nothing", lgCode, jobId, nendo, total, now, actor) == 1;
    }

    public Optional<Job> job(String lgCode, String jobId) {
        return Sql.one(ds, "select " + COLS + " from koteishisan_tosho_job where lg_code = ? and job_id = ?", KoteishisanToshoJobStore::job,
                lgCode, jobId);
    }

    /** Takes a running job whose lease has run out (or was never taken) for this worker. */
    public Optional<Job> claim(String worker, Instant now, Duration lease) {
        return Sql.one(ds, "update koteishisan_tosho_job j set worker = ?, lease_until = ?, started_at = coalesce(started_at, ?) "
                + "where (lg_code, job_id) = (select lg_code, job_id from koteishisan_tosho_job where status = 'running' and "
                + "(lease_until is null or lease_until < ?) order by created_at limit 1 for update skip locked) returning "
                + COLS.replace("lg_code", "j.lg_code"), KoteishisanToshoJobStore::job, worker, now.plus(lease), now, now);
    }

    /** A batch's counts and cursor, under the worker's lease (false: the lease was lost to another worker). */
    public boolean advance(Job j, String worker, String cursor, long processed, long assessed, long skipped, long errors,
            Instant now, Duration lease) {
        return Sql.update(ds, "update koteishisan_tosho_job set cursor_key = ?, processed = processed + ?, assessed = assessed + ?, "
                + "skipped = skipped + ?, errors = errors + ?, lease_until = ? where lg_code = ? and job_id = ? and worker = ? "
                + "and status = 'running'", cursor, processed, assessed, skipped, errors, now.plus(lease), j.lgCode(), j.jobId(),
                worker) == 1;
    }

    public void finish(Job j, String worker, Instant now) {
        Sql.update(ds, "update koteishisan_tosho_job set status = 'done', finished_at = ?, lease_until = null where lg_code = ? "
                + "and job_id = ? and worker = ?", now, j.lgCode(), j.jobId(), worker);
    }

    public void error(Job j, String key, String rule, String message) {
        Sql.update(ds, "insert into koteishisan_tosho_error (lg_code, job_id, shoyusha_key, rule, message) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", j.lgCode(), j.jobId(), key, rule, message);
    }

    private static Job job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Job(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11), ts(rs, 12), ts(rs, 13), ts(rs, 14));
    }

    private static Instant ts(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }
}
