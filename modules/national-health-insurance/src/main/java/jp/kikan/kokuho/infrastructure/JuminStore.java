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
import jp.kikan.kokuho.client.jumin.model.RenkeiJumin;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The residents' changes taken from the resident records feed and the head (latest version) of each person.
 * A change already taken (same 変更番号) adds nothing; the head only moves forward to a higher 変更番号 — a snapshot
 * re-sent after a diff never moves a person back to an older version.
 */
@ApplicationScoped
public class JuminStore {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    AgroalDataSource ds;

    /** The person's head as stored. */
    public record Jumin(String lgCode, String atenabango, long henkoBango, String setaibango, String shimei,
            String shimeiFurigana, LocalDate seinengappi, String zokugara, String juminJotai, boolean shienSochiTaisho) {
        public boolean jumin() {
            return "jumin".equals(juminJotai);
        }

        public boolean setainushi() {
            return "世帯主".equals(zokugara);
        }
    }

    /** Records the change; false when it was taken before. */
    public boolean record(RenkeiJumin j, Instant now) {
        String item;
        try {
            item = JSON.writeValueAsString(j);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Sql.update(ds, "insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, setaibango, zokugara, "
                + "jumin_jotai, idojiyu, idonengappi, shorinengappi, shien_sochi_taisho, item, torikomi_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                j.getShikuchosonkodo(), j.getAtenabango(), j.getHenkoBango(), j.getHenkoShubetsu().value(), j.getSetaibango(),
                j.getZokugara(), j.getJuminJotai().value(), j.getIdojiyu(), j.getIdonengappi(), j.getShorinengappi(),
                Boolean.TRUE.equals(j.getShienSochiTaisho()), new Sql.Json(item), now) == 1;
    }

    /** The head, locked until the commit: a person's qualification entries are numbered under it. */
    public Optional<Jumin> lock(String lgCode, String atenabango) {
        return Sql.one(ds, "select * from jumin where lg_code = ? and atenabango = ? for update", JuminStore::row, lgCode,
                atenabango);
    }

    public Optional<Jumin> find(String lgCode, String atenabango) {
        return Sql.one(ds, "select * from jumin where lg_code = ? and atenabango = ?", JuminStore::row, lgCode, atenabango);
    }

    /** The feed's item of the person's latest change (住所, 性別, 在留期間 … as resident records sent them). */
    public Optional<JsonNode> latestItem(String lgCode, String atenabango) {
        return Sql.one(ds, "select k.item::text from jumin j join jumin_kiroku k on k.lg_code = j.lg_code "
                + "and k.atenabango = j.atenabango and k.henko_bango = j.henko_bango where j.lg_code = ? and j.atenabango = ?",
                rs -> {
                    try {
                        return JSON.readTree(rs.getString(1));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }, lgCode, atenabango);
    }

    /** The residents of a 世帯 (住民票の世帯), by 宛名番号. */
    public List<Jumin> setai(String lgCode, String setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = ? and jumin_jotai = 'jumin' order by atenabango",
                JuminStore::row, lgCode, setaibango);
    }

    /** Everyone recorded in a 世帯 (also those who moved out or died: their months count for the 年度). */
    public List<Jumin> setaiAll(String lgCode, String setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = ? order by atenabango", JuminStore::row,
                lgCode, setaibango);
    }

    public void upsert(RenkeiJumin j) {
        Sql.update(ds, "insert into jumin as n (lg_code, atenabango, henko_bango, setaibango, shimei, shimei_furigana, seinengappi, "
                + "zokugara, jumin_jotai, shien_sochi_taisho) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (lg_code, atenabango) do update set henko_bango = excluded.henko_bango, "
                + "setaibango = excluded.setaibango, shimei = excluded.shimei, shimei_furigana = excluded.shimei_furigana, "
                + "seinengappi = excluded.seinengappi, zokugara = excluded.zokugara, jumin_jotai = excluded.jumin_jotai, "
                + "shien_sochi_taisho = excluded.shien_sochi_taisho where n.henko_bango < excluded.henko_bango",
                j.getShikuchosonkodo(), j.getAtenabango(), j.getHenkoBango(), j.getSetaibango(), j.getShimei(),
                j.getShimeiFurigana(), j.getSeinengappi(), j.getZokugara(), j.getJuminJotai().value(),
                Boolean.TRUE.equals(j.getShienSochiTaisho()));
    }

    private static Jumin row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Jumin(rs.getString("lg_code"), rs.getString("atenabango"), rs.getLong("henko_bango"),
                rs.getString("setaibango"), rs.getString("shimei"), rs.getString("shimei_furigana"),
                Sql.date(rs, "seinengappi"), rs.getString("zokugara"), rs.getString("jumin_jotai"),
                rs.getBoolean("shien_sochi_taisho"));
    }
}
