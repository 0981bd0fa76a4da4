package jp.kikan.kokuho.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
                rs -> {
                    try {
                        return new Version(rs.getString("setaibango"), rs.getInt("nendo"), rs.getInt("version"),
                                rs.getString("nozeigimusha"), rs.getLong("nengaku"), rs.getLong("sagaku"),
                                JSON.readTree(rs.getString("kekka")), Sql.date(rs, "shorinengappi"),
                                tree(rs.getString("kibetsu")), tree(rs.getString("kosei")), tree(rs.getString("setaiin")),
                                tree(rs.getString("shotoku")), tree(rs.getString("bunpai")));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }, lgCode, setaibango, nendo);
    }

    public Optional<Version> latest(String lgCode, String setaibango, int nendo) {
        List<Version> all = versions(lgCode, setaibango, nendo);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
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

    public void insert(String lgCode, Version v, Instant now, String actor) {
        Sql.update(ds, "insert into kokuho_fuka (lg_code, setaibango, nendo, version, nozeigimusha, nengaku, sagaku, kekka, "
                + "shotoku, shorinengappi, shori_at, actor, kibetsu, kosei, setaiin, bunpai) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lgCode, v.setaibango(), v.nendo(), v.version(), v.nozeigimusha(), v.nengaku(), v.sagaku(),
                new Sql.Json(v.kekka().toString()), new Sql.Json(v.shotoku().toString()), v.shorinengappi(), now, actor,
                new Sql.Json(v.kibetsu().toString()), v.kosei() == null ? null : new Sql.Json(v.kosei().toString()),
                new Sql.Json(v.setaiin().toString()), v.bunpai() == null ? null : new Sql.Json(v.bunpai().toString()));
    }

    private static JsonNode tree(String json) throws com.fasterxml.jackson.core.JsonProcessingException {
        return json == null ? null : JSON.readTree(json);
    }
}
