package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The assessments: version 1 the 当初賦課, the later ones 更正. Each row keeps the assessment with its 算定根拠, the
 * instalments and (for a 更正) the differences, as computed then: a later change of parameters never rewrites it.
 */
@ApplicationScoped
public class FukaStore {

    @Inject
    AgroalDataSource ds;

    /** A stored version; kekka, choshu and kosei are the JSON written at the time (kosei null for the 当初). */
    public record Version(int version, String kubun, String riyu, int shinkokuVersion, long nenzeigaku, String kekka,
            String choshu, String kosei, LocalDate shorinengappi) {
    }

    public void record(String lgCode, String atenabango, int nendo, Version v, Instant now, String actor) {
        Sql.update(ds, "insert into fuka (lg_code, atenabango, nendo, version, kubun, riyu, shinkoku_version, nenzeigaku, "
                + "kekka, choshu, kosei, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lgCode, atenabango, nendo, v.version(), v.kubun(), v.riyu(), v.shinkokuVersion(), v.nenzeigaku(),
                new Sql.Json(v.kekka()), new Sql.Json(v.choshu()), v.kosei() == null ? null : new Sql.Json(v.kosei()),
                v.shorinengappi(), now, actor);
    }

    public List<Version> versions(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select version, kubun, riyu, shinkoku_version, nenzeigaku, kekka::text, choshu::text, "
                + "kosei::text, shorinengappi from fuka where lg_code = ? and atenabango = ? and nendo = ? order by version",
                rs -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), Sql.date(rs, "shorinengappi")),
                lgCode, atenabango, nendo);
    }
}
