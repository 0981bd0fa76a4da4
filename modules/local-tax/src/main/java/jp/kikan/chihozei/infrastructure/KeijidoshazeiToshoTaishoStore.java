package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The taxpayers of the 軽自動車税（種別割）の当初賦課: the owner, on the 賦課期日, of each vehicle whose version in force
 * that day (the latest 異動日 on or before it, the later entry of the same day — as {@link SharyoStore#ownedOn}) is
 * not a 廃車. A taxpayer falls into partition {@code hashtext(宛名番号) mod partitions} and is read in 宛名番号 order,
 * so a partition's cursor is the last 宛名番号 committed.
 */
@ApplicationScoped
public class KeijidoshazeiToshoTaishoStore {

    private static final String TAISHO = "with v as (select distinct on (sharyo_id) shoyusha_atenabango, haisha from sharyo_rireki "
            + "where lg_code = ? and idobi <= ? order by sharyo_id, idobi desc, rirekibango desc), "
            + "t as (select distinct shoyusha_atenabango as atenabango from v where not haisha) ";

    @Inject
    AgroalDataSource ds;

    public long count(String lgCode, LocalDate fukaKijitsu) {
        return Sql.one(ds, TAISHO + "select count(*) from t", rs -> rs.getLong(1), lgCode, fukaKijitsu).orElse(0L);
    }

    /**
     * Locks the taxpayer records of a batch (as the single 賦課 locks its one: {@code for no key update}, in 宛名番号 order)
     * until the batch commits, in one statement; returns those that exist.
     */
    public Set<String> lock(String lgCode, List<String> atenabango) {
        return new HashSet<>(Sql.list(ds, "select atenabango from nozeigimusha where lg_code = ? and atenabango = any(?) "
                + "order by atenabango for no key update", rs -> rs.getString(1), lgCode, atenabango.toArray(String[]::new)));
    }

    /** The next at most {@code limit} taxpayers of the partition after {@code cursor} (null: from the first). */
    public List<String> next(String lgCode, LocalDate fukaKijitsu, int partitionNo, int partitions, String cursor, int limit) {
        return Sql.list(ds, TAISHO + "select atenabango from t where mod(hashtext(atenabango) & 2147483647, ?) = ? "
                + "and atenabango > ? order by atenabango limit ?", rs -> rs.getString(1), lgCode, fukaKijitsu, partitions,
                partitionNo, cursor == null ? "" : cursor, limit);
    }
}
