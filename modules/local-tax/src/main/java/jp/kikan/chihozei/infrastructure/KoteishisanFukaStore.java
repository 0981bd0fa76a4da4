package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The 固定資産税・都市計画税 assessments per taxpayer (an owner, or a group of co-owners) and 年度: version 1 the 当初, later
 * ones 更正. Each keeps what was computed then (every parcel's 課税標準, the 算定根拠, the instalments).
 */
@ApplicationScoped
public class KoteishisanFukaStore {

    public record Version(String shoyushaKey, int version, String kubun, String riyu, String daihyosha, String shoyusha,
            long nenzeigaku, String kekka, String kosei, LocalDate shorinengappi) {
    }

    private static final String COLS = "shoyusha_key, version, kubun, riyu, daihyosha, shoyusha::text, nenzeigaku, kekka::text, "
            + "kosei::text, shorinengappi";

    @Inject
    AgroalDataSource ds;

    public void record(String lgCode, int nendo, Version v, Instant now, String actor) {
        Sql.update(ds, "insert into koteishisan_fuka (lg_code, shoyusha_key, nendo, version, kubun, riyu, daihyosha, shoyusha, "
                + "nenzeigaku, kekka, kosei, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lgCode, v.shoyushaKey(), nendo, v.version(), v.kubun(), v.riyu(), v.daihyosha(), new Sql.Json(v.shoyusha()),
                v.nenzeigaku(), new Sql.Json(v.kekka()), v.kosei() == null ? null : new Sql.Json(v.kosei()), v.shorinengappi(),
                now, actor);
    }

    public List<Version> versions(String lgCode, String shoyushaKey, int nendo) {
        return Sql.list(ds, "select " + COLS + " from koteishisan_fuka where lg_code = ? and shoyusha_key = ? and nendo = ? "
                + "order by version", KoteishisanFukaStore::version, lgCode, shoyushaKey, nendo);
    }

    /** Those of the taxpayer keys that have a version of the 年度 already (an annual run's batch, in one read). */
    public java.util.Set<String> assessed(String lgCode, int nendo, List<String> shoyushaKeys) {
        return new java.util.HashSet<>(Sql.list(ds, "select distinct shoyusha_key from koteishisan_fuka where lg_code = ? and "
                + "nendo = ? and shoyusha_key = any(?)", rs -> rs.getString(1), lgCode, nendo,
                shoyushaKeys.toArray(String[]::new)));
    }

    /** Every version of the 年度 of every taxpayer the person is one of (alone or as a co-owner). */
    public List<Version> versionsOf(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select " + COLS + " from koteishisan_fuka where lg_code = ? and nendo = ? and shoyusha @> ?::jsonb "
                + "order by shoyusha_key, version", KoteishisanFukaStore::version, lgCode, nendo, "[\"" + atenabango + "\"]");
    }

    /**
     * A parcel's 課税標準 as last assessed for a 年度 (of whichever taxpayer held it then): the 前年度課税標準額 of the
     * 負担調整措置. The JSON of the parcel in the stored result, or empty when it was not assessed that 年度. The
     * assessments holding the parcel are found through the index of their parcels' numbers
     * ({@code koteishisan_fuka_tochi_id}, V29), not by reading every assessment of the municipality.
     */
    public Optional<String> tochiKazei(String lgCode, int nendo, String tochiId) {
        return Sql.one(ds, "select t::text from (select kekka, shori_at, version from koteishisan_fuka where lg_code = ? and "
                + "nendo = ? and jsonb_path_query_array(kekka, '$.tochi[*].tochi_id') @> ?::jsonb order by shori_at desc, "
                + "version desc limit 1) f, jsonb_array_elements(f.kekka -> 'tochi') t where t ->> 'tochi_id' = ?",
                rs -> rs.getString(1), lgCode, nendo, "[\"" + tochiId + "\"]", tochiId);
    }

    private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class));
    }
}
