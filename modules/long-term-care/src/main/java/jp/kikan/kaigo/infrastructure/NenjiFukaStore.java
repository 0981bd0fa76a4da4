package jp.kikan.kaigo.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.jumin.Jumin;

/**
 * The reads of the annual 賦課 (kaigo-nenji-fuka) over this service's own tables: its targets — the 第1号被保険者 with a
 * period of qualification touching the 年度 (the 第1号 entries alone, as {@code ShikakuRireki.dai1go()}: a 第2号 pays
 * with the medical insurance, 介護保険法第129条第4項・第150条), the periods read from shikaku_rireki as
 * {@code ShikakuKikanRireki} reads them (in record order a 取得 opens a period when none is open, a 喪失 closes the open one) — by partition (a stable
 * hash of the 宛名番号) and in key order after a cursor, and the residents a batch's assessments read.
 */
@ApplicationScoped
public class NenjiFukaStore {

    /**
     * The targets among the rows the filter keeps (the filter keeps or drops a person's rows together): the effective
     * 取得/喪失 are those whose kind differs from the person's previous entry (a leading 喪失 changes nothing), a period is
     * an effective 取得 to the next effective entry; it touches the 年度 [start, end) as KaigoFukaSantei.kikan tests it.
     */
    private static final String TAISHO = "with e as (select atenabango, rirekibango, ido_kubun, koryokubi, "
            + "coalesce(lag(ido_kubun) over (partition by atenabango order by rirekibango), 'soshitsu') as mae "
            + "from shikaku_rireki where lg_code = ? and ido_kubun <> 'keizoku' and hihokensha_kubun = 'dai1go' %s), "
            + "t as (select atenabango, ido_kubun, koryokubi, "
            + "lead(koryokubi) over (partition by atenabango order by rirekibango) as tsugi from e where mae <> ido_kubun) "
            + "select %s from t where ido_kubun = 'shutoku' and koryokubi < ? and (tsugi is null or tsugi > ?)";

    /** The partition of a key: a stable hash of the 宛名番号 (PostgreSQL's hashtext), 0 … partitions − 1. */
    private static final String PARTITION = "and mod(hashtext(atenabango)::bigint + 2147483648, ?) = ? ";

    @Inject
    AgroalDataSource ds;

    /** How many 第1号被保険者 of the municipality were qualified at any time in the 年度. */
    public long count(String lgCode, int nendo) {
        return Sql.one(ds, String.format(TAISHO, "", "count(distinct atenabango)"), rs -> rs.getLong(1), lgCode,
                LocalDate.of(nendo + 1, 4, 1), LocalDate.of(nendo, 4, 1)).orElse(0L);
    }

    /** The next at most {@code limit} targets of the partition after the cursor (null: from the start), in key order. */
    public List<String> next(String lgCode, int nendo, int partitionNo, int partitions, String cursor, int limit) {
        String filter = PARTITION + (cursor == null ? "" : "and atenabango > ? ");
        String sql = String.format(TAISHO, filter, "distinct atenabango") + " order by atenabango limit ?";
        LocalDate end = LocalDate.of(nendo + 1, 4, 1);
        LocalDate start = LocalDate.of(nendo, 4, 1);
        return cursor == null
                ? Sql.list(ds, sql, rs -> rs.getString(1), lgCode, partitions, partitionNo, end, start, limit)
                : Sql.list(ds, sql, rs -> rs.getString(1), lgCode, partitions, partitionNo, cursor, end, start, limit);
    }

    /** The heads of these persons (also those who moved out or died: their months count). */
    public List<Jumin> jumin(String lgCode, Collection<String> atenabango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and atenabango = any (string_to_array(?, ',')) "
                + "order by atenabango", NenjiFukaStore::row, lgCode, String.join(",", atenabango));
    }

    /** The residents now of these 世帯 (住民票の世帯), by 世帯番号 then 宛名番号. */
    public List<Jumin> setai(String lgCode, Collection<String> setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = any (string_to_array(?, ',')) "
                + "and jumin_jotai = 'jumin' order by setaibango, atenabango", NenjiFukaStore::row, lgCode,
                String.join(",", setaibango));
    }

    /** Who started the job (its versions and access log entries are in that clerk's name). */
    public Optional<String> jobActor(String lgCode, String jobId) {
        return Sql.one(ds, "select actor from platform_job where lg_code = ? and job_id = ?", rs -> rs.getString(1), lgCode, jobId);
    }

    private static Jumin row(ResultSet rs) throws SQLException {
        return new Jumin(rs.getString("lg_code").trim(), rs.getString("atenabango"), rs.getLong("henko_bango"),
                rs.getString("setaibango"), rs.getString("shimei"), rs.getString("shimei_furigana"), Sql.date(rs, "seinengappi"),
                rs.getString("zokugara"), rs.getString("jumin_jotai"), rs.getBoolean("shien_sochi_taisho"));
    }
}
