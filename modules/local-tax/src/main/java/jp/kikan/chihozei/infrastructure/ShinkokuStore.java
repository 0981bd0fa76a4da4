package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 申告: each entry for (person, 年度) a new version; the latest is the one assessed. */
@ApplicationScoped
public class ShinkokuStore {

    @Inject
    AgroalDataSource ds;

    /** A stored version: {@code naiyo} is the entry as the contract writes it (without atenabango and nendo). */
    public record Version(int version, String naiyo, LocalDate shorinengappi) {
    }

    public int record(String lgCode, String atenabango, int nendo, String naiyo, LocalDate shorinengappi, Instant now,
            String actor) {
        // the versions of one person and 年度 are numbered under the head's row lock (taken by the caller)
        int version = latest(lgCode, atenabango, nendo).map(v -> v.version() + 1).orElse(1);
        Sql.update(ds, "insert into shinkoku (lg_code, atenabango, nendo, version, naiyo, shorinengappi, shori_at, actor) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", lgCode, atenabango, nendo, version, new Sql.Json(naiyo), shorinengappi, now,
                actor);
        return version;
    }

    public Optional<Version> latest(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select version, naiyo::text, shorinengappi from shinkoku where lg_code = ? and atenabango = ? "
                + "and nendo = ? order by version desc limit 1",
                rs -> new Version(rs.getInt(1), rs.getString(2), Sql.date(rs, "shorinengappi")), lgCode, atenabango, nendo);
    }

    /** Every version of a person's 申告 for a 年度, oldest first. */
    public java.util.List<Version> versions(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select version, naiyo::text, shorinengappi from shinkoku where lg_code = ? and atenabango = ? "
                + "and nendo = ? order by version",
                rs -> new Version(rs.getInt(1), rs.getString(2), Sql.date(rs, "shorinengappi")), lgCode, atenabango, nendo);
    }
}
