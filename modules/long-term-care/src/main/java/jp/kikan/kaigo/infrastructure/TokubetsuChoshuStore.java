package jp.kikan.kaigo.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.kaigo.choshu.TokubetsuChoshuTsuchi;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The pension insurers' notices of 特別徴収対象者 as entered (table kaigo_tokubetsu_choshu, append-only; the latest counts). */
@ApplicationScoped
public class TokubetsuChoshuStore {

    @Inject
    AgroalDataSource ds;

    /** A notice as recorded. */
    public record Todokede(TokubetsuChoshuTsuchi tsuchi, String biko, LocalDate shorinengappi) {
    }

    public Optional<Todokede> latest(String lgCode, String atenabango, int nendo) {
        return Sql.one(ds, "select nenkin_nengaku, tsuchibi, nenkin_hokensha, karichoshu_gaku, biko, shorinengappi "
                + "from kaigo_tokubetsu_choshu where lg_code = ? and atenabango = ? and nendo = ? order by todokede_id desc limit 1",
                rs -> {
                    long kari = rs.getLong(4);
                    Long karichoshu = rs.wasNull() ? null : kari;
                    return new Todokede(new TokubetsuChoshuTsuchi(rs.getLong(1), Sql.date(rs, "tsuchibi"), rs.getString(3), karichoshu),
                            rs.getString(5), Sql.date(rs, "shorinengappi"));
                }, lgCode, atenabango, nendo);
    }

    public void insert(String lgCode, String atenabango, int nendo, TokubetsuChoshuTsuchi t, String biko, LocalDate shorinengappi,
            Instant now, String actor) {
        Sql.update(ds, "insert into kaigo_tokubetsu_choshu (lg_code, atenabango, nendo, nenkin_nengaku, tsuchibi, nenkin_hokensha, "
                + "karichoshu_gaku, biko, shorinengappi, shori_at, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, atenabango,
                nendo, t.nenkinNengaku(), t.tsuchibi(), t.nenkinHokensha(), t.karichoshuGaku(), biko, shorinengappi, now, actor);
    }
}
