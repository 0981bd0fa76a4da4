package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * 償却資産申告 (table shokyaku_shinkoku, append-only): each 申告 of a taxpayer for a 年度 a version, its 種類別明細
 * as the JSON the clerk entered. Callers hold the taxpayer's row lock (Nozeigimushas.lock) while they number versions.
 */
@ApplicationScoped
public class ShokyakuShinkokuStore {

    private static final String COLUMNS = "nendo, version, shinkoku_bi, riyu, meisai::text as meisai, shutoku_kakaku_gokei, "
            + "shorinengappi, shori_at, actor";

    @Inject
    AgroalDataSource ds;

    /** One version; {@code meisai} the JSON array of its lines. */
    public record Version(int nendo, int version, LocalDate shinkokuBi, String riyu, String meisai, long shutokuKakakuGokei,
            LocalDate shorinengappi, Instant shoriAt, String actor) {
    }

    public void append(String lgCode, String atenabango, Version v) {
        Sql.update(ds, "insert into shokyaku_shinkoku (lg_code, atenabango, nendo, version, shinkoku_bi, riyu, meisai, "
                + "shutoku_kakaku_gokei, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)",
                lgCode, atenabango, v.nendo(), v.version(), v.shinkokuBi(), v.riyu(), v.meisai(), v.shutokuKakakuGokei(),
                v.shorinengappi(), v.shoriAt(), v.actor());
    }

    /** Every version of the taxpayer's 申告 of the 年度 (all 年度 when null), by 年度 then version. */
    public List<Version> versions(String lgCode, String atenabango, Integer nendo) {
        return nendo == null
                ? Sql.list(ds, "select " + COLUMNS + " from shokyaku_shinkoku where lg_code = ? and atenabango = ? "
                        + "order by nendo, version", ShokyakuShinkokuStore::version, lgCode, atenabango)
                : Sql.list(ds, "select " + COLUMNS + " from shokyaku_shinkoku where lg_code = ? and atenabango = ? and nendo = ? "
                        + "order by version", ShokyakuShinkokuStore::version, lgCode, atenabango, nendo);
    }

    /** The 申告 in force for the 年度: its latest version. */
    public Optional<Version> latest(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select " + COLUMNS + " from shokyaku_shinkoku where lg_code = ? and atenabango = ? and nendo = ? "
                + "order by version desc limit 1", ShokyakuShinkokuStore::version, lgCode, atenabango, nendo);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt("nendo"), rs.getInt("version"), Sql.date(rs, "shinkoku_bi"), rs.getString("riyu"),
                rs.getString("meisai"), rs.getLong("shutoku_kakaku_gokei"), Sql.date(rs, "shorinengappi"),
                rs.getTimestamp("shori_at").toInstant(), rs.getString("actor"));
    }
}
