package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The vehicle register: each version of a vehicle in {@code sharyo_rireki} (append-only), the head {@code sharyo} for
 * the lock, the latest version and the 標識番号 in use.
 */
@ApplicationScoped
public class SharyoStore {

    private static final String COLUMNS = "sharyo_id, rirekibango, ido_jiyu, idobi, shinkokubi, hyoshiki_bango, shashu_kubun, "
            + "haikiryo, shodo_kensa_nen, shodo_kensa_tsuki, nenryo, hikenin, green_kubun, shoyusha_atenabango, "
            + "shiyosha_atenabango, haisha, biko, shorinengappi";

    @Inject
    AgroalDataSource ds;

    /** One full version of a vehicle, as stored. */
    public record Version(UUID sharyoId, int rirekibango, String idoJiyu, LocalDate idobi, LocalDate shinkokubi,
            String hyoshikiBango, String shashuKubun, Integer haikiryo, Integer shodoKensaNen, Integer shodoKensaTsuki,
            String nenryo, boolean hikenin, String greenKubun, String shoyushaAtenabango, String shiyoshaAtenabango,
            boolean haisha, String biko, LocalDate shorinengappi) {
    }

    /** The head's latest version number, holding the vehicle's row until the commit; empty if no such vehicle. */
    public Optional<Integer> lock(String lgCode, UUID sharyoId) {
        return Sql.one(ds, "select rirekibango from sharyo where lg_code = ? and sharyo_id = ? for update",
                rs -> rs.getInt(1), lgCode, sharyoId);
    }

    public boolean hyoshikiBangoInUse(String lgCode, String hyoshikiBango, UUID except) {
        return Sql.one(ds, "select 1 from sharyo where lg_code = ? and hyoshiki_bango = ? and not haisha and sharyo_id <> ?",
                rs -> 1, lgCode, hyoshikiBango, except).isPresent();
    }

    public void append(String lgCode, Version v, Instant now, String actor) {
        Sql.update(ds, "insert into sharyo_rireki (lg_code, " + COLUMNS + ", shori_at, actor) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, v.sharyoId(), v.rirekibango(),
                v.idoJiyu(), v.idobi(), v.shinkokubi(), v.hyoshikiBango(), v.shashuKubun(), v.haikiryo(), v.shodoKensaNen(),
                v.shodoKensaTsuki(), v.nenryo(), v.hikenin(), v.greenKubun(), v.shoyushaAtenabango(), v.shiyoshaAtenabango(),
                v.haisha(), v.biko(), v.shorinengappi(), now, actor);
        int n = Sql.update(ds, "update sharyo set hyoshiki_bango = ?, shoyusha_atenabango = ?, haisha = ?, rirekibango = ? "
                + "where lg_code = ? and sharyo_id = ?", v.hyoshikiBango(), v.shoyushaAtenabango(), v.haisha(), v.rirekibango(),
                lgCode, v.sharyoId());
        if (n == 0) {
            Sql.update(ds, "insert into sharyo (lg_code, sharyo_id, hyoshiki_bango, shoyusha_atenabango, haisha, rirekibango) "
                    + "values (?, ?, ?, ?, ?, ?)", lgCode, v.sharyoId(), v.hyoshikiBango(), v.shoyushaAtenabango(), v.haisha(),
                    v.rirekibango());
        }
    }

    public List<Version> versions(String lgCode, UUID sharyoId) {
        return Sql.list(ds, "select " + COLUMNS + " from sharyo_rireki where lg_code = ? and sharyo_id = ? order by rirekibango",
                SharyoStore::version, lgCode, sharyoId);
    }

    /**
     * The version of each vehicle in force on {@code day} (the latest 異動日 on or before it, the later entry of the same
     * day) whose owner then was {@code atenabango} — 廃車 versions included, for the caller to leave out.
     */
    public List<Version> ownedOn(String lgCode, String atenabango, LocalDate day) {
        return Sql.list(ds, "select " + COLUMNS + " from (select distinct on (r.sharyo_id) r.* from sharyo_rireki r "
                + "where r.lg_code = ? and r.idobi <= ? and r.sharyo_id in (select sharyo_id from sharyo_rireki "
                + "where lg_code = ? and shoyusha_atenabango = ?) order by r.sharyo_id, r.idobi desc, r.rirekibango desc) v "
                + "where v.shoyusha_atenabango = ? order by hyoshiki_bango, sharyo_id", SharyoStore::version, lgCode, day, lgCode,
                atenabango, atenabango);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getObject("sharyo_id", UUID.class), rs.getInt("rirekibango"), rs.getString("ido_jiyu"),
                Sql.date(rs, "idobi"), Sql.date(rs, "shinkokubi"), rs.getString("hyoshiki_bango"), rs.getString("shashu_kubun"),
                (Integer) rs.getObject("haikiryo"), (Integer) rs.getObject("shodo_kensa_nen"),
                (Integer) rs.getObject("shodo_kensa_tsuki"), rs.getString("nenryo"), rs.getBoolean("hikenin"),
                rs.getString("green_kubun"), rs.getString("shoyusha_atenabango"), rs.getString("shiyosha_atenabango"),
                rs.getBoolean("haisha"), rs.getString("biko"), Sql.date(rs, "shorinengappi"));
    }
}
