package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The households the annual 本算定 reads: each household (世帯番号 as resident records' feed last sent it) with a
 * member who has a qualification history here, and each one already assessed for the 年度 (a household whose members
 * all left the insurance gets its 更正). A household falls into partition {@code hashtext(世帯番号) mod partitions}
 * and is read in 世帯番号 order, so a partition's cursor is the last 世帯番号 committed.
 */
@ApplicationScoped
public class HonsanteiTaishoStore {

    private static final String TAISHO = "with t as (select j.setaibango from jumin j where j.lg_code = ? and exists "
            + "(select 1 from shikaku_rireki r where r.lg_code = j.lg_code and r.atenabango = j.atenabango) "
            + "union select f.setaibango from kokuho_fuka f where f.lg_code = ? and f.nendo = ?) ";

    @Inject
    AgroalDataSource ds;

    public long count(String lgCode, int nendo) {
        return Sql.one(ds, TAISHO + "select count(*) from t", rs -> rs.getLong(1), lgCode, lgCode, nendo).orElse(0L);
    }

    /** The next at most {@code limit} households of the partition after {@code cursor} (null: from the first). */
    public List<String> next(String lgCode, int nendo, int partitionNo, int partitions, String cursor, int limit) {
        return Sql.list(ds, TAISHO + "select setaibango from t where mod(hashtext(setaibango) & 2147483647, ?) = ? "
                + "and setaibango > ? order by setaibango limit ?", rs -> rs.getString(1), lgCode, lgCode, nendo, partitions,
                partitionNo, cursor == null ? "" : cursor, limit);
    }
}
