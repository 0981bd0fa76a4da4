package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * 事務所・事業所・家屋敷 of 住登外者 (table kaokushiki, append-only): every registration and end a version. Callers hold
 * the taxpayer's row lock (Nozeigimushas.lock) while they number a person's places and versions.
 */
@ApplicationScoped
public class KaokushikiStore {

    private static final String COLUMNS = "kaokushiki_bango, version, kubun, shozaichi, shoyu_kaishibi, shoyu_shuryobi, riyu, "
            + "shorinengappi, shori_at, actor";

    @Inject
    AgroalDataSource ds;

    /** One version of a place; {@code shoyuShuryobi} is the day from which it is no longer held (null while held). */
    public record Version(int kaokushikiBango, int version, String kubun, String shozaichi, LocalDate shoyuKaishibi,
            LocalDate shoyuShuryobi, String riyu, LocalDate shorinengappi, Instant shoriAt, String actor) {

        /** Held on {@code day} (the 賦課期日): from its start, and not yet ended on that day. */
        public boolean heldOn(LocalDate day) {
            return !shoyuKaishibi.isAfter(day) && (shoyuShuryobi == null || shoyuShuryobi.isAfter(day));
        }
    }

    public void append(String lgCode, String atenabango, Version v) {
        Sql.update(ds, "insert into kaokushiki (lg_code, atenabango, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lgCode, atenabango, v.kaokushikiBango(), v.version(), v.kubun(), v.shozaichi(), v.shoyuKaishibi(),
                v.shoyuShuryobi(), v.riyu(), v.shorinengappi(), v.shoriAt(), v.actor());
    }

    /** Every version of the person's places, by place then version. */
    public List<Version> versions(String lgCode, String atenabango) {
        return Sql.list(ds, "select " + COLUMNS + " from kaokushiki where lg_code = ? and atenabango = ? "
                + "order by kaokushiki_bango, version", KaokushikiStore::version, lgCode, atenabango);
    }

    /** The latest version of each of the person's places. */
    public List<Version> latest(String lgCode, String atenabango) {
        return Sql.list(ds, "select distinct on (kaokushiki_bango) " + COLUMNS + " from kaokushiki where lg_code = ? "
                + "and atenabango = ? order by kaokushiki_bango, version desc", KaokushikiStore::version, lgCode, atenabango);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt("kaokushiki_bango"), rs.getInt("version"), rs.getString("kubun"), rs.getString("shozaichi"),
                Sql.date(rs, "shoyu_kaishibi"), Sql.date(rs, "shoyu_shuryobi"), rs.getString("riyu"),
                Sql.date(rs, "shorinengappi"), rs.getTimestamp("shori_at").toInstant(), rs.getString("actor"));
    }
}
