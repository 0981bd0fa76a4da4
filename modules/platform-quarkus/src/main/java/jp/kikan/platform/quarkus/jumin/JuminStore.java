package jp.kikan.platform.quarkus.jumin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The residents' changes a consuming service took from the resident records feed ({@code jumin_kiroku}, each item as
 * sent) and each person's head ({@code jumin}). A change taken before (same 変更番号) adds nothing and the head only
 * moves forward to a higher 変更番号: a snapshot re-sent after a diff never moves a person back to an older version,
 * and a replay never un-protects anyone (支援措置 changes carry numbers of their own). The two tables are the
 * service's own (its migrations), of the shape this class reads and writes.
 */
@ApplicationScoped
public class JuminStore {

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    /** Records the change with the item as sent; false when it was taken before. */
    public boolean record(JuminHenko j, JsonNode item, Instant now) {
        return Sql.update(ds, "insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, setaibango, zokugara, "
                + "jumin_jotai, idojiyu, idonengappi, shorinengappi, shien_sochi_taisho, item, torikomi_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                j.lgCode(), j.atenabango(), j.henkoBango(), j.henkoShubetsu(), j.setaibango(), j.zokugara(), j.juminJotai(),
                j.idojiyu(), j.idonengappi(), j.shorinengappi(), j.shienSochi(), new Sql.Json(item.toString()), now) == 1;
    }

    /** The head, locked until the commit: a person's entries are numbered under it. */
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
                        return mapper.readTree(rs.getString(1));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }, lgCode, atenabango);
    }

    /** The residents of a 世帯 (住民票の世帯) now, by 宛名番号. */
    public List<Jumin> setai(String lgCode, String setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = ? and jumin_jotai = 'jumin' order by atenabango",
                JuminStore::row, lgCode, setaibango);
    }

    /** Everyone recorded in a 世帯 (also those who moved out or died: their months count for the 年度). */
    public List<Jumin> setaiAll(String lgCode, String setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = ? order by atenabango", JuminStore::row,
                lgCode, setaibango);
    }

    /** Moves the head forward to this change (a lower or equal 変更番号 leaves it as it is). */
    public void upsert(JuminHenko j) {
        Sql.update(ds, "insert into jumin as n (lg_code, atenabango, henko_bango, setaibango, shimei, shimei_furigana, seinengappi, "
                + "zokugara, jumin_jotai, shien_sochi_taisho) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (lg_code, atenabango) do update set henko_bango = excluded.henko_bango, "
                + "setaibango = excluded.setaibango, shimei = excluded.shimei, shimei_furigana = excluded.shimei_furigana, "
                + "seinengappi = excluded.seinengappi, zokugara = excluded.zokugara, jumin_jotai = excluded.jumin_jotai, "
                + "shien_sochi_taisho = excluded.shien_sochi_taisho where n.henko_bango < excluded.henko_bango",
                j.lgCode(), j.atenabango(), j.henkoBango(), j.setaibango(), j.shimei(), j.shimeiFurigana(), j.seinengappi(),
                j.zokugara(), j.juminJotai(), j.shienSochi());
    }

    private static Jumin row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Jumin(rs.getString("lg_code"), rs.getString("atenabango"), rs.getLong("henko_bango"),
                rs.getString("setaibango"), rs.getString("shimei"), rs.getString("shimei_furigana"),
                Sql.date(rs, "seinengappi"), rs.getString("zokugara"), rs.getString("jumin_jotai"),
                rs.getBoolean("shien_sochi_taisho"));
    }
}
