package jp.kikan.chihozei.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The employees one employer collects the tax of: the latest assessment version of each, if it is still its. */
@ApplicationScoped
public class TokubetsuChoshuStore {

    public record Jugyoin(String atenabango, int version, String kubun, long nenzeigaku, String choshu, String shimei,
            String shimeiFurigana, boolean shienSochiTaisho) {
    }

    @Inject
    DataSource ds;

    public List<Jugyoin> jugyoin(String lgCode, int nendo, String kagi) {
        return Sql.list(ds, "select f.atenabango, f.version, f.kubun, f.nenzeigaku, f.choshu::text, n.shimei, n.shimei_furigana, "
                + "n.shien_sochi_taisho from (select distinct on (atenabango) * from fuka where lg_code = ? and nendo = ? "
                + "and atenabango in (select atenabango from fuka where lg_code = ? and nendo = ? "
                + "and choshu ->> 'hoho' = 'kyuyo_tokubetsu_choshu' and choshu -> 'tokubetsu_choshu_gimusha' ->> 'kagi' = ?) "
                + "order by atenabango, version desc) f join nozeigimusha n on n.lg_code = f.lg_code and n.atenabango = f.atenabango "
                + "where f.choshu ->> 'hoho' = 'kyuyo_tokubetsu_choshu' and f.choshu -> 'tokubetsu_choshu_gimusha' ->> 'kagi' = ? "
                + "order by n.shimei_furigana nulls last, f.atenabango",
                rs -> new Jugyoin(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getBoolean(8)),
                lgCode, nendo, lgCode, nendo, kagi, kagi);
    }
}
