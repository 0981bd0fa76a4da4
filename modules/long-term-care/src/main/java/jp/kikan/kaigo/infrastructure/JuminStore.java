package jp.kikan.kaigo.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.client.jumin.model.RenkeiJumin;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The residents' changes taken from the resident records feed, and each person's head (latest version). A change
 * taken before (same 変更番号) adds nothing, and the head only moves forward: a snapshot re-sent after a diff never
 * moves a person back to an older version.
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
    }

    /** Records the change; false when it was taken before. */
    public boolean record(RenkeiJumin j, Instant now) {
        String item;
        try {
            item = JSON.writeValueAsString(j);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Sql.update(ds, "insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, setaibango, "
                + "jumin_jotai, idojiyu, idonengappi, shien_sochi_taisho, item, torikomi_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict do nothing", j.getShikuchosonkodo(), j.getAtenabango(), j.getHenkoBango(),
                j.getHenkoShubetsu().value(), j.getSetaibango(), j.getJuminJotai().value(), j.getIdojiyu(), j.getIdonengappi(),
                Boolean.TRUE.equals(j.getShienSochiTaisho()), new Sql.Json(item), now) == 1;
    }

    /** The head, locked until the commit: a person's entries are numbered under it. */
    public Optional<Jumin> lock(String lgCode, String atenabango) {
        return Sql.one(ds, "select * from jumin where lg_code = ? and atenabango = ? for update", JuminStore::row, lgCode,
                atenabango);
    }

    public Optional<Jumin> find(String lgCode, String atenabango) {
        return Sql.one(ds, "select * from jumin where lg_code = ? and atenabango = ?", JuminStore::row, lgCode, atenabango);
    }

    /** The residents of a 世帯 (住民票の世帯) now, by 宛名番号. */
    public List<Jumin> setai(String lgCode, String setaibango) {
        return Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = ? and jumin_jotai = 'jumin' "
                + "order by atenabango", JuminStore::row, lgCode, setaibango);
    }

    /** The residents born on or before {@code born}, by 宛名番号 (the 65歳到達 run's candidates). */
    public List<String> bornBy(String lgCode, LocalDate born) {
        return Sql.list(ds, "select atenabango from jumin j where lg_code = ? and jumin_jotai = 'jumin' and seinengappi <= ? "
                + "and not exists (select 1 from shikaku_rireki r where r.lg_code = j.lg_code and r.atenabango = j.atenabango "
                + "and r.ido_kubun = 'shutoku') order by atenabango", rs -> rs.getString(1), lgCode, born);
    }

    public void upsert(RenkeiJumin j) {
        Sql.update(ds, "insert into jumin as n (lg_code, atenabango, henko_bango, setaibango, shimei, shimei_furigana, "
                + "seinengappi, zokugara, jumin_jotai, shien_sochi_taisho) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
