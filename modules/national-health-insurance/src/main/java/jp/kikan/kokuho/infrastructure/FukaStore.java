package jp.kikan.kokuho.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The versions of each household's assessment (append-only). Callers serialise a household's writers by its lock. */
@ApplicationScoped
public class FukaStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource ds;

    /**
     * A version; {@code kibetsu} its instalments, {@code kosei} (更正 only) each instalment before and after,
     * {@code setaiin} the members it was assessed with (null before they were kept), {@code shotoku} the incomes it used
     * by 宛名番号, {@code bunpai} each 納税義務者's share when the 世帯主 changed during the 年度 (else null).
     */
    public record Version(String setaibango, int nendo, int version, String nozeigimusha, long nengaku, long sagaku,
            JsonNode kekka, LocalDate shorinengappi, JsonNode kibetsu, JsonNode kosei, JsonNode setaiin, JsonNode shotoku,
            JsonNode bunpai) {
    }

    /** Serialises assessments of one household (a transaction-scoped advisory lock). */
    public void lock(String lgCode, String setaibango, int nendo) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtext(?))", rs -> 1, lgCode + ":" + setaibango + ":" + nendo);
    }

    public List<Version> versions(String lgCode, String setaibango, int nendo) {
        return Sql.list(ds, "select * from kokuho_fuka where lg_code = ? and setaibango = ? and nendo = ? order by version",
                FukaStore::row, lgCode, setaibango, nendo);
    }

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Version(rs.getString("setaibango"), rs.getInt("nendo"), rs.getInt("version"),
                    rs.getString("nozeigimusha"), rs.getLong("nengaku"), rs.getLong("sagaku"),
                    JSON.readTree(rs.getString("kekka")), Sql.date(rs, "shorinengappi"),
                    tree(rs.getString("kibetsu")), tree(rs.getString("kosei")), tree(rs.getString("setaiin")),
                    tree(rs.getString("shotoku")), tree(rs.getString("bunpai")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Version> latest(String lgCode, String setaibango, int nendo) {
        List<Version> all = versions(lgCode, setaibango, nendo);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The last version of each of these households that has one, in one read. */
    public Map<String, Version> latest(String lgCode, Collection<String> setaibango, int nendo) {
        Map<String, Version> out = new HashMap<>();
        if (setaibango.isEmpty()) {
            return out;
        }
        for (Version v : Sql.list(ds, "select distinct on (setaibango) * from kokuho_fuka where lg_code = ? and nendo = ? "
                + "and setaibango = any (?) order by setaibango, version desc", FukaStore::row, lgCode, nendo,
                setaibango.toArray(String[]::new))) {
            out.put(v.setaibango(), v);
        }
        return out;
    }

    /** {@link #lock} of each of these households, in one statement (in 世帯番号 order). */
    public void lock(String lgCode, Collection<String> setaibango, int nendo) {
        if (setaibango.isEmpty()) {
            return;
        }
        String[] keys = setaibango.stream().sorted().map(s -> lgCode + ":" + s + ":" + nendo).toArray(String[]::new);
        Sql.list(ds, "select pg_advisory_xact_lock(hashtext(k)) from (select k from unnest(?::text[]) k order by k) s",
                rs -> 1, (Object) keys);
    }

    /** A household whose assessment stopped on unknown incomes. */
    public void recordFumei(String lgCode, String setaibango, int nendo, List<String> atenabango, Instant now, String actor) {
        Sql.update(ds, "insert into shotoku_fumei (lg_code, setaibango, nendo, atenabango, kenshutsu_at, actor) "
                + "values (?, ?, ?, ?::text[], ?, ?)", lgCode, setaibango, nendo, "{" + String.join(",", atenabango) + "}", now, actor);
    }

    public record Fumei(String setaibango, int nendo, List<String> atenabango, Instant kenshutsuAt) {
    }

    /** The households still unassessed since their last 所得不明, by 世帯番号. */
    public List<Fumei> fumei(String lgCode, int nendo) {
        return Sql.list(ds, "select distinct on (f.setaibango) f.setaibango, f.nendo, f.atenabango, f.kenshutsu_at "
                + "from shotoku_fumei f where f.lg_code = ? and f.nendo = ? and not exists (select 1 from kokuho_fuka k "
                + "where k.lg_code = f.lg_code and k.setaibango = f.setaibango and k.nendo = f.nendo and k.shori_at > f.kenshutsu_at) "
                + "order by f.setaibango, f.kenshutsu_at desc",
                rs -> new Fumei(rs.getString(1), rs.getInt(2), List.of((String[]) rs.getArray(3).getArray()),
                        rs.getTimestamp(4).toInstant()), lgCode, nendo);
    }

    /**
     * The households whose assessment of the 年度 used this person's income, or that wait for it (所得不明 not yet
     * resolved) — those a change of the person's income in local tax must recompute.
     */
    public List<String> setaiUsing(String lgCode, String atenabango, int nendo) {
        return Sql.list(ds, "select setaibango from kokuho_fuka where lg_code = ? and nendo = ? and shotoku -> ? is not null "
                + "union select f.setaibango from shotoku_fumei f where f.lg_code = ? and f.nendo = ? and ? = any (f.atenabango) "
                + "and not exists (select 1 from kokuho_fuka k where k.lg_code = f.lg_code and k.setaibango = f.setaibango "
                + "and k.nendo = f.nendo and k.shori_at > f.kenshutsu_at) order by 1",
                rs -> rs.getString(1), lgCode, nendo, atenabango, lgCode, nendo, atenabango);
    }

    private static final String INSERT = "insert into kokuho_fuka (lg_code, setaibango, nendo, version, nozeigimusha, "
            + "nengaku, sagaku, kekka, shotoku, shorinengappi, shori_at, actor, kibetsu, kosei, setaiin, bunpai) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb)";

    public void insert(String lgCode, Version v, Instant now, String actor) {
        insertAll(lgCode, List.of(v), now, actor);
    }

    /** The versions in one JDBC batch (the caller's transaction). */
    public void insertAll(String lgCode, List<Version> versions, Instant now, String actor) {
        if (versions.isEmpty()) {
            return;
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            for (Version v : versions) {
                ps.setString(1, lgCode);
                ps.setString(2, v.setaibango());
                ps.setInt(3, v.nendo());
                ps.setInt(4, v.version());
                ps.setString(5, v.nozeigimusha());
                ps.setLong(6, v.nengaku());
                ps.setLong(7, v.sagaku());
                ps.setString(8, v.kekka().toString());
                ps.setString(9, v.shotoku().toString());
                ps.setDate(10, java.sql.Date.valueOf(v.shorinengappi()));
                ps.setObject(11, at);
                ps.setString(12, actor);
                ps.setString(13, v.kibetsu().toString());
                ps.setString(14, v.kosei() == null ? null : v.kosei().toString());
                ps.setString(15, v.setaiin().toString());
                ps.setString(16, v.bunpai() == null ? null : v.bunpai().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JsonNode tree(String json) throws com.fasterxml.jackson.core.JsonProcessingException {
        return json == null ? null : JSON.readTree(json);
    }
}
