package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** 軽自動車税の賦課: every version of a taxpayer's 年度 (append-only), each with what was computed as JSON. */
@ApplicationScoped
public class KeijidoshazeiFukaStore {

    @Inject
    AgroalDataSource ds;

    /** The stored results (JSON), oldest first. */
    public List<String> versions(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select kekka::text from keijidosha_fuka where lg_code = ? and atenabango = ? and nendo = ? "
                + "order by version", rs -> rs.getString(1), lgCode, atenabango, nendo);
    }

    /** Whether the taxpayer has a version for the 年度 (without reading the results). */
    public boolean exists(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select 1 from keijidosha_fuka where lg_code = ? and atenabango = ? and nendo = ? limit 1", rs -> 1,
                lgCode, atenabango, nendo).isPresent();
    }

    /** Those of the taxpayers that have a version for the 年度 already (an annual run's batch, in one read). */
    public java.util.Set<String> assessed(String lgCode, int nendo, List<String> atenabango) {
        return new java.util.HashSet<>(Sql.list(ds, "select distinct atenabango from keijidosha_fuka where lg_code = ? and "
                + "nendo = ? and atenabango = any(?)", rs -> rs.getString(1), lgCode, nendo, atenabango.toArray(String[]::new)));
    }

    public void append(String lgCode, String atenabango, int nendo, long version, long nenzeigaku, String kekka, String riyu,
            LocalDate shorinengappi, Instant now, String actor) {
        Sql.update(ds, "insert into keijidosha_fuka (lg_code, atenabango, nendo, version, nenzeigaku, kekka, riyu, shorinengappi, "
                + "shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, atenabango, nendo, version, nenzeigaku,
                new Sql.Json(kekka), riyu, shorinengappi, now, actor);
    }
}
