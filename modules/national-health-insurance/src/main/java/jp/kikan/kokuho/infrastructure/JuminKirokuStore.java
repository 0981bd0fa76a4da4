package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.shikaku.domain.SetaiRireki;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The residents' versions this service took from the resident records feed (jumin_kiroku), as the domain reads them. */
@ApplicationScoped
public class JuminKirokuStore {

    private static final String COLUMNS = "select atenabango, henko_bango, setaibango, zokugara, jumin_jotai, "
            + "coalesce(idonengappi, shorinengappi) as hi from jumin_kiroku where lg_code = ? and henko_shubetsu = 'jumin' and ";

    @Inject
    AgroalDataSource ds;

    /** Every version, of anyone, that was in the household. */
    public SetaiRireki setai(String lgCode, String setaibango) {
        return new SetaiRireki(setaibango, Sql.list(ds, COLUMNS + "setaibango = ? order by 6, 2", JuminKirokuStore::row, lgCode,
                setaibango));
    }

    /** Every version of one person (in any household). */
    public List<SetaiRireki.Kiroku> person(String lgCode, String atenabango) {
        return Sql.list(ds, COLUMNS + "atenabango = ? order by 6, 2", JuminKirokuStore::row, lgCode, atenabango);
    }

    /** {@link #setai} of each of these households in one read (a household without a version has none). */
    public Map<String, SetaiRireki> setai(String lgCode, Collection<String> setaibango) {
        Map<String, List<SetaiRireki.Kiroku>> rows = group(Sql.list(ds, COLUMNS + "setaibango = any (?) order by 3, 6, 2",
                JuminKirokuStore::row, lgCode, setaibango.toArray(String[]::new)), true);
        Map<String, SetaiRireki> out = new LinkedHashMap<>();
        for (String s : setaibango) {
            out.put(s, new SetaiRireki(s, rows.getOrDefault(s, List.of())));
        }
        return out;
    }

    /** {@link #person} of each of these persons in one read (absent: no version). */
    public Map<String, List<SetaiRireki.Kiroku>> person(String lgCode, Collection<String> atenabango) {
        if (atenabango.isEmpty()) {
            return Map.of();
        }
        return group(Sql.list(ds, COLUMNS + "atenabango = any (?) order by 1, 6, 2", JuminKirokuStore::row, lgCode,
                atenabango.toArray(String[]::new)), false);
    }

    private static Map<String, List<SetaiRireki.Kiroku>> group(List<SetaiRireki.Kiroku> rows, boolean bySetai) {
        Map<String, List<SetaiRireki.Kiroku>> out = new LinkedHashMap<>();
        for (SetaiRireki.Kiroku k : rows) {
            out.computeIfAbsent(bySetai ? k.setaibango() : k.atenabango(), x -> new java.util.ArrayList<>()).add(k);
        }
        return out;
    }

    private static SetaiRireki.Kiroku row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SetaiRireki.Kiroku(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.date(rs, "hi"));
    }
}
