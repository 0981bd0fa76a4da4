package jp.kikan.jumin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.test.EmbeddedPostgresResource;

/**
 * The database of a benchmark after the demo city's load, kept as a running city is: statistics and the
 * visibility map (which index-only scans need to skip the table) set by VACUUM ANALYZE, as autovacuum keeps them.
 * VACUUM can mark a page all-visible only when no session still holds a snapshot older than its rows, and right
 * after a bulk load autovacuum's own VACUUM ANALYZE of the new rows often does: so it waits for those (at most 2
 * minutes in all), vacuums again what was left, and says how much of each table ended up all-visible.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /**
     * VACUUM ANALYZE of the tables that exist, once no other session holds a snapshot, again for a table left less
     * than 99 % all-visible (a snapshot taken meanwhile, e.g. by autovacuum's ANALYZE); returns the all-visible share.
     */
    static String vacuum(List<String> tables) throws SQLException, InterruptedException {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement s = c.createStatement()) {
            long waitedMs = 0;
            Map<String, long[]> visible = new LinkedHashMap<>();
            for (int round = 0; round < 5; round++) {
                while (holders(s) > 0 && waitedMs < 120_000) {
                    Thread.sleep(500);
                    waitedMs += 500;
                }
                for (String t : tables) {
                    long[] v = visible.get(t);
                    if (v != null && v[0] >= 0.99 * v[1] || !exists(s, t)) {
                        continue; // done, or a schema before it (to time the searches before V5)
                    }
                    s.execute("vacuum analyze " + t);
                    try (ResultSet r = s.executeQuery("select relallvisible, relpages from pg_class where oid = '" + t
                            + "'::regclass")) {
                        r.next();
                        visible.put(t, new long[] {r.getLong(1), r.getLong(2)});
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            visible.forEach((t, v) -> out.append(out.isEmpty() ? "" : ", ").append(t).append(' ').append(v[0])
                    .append('/').append(v[1]));
            return out + " pages all-visible (waited " + waitedMs / 1000 + " s for older snapshots)";
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("select to_regclass('" + table + "') is not null")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static int holders(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where backend_xmin is not null"
                + " and pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }
}
