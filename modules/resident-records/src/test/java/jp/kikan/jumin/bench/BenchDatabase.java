package jp.kikan.jumin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.kikan.platform.test.EmbeddedPostgresResource;

/**
 * The database of a benchmark after the demo city's load, kept as a running city is: statistics and the
 * visibility map (which index-only scans need to skip the table) set by VACUUM ANALYZE, as autovacuum keeps them.
 * VACUUM can mark a page all-visible only when no session still holds a snapshot older than its rows, and right
 * after a bulk load autovacuum's own ANALYZE of the new rows often does: so it waits for those (at most 2 minutes),
 * and says how much of each table ended up all-visible.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** VACUUM ANALYZE of the tables that exist, once no other session holds a snapshot; returns the all-visible share. */
    static String vacuum(List<String> tables) throws SQLException, InterruptedException {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement s = c.createStatement()) {
            long waitedMs = 0;
            while (holders(s) > 0 && waitedMs < 120_000) {
                Thread.sleep(500);
                waitedMs += 500;
            }
            StringBuilder visible = new StringBuilder();
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("select to_regclass('" + t + "') is not null")) {
                    r.next();
                    if (!r.getBoolean(1)) {
                        continue; // a schema before it (to time the searches before V5)
                    }
                }
                s.execute("vacuum analyze " + t);
                try (ResultSet r = s.executeQuery("select relallvisible, relpages from pg_class where oid = '" + t
                        + "'::regclass")) {
                    r.next();
                    visible.append(visible.isEmpty() ? "" : ", ").append(t).append(' ').append(r.getLong(1))
                            .append('/').append(r.getLong(2));
                }
            }
            return visible + " pages all-visible (waited " + waitedMs / 1000 + " s for older snapshots)";
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
