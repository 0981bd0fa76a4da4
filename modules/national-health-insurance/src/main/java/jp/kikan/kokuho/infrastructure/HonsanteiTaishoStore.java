package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.jumin.Jumin;

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

    private static final String PARTITION = "mod(hashtext(%s) & 2147483647, ?) = ? and %s > ? ";

    /**
     * The same set as {@link #TAISHO} for one partition after a cursor, each side read in 世帯番号 order from the
     * cursor by its index (jumin_setai; kokuho_fuka's key) and cut at the limit before the union: a batch reads about
     * partitions × limit index entries, not the whole city.
     */
    private static final String NEXT = "select setaibango from ((select distinct j.setaibango from jumin j where j.lg_code = ? "
            + "and " + String.format(PARTITION, "j.setaibango", "j.setaibango") + "and exists (select 1 from shikaku_rireki r "
            + "where r.lg_code = j.lg_code and r.atenabango = j.atenabango) order by 1 limit ?) "
            + "union (select distinct f.setaibango from kokuho_fuka f where f.lg_code = ? and f.nendo = ? "
            + "and " + String.format(PARTITION, "f.setaibango", "f.setaibango") + "order by 1 limit ?)) t "
            + "order by setaibango limit ?";

    @Inject
    AgroalDataSource ds;

    public long count(String lgCode, int nendo) {
        return Sql.one(ds, TAISHO + "select count(*) from t", rs -> rs.getLong(1), lgCode, lgCode, nendo).orElse(0L);
    }

    /** The next at most {@code limit} households of the partition after {@code cursor} (null: from the first). */
    public List<String> next(String lgCode, int nendo, int partitionNo, int partitions, String cursor, int limit) {
        String after = cursor == null ? "" : cursor;
        return Sql.list(ds, NEXT, rs -> rs.getString(1), lgCode, partitions, partitionNo, after, limit, lgCode, nendo,
                partitions, partitionNo, after, limit, limit);
    }

    /**
     * Everyone recorded in each of these 世帯 (also those who moved out or died), by 宛名番号, in one read — what
     * JuminStore.setaiAll reads of one; a household without anyone recorded is absent.
     */
    public Map<String, List<Jumin>> setaiAll(String lgCode, Collection<String> setaibango) {
        Map<String, List<Jumin>> out = new LinkedHashMap<>();
        for (Jumin j : Sql.list(ds, "select * from jumin where lg_code = ? and setaibango = any (?) order by setaibango, "
                + "atenabango", HonsanteiTaishoStore::row, lgCode, setaibango.toArray(String[]::new))) {
            out.computeIfAbsent(j.setaibango(), x -> new ArrayList<>()).add(j);
        }
        return out;
    }

    private static Jumin row(ResultSet rs) throws SQLException {
        return new Jumin(rs.getString("lg_code"), rs.getString("atenabango"), rs.getLong("henko_bango"),
                rs.getString("setaibango"), rs.getString("shimei"), rs.getString("shimei_furigana"),
                Sql.date(rs, "seinengappi"), rs.getString("zokugara"), rs.getString("jumin_jotai"),
                rs.getBoolean("shien_sochi_taisho"));
    }
}
