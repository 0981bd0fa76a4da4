package jp.kikan.platform.test.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import jp.kikan.platform.test.EmbeddedPostgresResource;

/**
 * Where the database's time went while a benchmark's job ran: pg_stat_statements of the test database, when the
 * embedded PostgreSQL was started with {@code -Dbench.pg-stat-statements=true}
 * ({@link EmbeddedPostgresResource#STATEMENT_STATS}); otherwise both methods do nothing.
 */
public final class StatementStats {

    private StatementStats() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(EmbeddedPostgresResource.STATEMENT_STATS);
    }

    /** Forgets what was counted so far (call just before the job starts). */
    public static void reset() throws Exception {
        if (!enabled()) {
            return;
        }
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("select pgstats.pg_stat_statements_reset()");
        }
    }

    /** The {@code limit} statements of most total time since the reset, as a Markdown table under a heading line. */
    public static String top(int limit) throws Exception {
        if (!enabled()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nStatements by total time while the job ran (pg_stat_statements):\n\n"
                + "| total ms | calls | mean ms | rows/call | statement |\n|---:|---:|---:|---:|---|\n");
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("select total_exec_time, calls, mean_exec_time, rows::float8 / greatest(calls, 1), "
                        + "regexp_replace(query, '\\s+', ' ', 'g') from pgstats.pg_stat_statements where dbid = (select oid "
                        + "from pg_database where datname = current_database()) order by total_exec_time desc limit " + limit)) {
            while (r.next()) {
                String q = r.getString(5);
                sb.append(String.format(Locale.ROOT, "| %,.0f | %,d | %.3f | %.1f | `%s` |%n", r.getDouble(1), r.getLong(2),
                        r.getDouble(3), r.getDouble(4), (q.length() > 160 ? q.substring(0, 160) + "…" : q).replace("|", "\\|")));
            }
        }
        return sb.toString();
    }
}
