package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** A clerk's assignments of unmatched report rows to taxpayers (hokoku_totsugo: versions, the latest in force). */
@ApplicationScoped
public class HokokuTotsugoStore {

    /** The condition "no clerk assigned row {@code k} yet", for the report table of the kind given by formatted(). */
    static final String NOT_ASSIGNED = "not exists (select 1 from hokoku_totsugo t where t.lg_code = k.lg_code "
            + "and t.shurui = '%s' and t.file_id = k.file_id and t.line_no = k.line_no)";

    @Inject
    AgroalDataSource ds;

    /** An imported row as the assignment needs it: its 年度 and the taxpayer it was matched to on import (or null). */
    public record Gyo(int nendo, String totsugoAtenabango, String shimei) {
    }

    public record Shitei(int version, String atenabango) {
    }

    public Optional<Gyo> gyo(String lgCode, String shurui, String fileId, int lineNo) {
        String table = "kyuyo".equals(shurui) ? "kyuyo_hokoku" : "koteki_nenkin_hokoku";
        return Sql.one(ds, "select nendo, atenabango, shimei from " + table + " where lg_code = ? and file_id = ? and line_no = ?",
                rs -> new Gyo(rs.getInt(1), rs.getString(2), rs.getString(3)), lgCode, fileId, lineNo);
    }

    /** The assignment in force, taking the row's lock first so that two clerks number their versions one after the other. */
    public Optional<Shitei> saishin(String lgCode, String shurui, String fileId, int lineNo) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtextextended(? || ':' || ? || ':' || ? || ':' || ?, 0))", rs -> 1,
                lgCode, shurui, fileId, String.valueOf(lineNo));
        return Sql.one(ds, "select version, atenabango from hokoku_totsugo where lg_code = ? and shurui = ? and file_id = ? "
                + "and line_no = ? order by version desc limit 1", rs -> new Shitei(rs.getInt(1), rs.getString(2)),
                lgCode, shurui, fileId, lineNo);
    }

    public void record(String lgCode, String shurui, String fileId, int lineNo, Shitei s, String riyu, Instant now,
            String actor) {
        Sql.update(ds, "insert into hokoku_totsugo (lg_code, shurui, file_id, line_no, version, atenabango, riyu, shori_at, "
                + "actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, shurui, fileId, lineNo, s.version(), s.atenabango(), riyu,
                now, actor);
    }
}
