package jp.kikan.platform.test.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.postgresql.PGConnection;

/**
 * The floor a benchmark of an annual job compares itself with: the job's own result rows, written again in the same run
 * by PostgreSQL's COPY into a table of the same shape ({@code LIKE} the job's table with its defaults, indexes and
 * storage, and its storage options such as {@code toast_tuple_target} — rows kept inline as in the original —, no
 * triggers). The rows go through a file, not the heap (a few KB each with their 算定根拠); only the COPY into the table
 * is timed. The copy table is dropped afterwards.
 *
 * @param rows the rows COPY stored
 * @param seconds the time of the COPY into the table
 */
public record CopyFloor(long rows, double seconds) {

    /** Rows a second of the COPY. */
    public double rowsPerSecond() {
        return rows / seconds;
    }

    /** How many times the COPY's time a job that took {@code jobSeconds} for the same rows took. */
    public double ratio(double jobSeconds) {
        return jobSeconds / seconds;
    }

    /**
     * Measures the COPY of {@code select * from <table> where <where>} into a copy of the table, as the schema owner of
     * the test database.
     *
     * @param table the job's result table (a plain identifier)
     * @param where the condition selecting the run's rows (SQL text of the benchmark's own, not user input)
     */
    public static CopyFloor of(String table, String where) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection()) {
            return of(c, table, where);
        }
    }

    /** As {@link #of(String, String)} on a connection of the caller's (left open). */
    public static CopyFloor of(Connection c, String table, String where) throws Exception {
        String copy = table + "_copy_baseline";
        Path file = Files.createTempFile(table + "-copy", ".tsv");
        try (Statement st = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            try (var out = Files.newOutputStream(file)) {
                pg.getCopyAPI().copyOut("copy (select * from " + table + " where " + where + ") to stdout", out);
            }
            st.execute("create table " + copy + " (like " + table + " including defaults including indexes including storage)");
            String options = reloptions(st, table);
            if (options != null) {
                st.execute("alter table " + copy + " set (" + options + ")");
            }
            long start = System.nanoTime();
            long rows;
            try (var in = Files.newInputStream(file)) {
                rows = pg.getCopyAPI().copyIn("copy " + copy + " from stdin", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            st.execute("drop table " + copy);
            return new CopyFloor(rows, seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String reloptions(Statement st, String table) throws SQLException {
        try (ResultSet r = st.executeQuery("select array_to_string(reloptions, ', ') from pg_class where relname = '" + table
                + "' and relkind = 'r'")) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
