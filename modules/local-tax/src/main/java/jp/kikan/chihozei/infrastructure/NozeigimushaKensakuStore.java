package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** Taxpayers found by フリガナ (prefix), 氏名 (contained, as written) and 生年月日, spaces ignored in both. */
@ApplicationScoped
public class NozeigimushaKensakuStore {

    @Inject
    AgroalDataSource ds;

    public record Hit(String atenabango, String kubun, String shimei, String shimeiFurigana, LocalDate seinengappi,
            String seibetsu, String jusho, String juminJotai, boolean shienSochiTaisho, String hojinBango) {
    }

    /** @param limit at most this many, in フリガナ order */
    public List<Hit> kensaku(String lgCode, String furigana, String shimei, LocalDate seinengappi, int limit) {
        return Sql.list(ds, "select atenabango, kubun, shimei, shimei_furigana, seinengappi, seibetsu, jusho, jumin_jotai, "
                + "shien_sochi_taisho, hojin_bango from nozeigimusha where lg_code = ? "
                + "and (cast(? as text) is null or translate(shimei_furigana, ' 　', '') like ? escape '\\') "
                + "and (cast(? as text) is null or translate(shimei, ' 　', '') like ? escape '\\') "
                + "and (cast(? as date) is null or seinengappi = ?) "
                + "order by translate(shimei_furigana, ' 　', '') nulls last, atenabango limit ?",
                rs -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Sql.date(rs, "seinengappi"),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10)),
                lgCode, furigana, furigana == null ? null : like(furigana) + "%", shimei,
                shimei == null ? null : "%" + like(shimei) + "%", seinengappi, seinengappi, limit);
    }

    /** The text without spaces, its LIKE wildcards taken literally. */
    private static String like(String text) {
        return text.replace(" ", "").replace("　", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
