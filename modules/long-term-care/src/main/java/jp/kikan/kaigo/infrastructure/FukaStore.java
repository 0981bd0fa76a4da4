package jp.kikan.kaigo.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The versions of each person's premium for a 年度 (append-only). Callers serialise a person's writers by its lock. */
@ApplicationScoped
public class FukaStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource ds;

    public record Version(String atenabango, int nendo, int version, String hihokenshaBango, int dankai, long nengaku,
            long sagaku, JsonNode kekka, LocalDate shorinengappi, JsonNode choshu) {
    }

    /** Serialises assessments of one person and 年度 (a transaction-scoped advisory lock). */
    public void lock(String lgCode, String atenabango, int nendo) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtext(?))", rs -> 1, "kaigo:" + lgCode + ":" + atenabango + ":" + nendo);
    }

    public List<Version> versions(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select * from kaigo_fuka where lg_code = ? and atenabango = ? and nendo = ? order by version",
                FukaStore::row, lgCode, atenabango, nendo);
    }

    /** Serialises assessments of these persons and 年度 (a batch of the annual run), locked in key order. */
    public void lock(String lgCode, Collection<String> atenabango, int nendo) {
        if (!atenabango.isEmpty()) {
            Sql.list(ds, "select pg_advisory_xact_lock(hashtext(? || k || ?)) from unnest(string_to_array(?, ',')) k order by k",
                    rs -> 1, "kaigo:" + lgCode + ":", ":" + nendo, String.join(",", atenabango));
        }
    }

    /** The latest version of each of these persons for the 年度 (one read for a batch), by 宛名番号. */
    public Map<String, Version> latest(String lgCode, Collection<String> atenabango, int nendo) {
        Map<String, Version> out = new HashMap<>();
        if (!atenabango.isEmpty()) {
            Sql.list(ds, "select distinct on (atenabango) * from kaigo_fuka where lg_code = ? and nendo = ? "
                    + "and atenabango = any (string_to_array(?, ',')) order by atenabango, version desc", FukaStore::row, lgCode,
                    nendo, String.join(",", atenabango)).forEach(v -> out.put(v.atenabango(), v));
        }
        return out;
    }

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Version(rs.getString("atenabango"), rs.getInt("nendo"), rs.getInt("version"), rs.getString("hihokensha_bango"),
                    rs.getInt("dankai"), rs.getLong("nengaku"), rs.getLong("sagaku"), JSON.readTree(rs.getString("kekka")),
                    Sql.date(rs, "shorinengappi"), rs.getString("choshu") == null ? null : JSON.readTree(rs.getString("choshu")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Version> latest(String lgCode, String atenabango, int nendo) {
        List<Version> all = versions(lgCode, atenabango, nendo);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The 第1号被保険者 whose premium of the 年度 used this person's income (their own, or a household member's). */
    public List<String> atenabangoUsing(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select distinct atenabango from kaigo_fuka where lg_code = ? and nendo = ? and shotoku -> ? is not null "
                + "order by 1", rs -> rs.getString(1), lgCode, nendo, atenabango);
    }

    public void insert(String lgCode, Version v, JsonNode shotoku, Instant now, String actor) {
        Sql.update(ds, "insert into kaigo_fuka (lg_code, atenabango, nendo, version, hihokensha_bango, dankai, nengaku, sagaku, "
                + "kekka, shotoku, shorinengappi, shori_at, actor, choshu) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode,
                v.atenabango(), v.nendo(), v.version(), v.hihokenshaBango(), v.dankai(), v.nengaku(), v.sagaku(),
                new Sql.Json(v.kekka().toString()), new Sql.Json(shotoku.toString()), v.shorinengappi(), now, actor,
                v.choshu() == null ? null : new Sql.Json(v.choshu().toString()));
    }
}
