package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * 住登外者: their 宛名番号 and versions. The numbers come from this service's own counter per municipality, as
 * "8" + 9 digits + the M11 check digit (11 digits): never one of the resident records' 10-digit numbers.
 */
@ApplicationScoped
public class JutogaiStore {

    /** Leads every 住登外者 number, so that it can never equal a resident's (10 digits, no prefix). */
    static final String PREFIX = "8";

    @Inject
    AgroalDataSource ds;

    public String nextAtenabango(String lgCode) {
        long n = Sql.one(ds, "insert into jutogai_counter as c (lg_code, last_bango) values (?, 1) on conflict (lg_code) "
                + "do update set last_bango = c.last_bango + 1 returning last_bango", rs -> rs.getLong(1), lgCode).orElseThrow();
        return Modulus11.withCheckDigit(PREFIX + String.format("%09d", n));
    }

    public record Jutogai(String lgCode, String atenabango, String shimei, String shimeiFurigana, LocalDate seinengappi,
            String seibetsu, String jusho, String riyu, String hojinBango) {
    }

    /** Serialises registrations of one 法人 in a municipality (one 宛名番号 per 法人番号). */
    public java.util.Optional<String> lockHojin(String lgCode, String hojinBango) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtext(?))", rs -> 1, "hojin:" + lgCode + ":" + hojinBango);
        return Sql.one(ds, "select atenabango from nozeigimusha where lg_code = ? and hojin_bango = ?", rs -> rs.getString(1),
                lgCode, hojinBango);
    }

    public void record(Jutogai j, LocalDate shorinengappi, Instant now, String actor) {
        Sql.update(ds, "insert into jutogai_rireki (lg_code, atenabango, rirekibango, shimei, shimei_furigana, seinengappi, "
                + "seibetsu, jusho, riyu, shorinengappi, shori_at, actor, hojin_bango) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                j.lgCode(), j.atenabango(), j.shimei(), j.shimeiFurigana(), j.seinengappi(), j.seibetsu(), j.jusho(), j.riyu(),
                shorinengappi, now, actor, j.hojinBango());
        Sql.update(ds, "insert into nozeigimusha (lg_code, atenabango, kubun, henko_bango, shimei, shimei_furigana, seinengappi, "
                + "seibetsu, jusho, jumin_jotai, shien_sochi_taisho, kana_key, hojin_bango) values (?, ?, 'jutogai', 0, ?, ?, ?, ?, ?, "
                + "'jutogai', false, ?, ?)", j.lgCode(), j.atenabango(), j.shimei(), j.shimeiFurigana(), j.seinengappi(),
                j.seibetsu(), j.jusho(), j.shimeiFurigana(), j.hojinBango());
    }
}
