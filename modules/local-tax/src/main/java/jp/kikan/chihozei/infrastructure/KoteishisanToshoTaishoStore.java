package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The taxpayers of the 固定資産税 当初賦課: the owner keys (a sole owner, or the 共有者 joined by "+") of every parcel's and
 * house's version in force on 1月1日 and not gone (地方税法第359条), and every owner whose 償却資産申告 of the 年度 lists
 * assets (第383条). A key falls into partition
 * {@code hashtext(key) mod partitions} and a partition reads its keys in order after its cursor.
 */
@ApplicationScoped
public class KoteishisanToshoTaishoStore {

    private static final String KEYS = "select shoyusha_key from (select distinct on (tochi_id) shoyusha_key, shometsu from "
            + "tochi_rireki where lg_code = ? and ido_bi <= ? order by tochi_id, ido_bi desc, version desc) t where not shometsu "
            + "union select shoyusha_key from (select distinct on (kaoku_id) shoyusha_key, shometsu from kaoku_rireki where "
            + "lg_code = ? and ido_bi <= ? order by kaoku_id, ido_bi desc, version desc) k where not shometsu "
            + "union select atenabango from (select distinct on (atenabango) atenabango, meisai from shokyaku_shinkoku where "
            + "lg_code = ? and nendo = ? order by atenabango, version desc) s where jsonb_array_length(meisai) > 0";

    @Inject
    AgroalDataSource ds;

    public long count(String lgCode, LocalDate kijitsu) {
        return Sql.one(ds, "select count(*) from (" + KEYS + ") x", rs -> rs.getLong(1), lgCode, kijitsu, lgCode, kijitsu, lgCode,
                kijitsu.getYear())
                .orElse(0L);
    }

    /** The partition's next keys after the cursor, in order. */
    public List<String> next(String lgCode, LocalDate kijitsu, int partitionNo, int partitions, String after, int limit) {
        return Sql.list(ds, "select shoyusha_key from (" + KEYS + ") x where mod(hashtext(shoyusha_key) & 2147483647, ?) = ? "
                + "and shoyusha_key > ? order by shoyusha_key limit ?", rs -> rs.getString(1), lgCode, kijitsu, lgCode, kijitsu, lgCode,
                kijitsu.getYear(), partitions, partitionNo, after == null ? "" : after, limit);
    }
}
