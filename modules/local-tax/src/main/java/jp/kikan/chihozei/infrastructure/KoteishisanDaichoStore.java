package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The land and house registers: every change a new row (version) with its 異動日 and 処理日, never updated. The state
 * on a day is the version with the latest 異動日 not after it, of several the last entered ({@link #TOCHI_ON}).
 */
@ApplicationScoped
public class KoteishisanDaichoStore {

    /** An owner and its share (持分 as written: 1/2). */
    public record Shoyusha(String atenabango, String mochibun) {
    }

    public record TochiHan(int version, LocalDate idoBi, String idoJiyu, boolean shometsu, String shozai, String chiban,
            String chimokuGenkyo, String chimokuToki, BigDecimal chiseki, long hyokagaku, String kazeiKubun, int kosu,
            BigDecimal jutakuYukaMenseki, boolean shigaikaKuiki, List<Shoyusha> shoyusha, String shoyushaKey, String daihyosha,
            String zennendo, LocalDate shorinengappi) {
    }

    public record KaokuHan(int version, LocalDate idoBi, String idoJiyu, boolean shometsu, String shozai, String kaokuBango,
            String shurui, String kozo, boolean taikaKozo, BigDecimal yukaMenseki, BigDecimal kyojuMenseki, boolean kashiya,
            LocalDate shinchikuNengappi, int kaisu, long hyokagaku, boolean shigaikaKuiki, List<Shoyusha> shoyusha,
            String shoyushaKey, String daihyosha, LocalDate shorinengappi) {
    }

    /** A parcel or house with the version in force on a day. */
    public record Tochi(String tochiId, TochiHan han) {
    }

    public record Kaoku(String kaokuId, KaokuHan han) {
    }

    private static final String TOCHI_COLS = "version, ido_bi, ido_jiyu, shometsu, shozai, chiban, chimoku_genkyo, chimoku_toki, "
            + "chiseki, hyokagaku, kazei_kubun, kosu, jutaku_yuka_menseki, shigaika_kuiki, shoyusha::text, shoyusha_key, "
            + "daihyosha, zennendo::text, shorinengappi";
    private static final String KAOKU_COLS = "version, ido_bi, ido_jiyu, shometsu, shozai, kaoku_bango, shurui, kozo, taika_kozo, "
            + "yuka_menseki, kyoju_menseki, kashiya, shinchiku_nengappi, kaisu, hyokagaku, shigaika_kuiki, shoyusha::text, "
            + "shoyusha_key, daihyosha, shorinengappi";
    /** The version in force on a day of each parcel that ever had the owner, kept where the owner still holds it. */
    private static final String TOCHI_ON = "select tochi_id, " + TOCHI_COLS + " from (select distinct on (tochi_id) * from "
            + "tochi_rireki where lg_code = ? and ido_bi <= ? and tochi_id in (select tochi_id from tochi_rireki where lg_code = ? "
            + "and shoyusha @> ?::jsonb) order by tochi_id, ido_bi desc, version desc) s where not shometsu and shoyusha @> ?::jsonb "
            + "order by tochi_id";
    private static final String KAOKU_ON = "select kaoku_id, " + KAOKU_COLS + " from (select distinct on (kaoku_id) * from "
            + "kaoku_rireki where lg_code = ? and ido_bi <= ? and kaoku_id in (select kaoku_id from kaoku_rireki where lg_code = ? "
            + "and shoyusha @> ?::jsonb) order by kaoku_id, ido_bi desc, version desc) s where not shometsu and shoyusha @> ?::jsonb "
            + "order by kaoku_id";

    @Inject
    AgroalDataSource ds;

    @Inject
    TaxJson json;

    /** The next number of a parcel (T) or house (K), gapless per municipality under the counter's row lock. */
    public String nextId(String lgCode, String shurui) {
        long n = Sql.one(ds, "insert into koteishisan_saiban as c (lg_code, shurui, last_bango) values (?, ?, 1) on conflict "
                + "(lg_code, shurui) do update set last_bango = c.last_bango + 1 returning last_bango", rs -> rs.getLong(1),
                lgCode, shurui).orElseThrow();
        return shurui + String.format("%09d", n);
    }

    public void record(String lgCode, String tochiId, TochiHan h, Instant now, String actor) {
        Sql.update(ds, "insert into tochi_rireki (lg_code, tochi_id, version, ido_bi, ido_jiyu, shometsu, shozai, chiban, "
                + "chimoku_genkyo, chimoku_toki, chiseki, hyokagaku, kazei_kubun, kosu, jutaku_yuka_menseki, shigaika_kuiki, "
                + "shoyusha, shoyusha_key, daihyosha, zennendo, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, tochiId, h.version(), h.idoBi(), h.idoJiyu(), h.shometsu(),
                h.shozai(), h.chiban(), h.chimokuGenkyo(), h.chimokuToki(), h.chiseki(), h.hyokagaku(), h.kazeiKubun(), h.kosu(),
                h.jutakuYukaMenseki(), h.shigaikaKuiki(), new Sql.Json(json.write(h.shoyusha())), h.shoyushaKey(), h.daihyosha(),
                h.zennendo() == null ? null : new Sql.Json(h.zennendo()), h.shorinengappi(), now, actor);
    }

    public void record(String lgCode, String kaokuId, KaokuHan h, Instant now, String actor) {
        Sql.update(ds, "insert into kaoku_rireki (lg_code, kaoku_id, version, ido_bi, ido_jiyu, shometsu, shozai, kaoku_bango, "
                + "shurui, kozo, taika_kozo, yuka_menseki, kyoju_menseki, kashiya, shinchiku_nengappi, kaisu, hyokagaku, "
                + "shigaika_kuiki, shoyusha, shoyusha_key, daihyosha, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, kaokuId, h.version(), h.idoBi(), h.idoJiyu(),
                h.shometsu(), h.shozai(), h.kaokuBango(), h.shurui(), h.kozo(), h.taikaKozo(), h.yukaMenseki(), h.kyojuMenseki(),
                h.kashiya(), h.shinchikuNengappi(), h.kaisu(), h.hyokagaku(), h.shigaikaKuiki(),
                new Sql.Json(json.write(h.shoyusha())), h.shoyushaKey(), h.daihyosha(), h.shorinengappi(), now, actor);
    }

    /** Every version of a parcel, oldest first, locking nothing; {@link #lockTochi} before numbering a new one. */
    public List<TochiHan> tochiVersions(String lgCode, String tochiId) {
        return Sql.list(ds, "select " + TOCHI_COLS + " from tochi_rireki where lg_code = ? and tochi_id = ? order by version",
                this::tochi, lgCode, tochiId);
    }

    public List<KaokuHan> kaokuVersions(String lgCode, String kaokuId) {
        return Sql.list(ds, "select " + KAOKU_COLS + " from kaoku_rireki where lg_code = ? and kaoku_id = ? order by version",
                this::kaoku, lgCode, kaokuId);
    }

    /** Serialises the changes of one parcel or house: a transaction-scoped advisory lock on its number. */
    public void lock(String lgCode, String id) {
        Sql.one(ds, "select pg_advisory_xact_lock(hashtext(?))", rs -> 1, "koteishisan:" + lgCode + ":" + id);
    }

    public Optional<Tochi> tochiOn(String lgCode, String tochiId, LocalDate day) {
        return Sql.one(ds, "select ?::text, " + TOCHI_COLS + " from tochi_rireki where lg_code = ? and tochi_id = ? and ido_bi <= ? "
                + "order by ido_bi desc, version desc limit 1", rs -> new Tochi(rs.getString(1), tochi(rs, 1)), tochiId, lgCode,
                tochiId, day).filter(t -> !t.han().shometsu());
    }

    public Optional<Kaoku> kaokuOn(String lgCode, String kaokuId, LocalDate day) {
        return Sql.one(ds, "select ?::text, " + KAOKU_COLS + " from kaoku_rireki where lg_code = ? and kaoku_id = ? and ido_bi <= ? "
                + "order by ido_bi desc, version desc limit 1", rs -> new Kaoku(rs.getString(1), kaoku(rs, 1)), kaokuId, lgCode,
                kaokuId, day).filter(k -> !k.han().shometsu());
    }

    /** The parcels an owner held on a day (alone or with others). */
    public List<Tochi> tochiOf(String lgCode, String atenabango, LocalDate day) {
        String owner = "[{\"atenabango\":\"" + atenabango + "\"}]";
        return Sql.list(ds, TOCHI_ON, rs -> new Tochi(rs.getString(1), tochi(rs, 1)), lgCode, day, lgCode, owner, owner);
    }

    public List<Kaoku> kaokuOf(String lgCode, String atenabango, LocalDate day) {
        String owner = "[{\"atenabango\":\"" + atenabango + "\"}]";
        return Sql.list(ds, KAOKU_ON, rs -> new Kaoku(rs.getString(1), kaoku(rs, 1)), lgCode, day, lgCode, owner, owner);
    }

    private TochiHan tochi(ResultSet rs) throws SQLException {
        return tochi(rs, 0);
    }

    private TochiHan tochi(ResultSet rs, int o) throws SQLException {
        return new TochiHan(rs.getInt(o + 1), rs.getObject(o + 2, LocalDate.class), rs.getString(o + 3), rs.getBoolean(o + 4),
                rs.getString(o + 5), rs.getString(o + 6), rs.getString(o + 7), rs.getString(o + 8), rs.getBigDecimal(o + 9),
                rs.getLong(o + 10), rs.getString(o + 11), rs.getInt(o + 12), rs.getBigDecimal(o + 13), rs.getBoolean(o + 14),
                owners(rs.getString(o + 15)), rs.getString(o + 16), rs.getString(o + 17), rs.getString(o + 18),
                rs.getObject(o + 19, LocalDate.class));
    }

    private KaokuHan kaoku(ResultSet rs) throws SQLException {
        return kaoku(rs, 0);
    }

    private KaokuHan kaoku(ResultSet rs, int o) throws SQLException {
        return new KaokuHan(rs.getInt(o + 1), rs.getObject(o + 2, LocalDate.class), rs.getString(o + 3), rs.getBoolean(o + 4),
                rs.getString(o + 5), rs.getString(o + 6), rs.getString(o + 7), rs.getString(o + 8), rs.getBoolean(o + 9),
                rs.getBigDecimal(o + 10), rs.getBigDecimal(o + 11), rs.getBoolean(o + 12), rs.getObject(o + 13, LocalDate.class),
                rs.getInt(o + 14), rs.getLong(o + 15), rs.getBoolean(o + 16), owners(rs.getString(o + 17)), rs.getString(o + 18),
                rs.getString(o + 19), rs.getObject(o + 20, LocalDate.class));
    }

    private List<Shoyusha> owners(String text) {
        return List.of(json.mapper().convertValue(json.tree(text), Shoyusha[].class));
    }
}
