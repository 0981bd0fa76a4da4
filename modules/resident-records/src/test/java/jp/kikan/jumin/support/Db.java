package jp.kikan.jumin.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct look into the database, to prove that a refused request changed nothing. */
public final class Db {

    private Db() {
    }

    public static long count(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in every table a write touches: a refused command must leave all of them as they were. */
    public static String snapshot() {
        return count("select count(*) from jumin_rireki") + "/" + count("select count(*) from jumin") + "/"
                + count("select count(*) from setai") + "/" + count("select count(*) from outbox_event") + "/"
                + count("select count(*) from ido_command") + "/" + count("select coalesce(sum(version),0) from setai");
    }
}
