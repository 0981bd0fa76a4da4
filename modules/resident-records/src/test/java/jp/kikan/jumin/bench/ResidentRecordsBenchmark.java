package jp.kikan.jumin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import jp.kikan.jumin.demo.DemoCityConfig;
import jp.kikan.jumin.demo.DemoCityLoader;
import jp.kikan.jumin.domain.SearchKeys;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hot paths of the resident records service (platform issue §4) on a demo city of 100,000 residents,
 * under an open-model load from Gatling ({@code modules/bench-gatling}, {@code ResidentRecordsSimulation}),
 * next to the trivial endpoint {@code GET /q/health/live} measured by Gatling in the same run: every ratio is
 * a phase's throughput over that baseline's, so figures compare across machines.
 *
 * <p>This test boots the service (@QuarkusTest, embedded PostgreSQL), loads the city, writes the simulation's
 * input (households to move, search terms drawn from the city), starts Gatling in a JVM of its own (its Netty
 * differs from Quarkus's) against the test port, and then prints a table — phase, offered rate, throughput,
 * ratio to baseline, p50, p95, p99, errors, §4's goal — and writes it to {@code target/benchmark-results.md};
 * Gatling's HTML report stays under {@code target/gatling/}. While the load runs, {@code pg_stat_activity} is
 * sampled: the table shows how many sessions waited on a lock of {@code access_log_head} (a read's log entry)
 * or {@code outbox_counter} (a 異動's events), so "reads do not queue" is measured, not assumed. Afterwards the
 * access log is verified (every chain intact). It asserts no time: only that every request succeeded.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl modules/resident-records -am verify}. Knobs ({@code -D} on the Maven
 * command line): {@code kikan.bench.residents} (100000), {@code kikan.bench.warmup-seconds} (5),
 * {@code kikan.bench.seconds} (30 per phase), {@code kikan.bench.rate-baseline} (1000 arrivals/s),
 * {@code kikan.bench.rate-tenkyo} (320/s), {@code kikan.bench.rate-search} (100/s for each search).
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ResidentRecordsBenchmark {

    private static final long SEED = 20261125L;
    private static final String SIMULATION = "jp.kikan.bench.gatling.ResidentRecordsSimulation";

    @Inject
    AgroalDataSource dataSource;

    /**
     * {@code kikan.bench.*}: read through Quarkus config (a system property under {@code kikan.} that no mapping
     * declares is refused at startup, since {@code kikan} is a {@link ConfigMapping} root).
     */
    @ConfigMapping(prefix = "kikan.bench")
    interface BenchConfig {
        @WithDefault("100000")
        int residents();

        @WithDefault("5")
        int warmupSeconds();

        @WithDefault("30")
        int seconds();

        @WithDefault("1000")
        int rateBaseline();

        @WithDefault("320")
        int rateTenkyo();

        @WithDefault("100")
        int rateSearch();
    }

    @Inject
    BenchConfig bench;

    /** A phase of the simulation, what §4 asks of it, and the figure of the harness before. */
    record Phase(String key, String label, String unit, String goal, String today) {
    }

    static final List<Phase> PHASES = List.of(
            new Phase("baseline", "baseline `GET /q/health/live`", "req/s", "", ""),
            new Phase("kana", "search by kana (2–3 kana, partial)", "req/s", "p99 ≤ 50 ms", "p99 183 ms"),
            new Phase("shimei", "search by surname", "req/s", "p99 ≤ 50 ms", "p99 481 ms"),
            new Phase("seinengappi", "search by birth date", "req/s", "p99 ≤ 50 ms", ""),
            new Phase("jusho", "search by address", "req/s", "p99 ≤ 50 ms", ""),
            new Phase("tenkyo", "異動 `POST /v1/ido/tenkyo` (転居)", "cmd/s", "≥ 300 cmd/s", "67.5/s, p50 115 ms"));

    @Test
    void residentRecords() throws Exception {
        String lg = Tokens.CITY;
        Path target = Path.of("target");
        DemoCityLoader.LoadResult load = new DemoCityLoader(dataSource).load(DemoCityConfig.demoCity(bench.residents(),
                DemoCityConfig.DEFAULT_SEED));
        long activeResidents = count("select count(*) from jumin where lg_code = '" + lg + "' and jumin_jotai = 'jumin'");
        assertThat(activeResidents).isGreaterThan(0);
        // a freshly bulk-loaded table has no statistics until autovacuum gets to it; a running city has them.
        // Only the owner may ANALYZE (the service's runtime role may not).
        String vacuumed = BenchDatabase.vacuum(List.of("setai", "jumin", "jumin_rireki", "jumin_sakuin"));

        // ---- the simulation's input, drawn from the city -----------------------------------------------------
        Random rnd = new Random(SEED);
        List<String> households = strings("select setaibango from jumin where lg_code = '" + lg
                + "' and jumin_jotai = 'jumin' group by setaibango order by setaibango");
        Collections.shuffle(households, rnd);
        SearchTerms terms = SearchTerms.draw(rows(SearchTerms.sampleSql(lg, SEED), SearchTerms.SAMPLE_COLUMNS), rnd);
        List<String> kana = terms.kana();
        List<String> surnames = terms.surnames();
        List<String> birthdays = terms.birthdays();
        List<String> addresses = terms.addresses();
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

        // ---- a few responses through the contract (not under load: the validator costs more than the server) --
        String clerk = Tokens.clerk();
        String reserved = households.remove(households.size() - 1);
        Api.ido(clerk).body(Map.of("setaibango", reserved, "idonengappi", today, "jusho", Fixtures.jusho("1番地1")))
                .post("/v1/ido/tenkyo").then().statusCode(201).body("idojiyu", equalTo("転居"));
        for (int i = 0; i < 3; i++) {
            Api.as(clerk).queryParam("kana", kana.get(i)).get("/v1/jumin").then().statusCode(200);
            Api.as(clerk).queryParam("shimei", surnames.get(i)).get("/v1/jumin").then().statusCode(200);
            Api.as(clerk).queryParam("seinengappi", birthdays.get(i)).get("/v1/jumin").then().statusCode(200);
            Api.as(clerk).queryParam("jusho", addresses.get(i)).get("/v1/jumin").then().statusCode(200);
        }

        ObjectMapper json = new ObjectMapper();
        Path data = Files.createDirectories(target.resolve("gatling-data"));
        List<Map<String, String>> tenkyo = new ArrayList<>();
        for (int h = 0; h < households.size(); h++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("setaibango", households.get(h));
            body.put("idonengappi", today);
            body.put("jusho", Fixtures.jusho((h % 50 + 1) + "番地" + (h % 20 + 1)));
            tenkyo.add(Map.of("body", json.writeValueAsString(body)));
        }
        json.writeValue(data.resolve("tenkyo.json").toFile(), tenkyo);
        writeTerms(json, data.resolve("kana.json"), kana, "kana");
        writeTerms(json, data.resolve("shimei.json"), surnames, "shimei");
        writeTerms(json, data.resolve("seinengappi.json"), birthdays, "seinengappi");
        writeTerms(json, data.resolve("jusho.json"), addresses, "jusho");

        // ---- Gatling, in a JVM of its own, against the test port --------------------------------------------
        long tenkyoBefore = count("select count(*) from platform_command where command_type = 'ido.tenkyo'");
        long logBefore = count("select coalesce(max(id), 0) from access_log");
        Path results = Files.createDirectories(target.resolve("gatling"));
        Path windows = target.resolve("gatling-windows.properties");
        Files.deleteIfExists(windows);
        boolean statementStats = Boolean.getBoolean(EmbeddedPostgresResource.STATEMENT_STATS);
        if (statementStats) {
            try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement s = c.createStatement()) {
                s.execute("select pgstats.pg_stat_statements_reset()");
            }
        }
        LockSampler sampler = new LockSampler();
        sampler.start();
        int exit;
        try {
            exit = gatling(data, results, windows, TestTokens.staff("clerk", lg, Duration.ofHours(2), "jumin-clerk"));
        } finally {
            sampler.stop();
        }
        assertThat(exit).as("Gatling's exit code (see the [gatling] lines above)").isZero();
        Properties w = new Properties();
        try (Reader r = Files.newBufferedReader(windows)) {
            w.load(r);
        }
        long tenkyoRecorded = count("select count(*) from platform_command where command_type = 'ido.tenkyo'")
                - tenkyoBefore;
        List<String[]> chains = rows("select chain, count(*) from access_log where lg_code = '" + lg
                + "' and id > " + logBefore + " and action = 'kensaku' group by chain order by chain", 2);
        String verification = Api.as(Tokens.auditor()).get("/v1/access-log/verification").then().statusCode(200)
                .extract().asString();
        boolean intact = Api.as(Tokens.auditor()).get("/v1/access-log/verification").then().statusCode(200)
                .extract().path("intact");

        String report = report(load, vacuumed, activeResidents, households.size() + 1, w, sampler, chains,
                verification, tenkyoRecorded, newestReport(results)) + (statementStats ? statements() : "")
                + plans(lg, mostCommon(surnames), mostCommon(kana.stream().filter(k -> k.length() == 2).toList()));
        System.out.println(report);
        Path out = target.resolve("benchmark-results.md");
        Files.writeString(out, report);
        System.out.println("[bench] written to " + out.toAbsolutePath());

        for (Phase p : PHASES) {
            assertThat(lng(w, p.key + ".ko") + lng(w, p.key + ".warmup.ko")).as(p.key + " errors (KO)").isZero();
            assertThat(lng(w, p.key + ".ok")).as(p.key + " requests").isPositive();
        }
        assertThat(tenkyoRecorded).isEqualTo(lng(w, "tenkyo.ok") + lng(w, "tenkyo.warmup.ok"));
        assertThat(intact).as("access log verification after the load: " + verification).isTrue();
    }

    private static void writeTerms(ObjectMapper json, Path file, List<String> terms, String what) throws IOException {
        assertThat(terms).as("search terms by " + what).isNotEmpty();
        List<String> shuffled = new ArrayList<>(terms);
        Collections.shuffle(shuffled, new Random(SEED ^ what.hashCode()));
        json.writeValue(file.toFile(), shuffled.stream().map(t -> Map.of("term", t)).toList());
    }

    /** Runs the simulation; its console goes to this output prefixed "[gatling]" and to target/gatling/gatling.log. */
    private int gatling(Path data, Path results, Path windows, String token) throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("bench.gatling.module", "../bench-gatling")).toAbsolutePath()
                .normalize();
        Path classpathFile = module.resolve("target/gatling.classpath");
        assertThat(classpathFile).as("Gatling's classpath (built by modules/bench-gatling in the bench profile)")
                .exists();
        String classpath = module.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(classpathFile).strip();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                // Gatling asks the internet for a newer release at start: this load generator talks to this machine only
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9",
                "-Dbench.base-url=http://localhost:" + RestAssured.port,
                "-Dbench.token=" + token,
                "-Dbench.data=" + data.toAbsolutePath(),
                "-Dbench.windows=" + windows.toAbsolutePath(),
                "-Dbench.warmup-seconds=" + bench.warmupSeconds(),
                "-Dbench.seconds=" + bench.seconds(),
                "-Dbench.rate.baseline=" + bench.rateBaseline(),
                "-Dbench.rate.tenkyo=" + bench.rateTenkyo(),
                "-Dbench.rate.search=" + bench.rateSearch(),
                "-cp", classpath, "io.gatling.app.Gatling",
                "-s", SIMULATION, "-rf", results.toAbsolutePath().toString(),
                "-rd", "resident records, " + bench.residents() + " residents"));
        System.out.println("[bench] starting Gatling: " + SIMULATION + " against port " + RestAssured.port);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                var log = Files.newBufferedWriter(results.resolve("gatling.log"))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("[gatling] " + line);
                log.write(line);
                log.newLine();
            }
        }
        return p.waitFor();
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> s = Files.list(results)) {
            return s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("index.html")))
                    .max(Comparator.comparing(d -> d.getFileName().toString())).map(d -> d.resolve("index.html"))
                    .orElse(null);
        }
    }

    // ---- lock waits while the load runs -------------------------------------------------------------------------

    /**
     * Samples pg_stat_activity every 20 ms: how many sessions wait on a lock while running a statement on the
     * access log's chain heads, on the outbox counter, or on anything.
     */
    final class LockSampler {
        record Sample(long at, int accessLogHead, int outboxCounter, int anyLock, int active) {
        }

        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "select count(*) filter (where wait_event_type = 'Lock' and query ilike '%access_log_head%'),"
                                + " count(*) filter (where wait_event_type = 'Lock' and query ilike '%outbox_counter%'),"
                                + " count(*) filter (where wait_event_type = 'Lock'),"
                                + " count(*) filter (where state = 'active')"
                                + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
                    while (running) {
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            samples.add(new Sample(System.currentTimeMillis(), r.getInt(1), r.getInt(2), r.getInt(3),
                                    r.getInt(4)));
                        }
                        Thread.sleep(20);
                    }
                } catch (SQLException e) {
                    System.out.println("[bench] lock sampler stopped: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-lock-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        /** Samples within [from, to]: count, with a wait on the head / the counter / any lock; max waiting. */
        String describe(long from, long to) {
            List<Sample> in = samples.stream().filter(s -> s.at >= from && s.at <= to).toList();
            if (in.isEmpty()) {
                return "no samples";
            }
            long head = in.stream().filter(s -> s.accessLogHead > 0).count();
            long counter = in.stream().filter(s -> s.outboxCounter > 0).count();
            int maxHead = in.stream().mapToInt(Sample::accessLogHead).max().orElse(0);
            int maxCounter = in.stream().mapToInt(Sample::outboxCounter).max().orElse(0);
            double active = in.stream().mapToInt(Sample::active).average().orElse(0);
            return String.format(Locale.ROOT, "%d samples, mean %.1f active statements; waiting on access_log_head in"
                    + " %d (max %d at once), on outbox_counter in %d (max %d at once)", in.size(), active, head,
                    maxHead, counter, maxCounter);
        }

        String headWaits(long from, long to) {
            List<Sample> in = samples.stream().filter(s -> s.at >= from && s.at <= to).toList();
            return in.isEmpty() ? "–" : String.format(Locale.ROOT, "%d / %d", in.stream()
                    .filter(s -> s.accessLogHead > 0).count(), in.size());
        }
    }

    // ---- report -------------------------------------------------------------------------------------------------

    private String report(DemoCityLoader.LoadResult load, String vacuumed, long activeResidents, int households,
            Properties w, LockSampler sampler, List<String[]> chains, String verification, long tenkyoRecorded,
            Path html)
            throws SQLException {
        double baseline = throughput(w, "baseline");
        StringBuilder sb = new StringBuilder();
        sb.append("# Kikan resident records benchmark (platform issue §4, hot paths)\n\n");
        sb.append(String.format(Locale.ROOT, "- city: %s, %,d residents in jumin state (%,d households); loaded %s%n",
                Tokens.CITY, activeResidents, households, load.skipped() ? "before (skipped)"
                        : String.format(Locale.ROOT, "%,d residents in %.1f s", load.loaded(),
                                load.elapsed().toMillis() / 1000.0)));
        sb.append("- after the load, VACUUM ANALYZE: ").append(vacuumed).append('\n');
        sb.append(String.format(Locale.ROOT, "- machine: %d cores (%s), %s %s, %s %s; service heap max %d MiB%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20));
        sb.append("- database: ").append(strings("select version()").get(0)).append(" (embedded, same machine; fsync=")
                .append(strings("show fsync").get(0)).append(", synchronous_commit=")
                .append(strings("show synchronous_commit").get(0)).append(")\n");
        sb.append(String.format(Locale.ROOT, "- load: Gatling 3.14.9 in its own JVM on the same machine, open model"
                + " (arrivals per second, one request per virtual user, shared keep-alive connections); per phase a"
                + " %s s ramp to the rate (warm-up, not counted), then the rate held for %s s; phases one after"
                + " the other; every status checked (201 for 転居, 200 otherwise)%n", w.getProperty("warmup-seconds"),
                w.getProperty("seconds")));
        sb.append("- throughput = OK responses / (last response − first request) of the measured part; latency as"
                + " Gatling measures it (ms)\n");
        sb.append("- Gatling HTML report: ").append(html == null ? "(none)" : html.toAbsolutePath()).append('\n');
        sb.append(String.format(Locale.ROOT, "- load average at report: %.2f (other processes on the machine count:"
                + " compare ratios)%n%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        sb.append("| phase | offered | throughput | ratio to baseline | p50 ms | p95 ms | p99 ms | errors | §4 goal |"
                + " issue's \"today\" |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Phase p : PHASES) {
            double t = throughput(w, p.key);
            long errors = lng(w, p.key + ".ko") + lng(w, p.key + ".warmup.ko");
            sb.append(String.format(Locale.ROOT, "| %s | %s/s | %,.1f %s | %s | %s | %s | %s | %d | %s | %s |%n",
                    p.label, trim(w.getProperty(p.key + ".rate")), t, p.unit,
                    p.key.equals("baseline") ? "1" : String.format(Locale.ROOT, "%.4f", t / baseline),
                    w.getProperty(p.key + ".p50"), w.getProperty(p.key + ".p95"), w.getProperty(p.key + ".p99"), errors,
                    goal(p, t, dbl(w, p.key + ".p99")), p.today));
        }
        sb.append('\n');
        sb.append("Lock waits sampled from pg_stat_activity every 20 ms during each measured phase:\n\n");
        for (Phase p : PHASES) {
            sb.append("- ").append(p.key).append(": ")
                    .append(sampler.describe(lng(w, p.key + ".first"), lng(w, p.key + ".last"))).append('\n');
        }
        sb.append("\nSearch entries in the access log during the load, by chain (chain: entries): ");
        for (String[] c : chains) {
            sb.append(c[0]).append(": ").append(c[1]).append("  ");
        }
        sb.append("\nAccess log verification after the load: ").append(verification).append('\n');
        sb.append(String.format(Locale.ROOT, "転居 commands recorded in platform_command (warm-up + measured): %,d;"
                + " Gatling OK: %,d%n", tenkyoRecorded, lng(w, "tenkyo.ok") + lng(w, "tenkyo.warmup.ok")));
        return sb.toString();
    }

    private static String mostCommon(List<String> values) {
        return values.stream().collect(java.util.stream.Collectors.groupingBy(v -> v, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * Plans, after the load, of the searches with most hits — a page of the commonest surname and of the
     * commonest two kana — in the shape the repository sends (JuminSearch): the search index's range for a term it
     * holds (a name of 1–2 characters, 2–3 kana), else at most 1,001 hits through the bigram indexes.
     */
    private static String plans(String lg, String surname, String twoKana) throws SQLException {
        StringBuilder sb = new StringBuilder("\nPlans after the load (EXPLAIN ANALYZE, BUFFERS) of a page of the"
                + " searches with most hits:\n");
        String[][] queries = {
            {"surname " + surname, "s", "shimei_key", SearchKeys.shimei(surname)},
            {"kana " + twoKana, "k", "kana_key", SearchKeys.kana(twoKana)},
        };
        try (Connection c = EmbeddedPostgresResource.ownerConnection()) {
            for (String[] q : queries) {
                int length = q[3].codePointCount(0, q[3].length());
                boolean indexed = q[1].equals("s") ? length <= 2 : length >= 2 && length <= 3;
                // (a term the index does not hold: here without the bigram condition the repository adds)
                String where = "lg_code = ? and jumin_jotai = 'jumin' and " + q[2] + " like '%' || ? || '%'";
                sb.append("\n").append(q[0]).append(": ");
                try (PreparedStatement ps = c.prepareStatement("select count(*) from jumin where lg_code = ? and"
                        + " jumin_jotai = 'jumin' and strpos(" + q[2] + ", ?) > 0")) {
                    ps.setString(1, lg);
                    ps.setString(2, q[3]);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        sb.append(r.getLong(1)).append(" hits\n\n```\n");
                    }
                }
                String page = indexed
                        ? "select p.atenabango, c.n from (select count(*) as n from (select 1 from jumin_sakuin where"
                                + " lg_code = ? and kind = '" + q[1] + "' and gram = ? limit 1001) x) c left join lateral"
                                + " (select atenabango from jumin_sakuin where lg_code = ? and kind = '" + q[1] + "' and"
                                + " gram = ? order by kana_key, atenabango offset 0 limit 20) p on true"
                        : "with hits as materialized (select atenabango, kana_key from jumin where " + where
                                + " limit 1001) select h.atenabango, (select count(*) from hits) from (select 1) one"
                                + " left join lateral (select atenabango from hits where (select count(*) from hits)"
                                + " < 1001 order by kana_key, atenabango offset 0 limit 20) h on true";
                // as planned for the values, and as a prepared statement's generic plan (what a statement the
                // service sends often may get)
                for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                    try (Statement st = c.createStatement()) {
                        st.execute("set plan_cache_mode = " + mode);
                    }
                    sb.append("-- ").append(mode).append('\n');
                    try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + page)) {
                        ps.setString(1, lg);
                        ps.setString(2, q[3]);
                        if (indexed) {
                            ps.setString(3, lg);
                            ps.setString(4, q[3]);
                        }
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                sb.append(r.getString(1)).append('\n');
                            }
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("reset plan_cache_mode");
                }
                sb.append("```\n");
            }
        }
        return sb.toString();
    }

    /** The statements the database spent most time on while Gatling ran (pg_stat_statements). */
    private static String statements() throws SQLException {
        StringBuilder sb = new StringBuilder("\nStatements by total time in the database while Gatling ran"
                + " (pg_stat_statements; calls, mean and max ms, rows per call):\n\n");
        sb.append("| total ms | calls | mean ms | max ms | rows/call | statement |\n|---:|---:|---:|---:|---:|---|\n");
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); PreparedStatement ps = c.prepareStatement(
                "select total_exec_time, calls, mean_exec_time, max_exec_time, rows::float8 / greatest(calls, 1),"
                        + " regexp_replace(query, '\\s+', ' ', 'g') from pgstats.pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " order by total_exec_time desc limit 20");
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                String q = r.getString(6);
                sb.append(String.format(Locale.ROOT, "| %,.0f | %,d | %.3f | %.1f | %.1f | `%s` |%n", r.getDouble(1),
                        r.getLong(2), r.getDouble(3), r.getDouble(4), r.getDouble(5),
                        (q.length() > 220 ? q.substring(0, 220) + "…" : q).replace("|", "\\|")));
            }
        }
        return sb.toString();
    }

    private static String goal(Phase p, double throughput, double p99) {
        return switch (p.key) {
            case "baseline" -> "";
            case "tenkyo" -> p.goal + (throughput >= 300 ? " — met" : " — **not met**");
            default -> p.goal + (p99 <= 50 ? " — met" : " — **not met**");
        };
    }

    private static double throughput(Properties w, String phase) {
        long ms = lng(w, phase + ".last") - lng(w, phase + ".first");
        return ms <= 0 ? 0 : lng(w, phase + ".ok") * 1000.0 / ms;
    }

    private static long lng(Properties w, String key) {
        return Long.parseLong(w.getProperty(key, "0"));
    }

    private static double dbl(Properties w, String key) {
        String v = w.getProperty(key);
        return v == null || v.equals("NaN") ? Double.NaN : Double.parseDouble(v);
    }

    private static String trim(String rate) {
        return rate == null ? "?" : rate.replaceAll("\\.0$", "");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }

    // ---- small helpers -----------------------------------------------------------------------------------

    private long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] r : rows(sql, 1)) {
            out.add(r[0]);
        }
        return out;
    }

    private List<String[]> rows(String sql, int columns) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
