package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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

    private static SetaiRireki.Kiroku row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SetaiRireki.Kiroku(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.date(rs, "hi"));
    }
}
