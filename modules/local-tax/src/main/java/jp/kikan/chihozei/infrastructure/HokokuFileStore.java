package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.shotoku.domain.HokokuGyo;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The files of income reports (給与支払報告書 and 公的年金等支払報告書: {@code shurui} kyuyo / koteki_nenkin), each kept
 * once per content, and the taxpayers a row may belong to.
 */
@ApplicationScoped
public class HokokuFileStore {

    @Inject
    AgroalDataSource ds;

    public record FileRecord(String fileId, String shurui, String sha256, String fileName, int gyosu, int torikomi,
            int mitotsugo, String errors) {
    }

    /** Held to the commit: two imports of one file (same content) one after the other, never side by side. */
    public void lockContent(String lgCode, String sha256) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))", rs -> 1, lgCode, sha256);
    }

    public Optional<FileRecord> file(String lgCode, String sha256) {
        return Sql.one(ds, "select file_id, shurui, sha256, file_name, gyosu, torikomi, mitotsugo, errors::text "
                + "from kyuyo_hokoku_file where lg_code = ? and sha256 = ?", rs -> new FileRecord(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8)), lgCode, sha256);
    }

    public void record(String lgCode, FileRecord f, Instant now, String actor) {
        Sql.update(ds, "insert into kyuyo_hokoku_file (lg_code, file_id, shurui, sha256, file_name, gyosu, torikomi, "
                + "mitotsugo, errors, received_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, f.fileId(),
                f.shurui(), f.sha256(), f.fileName(), f.gyosu(), f.torikomi(), f.mitotsugo(), new Sql.Json(f.errors()), now,
                actor);
    }

    /** The taxpayers a row may be: those with its 個人番号 and those born on its birth date. */
    public List<HokokuTotsugoPolicy.Kohosha> kohosha(String lgCode, HokokuGyo g) {
        return Sql.list(ds, "select atenabango, kojinbango, shimei, seinengappi, jusho from nozeigimusha where lg_code = ? "
                + "and (seinengappi = ? or (kojinbango is not null and kojinbango = ?))",
                rs -> new HokokuTotsugoPolicy.Kohosha(rs.getString(1), rs.getString(2), rs.getString(3),
                        Sql.date(rs, "seinengappi"), rs.getString(5)),
                lgCode, g.seinengappi(), g.kojinbango());
    }
}
