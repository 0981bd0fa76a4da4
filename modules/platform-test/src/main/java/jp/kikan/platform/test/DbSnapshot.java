package jp.kikan.platform.test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A direct look into a service's database, to prove that a refused request changed nothing: the row
 * counts of the tables a write touches plus the platform's own tables — the access log and its chain
 * heads, the outbox and the command log — compared before and after.
 */
public final class DbSnapshot {

    /** The platform tables every service has: a refused write must not change them either. */
    public static final List<String> PLATFORM_TABLES = List.of("outbox_event", "platform_command", "access_log");

    private DbSnapshot() {
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

    /**
     * Row counts of the service's tables and the platform tables, keyed by table — read in one statement, so
     * that the counts belong together and a test can afford a snapshot around every request.
     */
    public static Map<String, Long> of(List<String> serviceTables) {
        List<String> tables = new java.util.ArrayList<>(serviceTables);
        tables.addAll(PLATFORM_TABLES);
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(tables.get(i)).append(')');
        }
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            r.next();
            for (int i = 0; i < tables.size(); i++) {
                out.put(tables.get(i), r.getLong(i + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The same without the access log, for a request whose refusal is itself (rightly) logged. */
    public static Map<String, Long> withoutAccessLog(List<String> serviceTables) {
        Map<String, Long> out = of(serviceTables);
        out.remove("access_log");
        return out;
    }
}
