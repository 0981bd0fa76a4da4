package jp.kikan.jumin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import jp.kikan.jumin.demo.DemoCityConfig;
import jp.kikan.jumin.demo.DemoCityLoader;
import jp.kikan.jumin.domain.SearchKeys;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput and latency of the resident records service on a demo city (100,000 residents by default), over
 * real HTTP, next to the same machine's throughput on a trivial endpoint (GET /q/health/live) so the figures can
 * be compared across machines as ratios. Prints a table and writes {@code target/benchmark-results.md}; asserts
 * nothing about time (only that the requests succeeded).
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl modules/resident-records -am verify}. Knobs (system properties, passed
 * with {@code -D} on the Maven command line): {@code kikan.bench.residents} (100000), {@code kikan.bench.threads}
 * (8 client threads), {@code kikan.bench.warmup-seconds} (5), {@code kikan.bench.seconds} (20, per phase),
 * {@code kikan.bench.max-ops} (50000 requests per phase; 異動 is further bounded by the number of households).
 *
 * <p>Client and server share this JVM and machine (and the embedded PostgreSQL runs on it too): the baseline
 * pays the same client cost, which is why the ratios are the figures to compare.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ResidentRecordsBenchmark {

    private static final long SEED = 20261125L;

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

        @WithDefault("8")
        int threads();

        @WithDefault("5")
        int warmupSeconds();

        @WithDefault("20")
        int seconds();

        @WithDefault("50000")
        int maxOps();
    }

    @Inject
    BenchConfig bench;

    private int residents;
    private int threads;
    private Duration warmup;
    private Duration measure;
    private int maxOps;

    private HttpClient http;
    private String base;

    @Test
    void residentRecords() throws Exception {
        residents = bench.residents();
        threads = bench.threads();
        warmup = Duration.ofSeconds(bench.warmupSeconds());
        measure = Duration.ofSeconds(bench.seconds());
        maxOps = bench.maxOps();
        String lg = Tokens.CITY;
        DemoCityLoader.LoadResult load = new DemoCityLoader(dataSource).load(DemoCityConfig.demoCity(residents,
                DemoCityConfig.DEFAULT_SEED));
        long activeResidents = count("select count(*) from jumin where lg_code = '" + lg + "' and jumin_jotai = 'jumin'");
        assertThat(activeResidents).isGreaterThan(0);
        // a freshly bulk-loaded table has no statistics until autovacuum gets to it; a running city has them
        exec("analyze setai; analyze jumin; analyze jumin_rireki");

        Random rnd = new Random(SEED);
        List<String> households = strings("select setaibango from jumin where lg_code = '" + lg
                + "' and jumin_jotai = 'jumin' group by setaibango order by setaibango");
        Collections.shuffle(households, rnd);
        List<String[]> sample = rows("select r.shimei_furigana, r.uji_nihonjin, r.seinengappi from jumin j"
                + " join jumin_rireki r on r.lg_code = j.lg_code and r.atenabango = j.atenabango"
                + " and r.rirekibango = j.saishin_rirekibango where j.lg_code = '" + lg + "' and j.jumin_jotai = 'jumin'"
                + " order by md5(j.atenabango || '" + SEED + "') limit 5000", 3);
        List<String> kana = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        List<String> birthdays = new ArrayList<>();
        for (String[] s : sample) {
            String key = SearchKeys.kana(s[0]);
            if (key.length() >= 3) {
                int len = 2 + rnd.nextInt(2);
                int at = rnd.nextInt(key.length() - len + 1);
                kana.add(key.substring(at, at + len));
            }
            if (s[1] != null && !s[1].isBlank()) {
                surnames.add(s[1]);
            }
            if (s[2] != null) {
                birthdays.add(s[2]);
            }
        }

        base = "http://localhost:" + RestAssured.port;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

        // ---- a few responses through the contract (not in the measured loop: the validator costs more than
        // the server) --------------------------------------------------------------------------------------
        String clerk = Tokens.clerk();
        String reserved = households.remove(households.size() - 1);
        Api.ido(clerk).body(Map.of("setaibango", reserved, "idonengappi", today, "jusho", Fixtures.jusho("1番地1")))
                .post("/v1/ido/tenkyo").then().statusCode(201).body("idojiyu", equalTo("転居"));
        for (int i = 0; i < 3; i++) {
            Api.as(clerk).queryParam("kana", kana.get(i)).get("/v1/jumin").then().statusCode(200);
            Api.as(clerk).queryParam("shimei", surnames.get(i)).get("/v1/jumin").then().statusCode(200);
            Api.as(clerk).queryParam("seinengappi", birthdays.get(i)).get("/v1/jumin").then().statusCode(200);
        }

        List<Row> table = new ArrayList<>();

        // ---- (1) baseline ---------------------------------------------------------------------------------
        HttpRequest live = HttpRequest.newBuilder(URI.create(base + "/q/health/live")).GET().build();
        Stats baseline = run("baseline", i -> live, 200, maxOps * 4);
        table.add(new Row("baseline GET /q/health/live", "req/s", baseline, baseline));

        // ---- (2) 異動: 転居 of distinct random households ---------------------------------------------------
        String idoToken = Tokens.clerk();
        AtomicInteger nextHousehold = new AtomicInteger();
        IntFunction<HttpRequest> tenkyo = i -> {
            int h = nextHousehold.getAndIncrement();
            if (h >= households.size()) {
                return null;
            }
            String body = "{\"setaibango\":\"" + households.get(h) + "\",\"idonengappi\":\"" + today
                    + "\",\"jusho\":" + json(Fixtures.jusho((h % 50 + 1) + "番地" + (h % 20 + 1))) + "}";
            return HttpRequest.newBuilder(URI.create(base + "/v1/ido/tenkyo"))
                    .header("Authorization", "Bearer " + idoToken).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        };
        Stats idoBase = adjacentBaseline(live);
        long tenkyoBefore = count("select count(*) from platform_command where command_type = 'ido.tenkyo'");
        Stats ido = run("異動 (転居)", tenkyo, 201, maxOps);
        long tenkyoRecorded = count("select count(*) from platform_command where command_type = 'ido.tenkyo'") - tenkyoBefore;
        table.add(new Row("異動 POST /v1/ido/tenkyo (転居)", "cmd/s", ido, idoBase));

        // ---- (3) search ------------------------------------------------------------------------------------
        Stats base = adjacentBaseline(live);
        table.add(new Row("search GET /v1/jumin?kana= (2–3 kana, partial)", "req/s",
                run("search kana", search("kana", kana), 200, maxOps), base));
        base = adjacentBaseline(live);
        table.add(new Row("search GET /v1/jumin?shimei= (surname)", "req/s",
                run("search shimei", search("shimei", surnames), 200, maxOps), base));
        base = adjacentBaseline(live);
        table.add(new Row("search GET /v1/jumin?seinengappi= (date)", "req/s",
                run("search seinengappi", search("seinengappi", birthdays), 200, maxOps), base));

        String report = report(load, activeResidents, households.size() + 1, baseline, table, tenkyoRecorded);
        System.out.println(report);
        Path out = Path.of("target", "benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("[bench] written to " + out.toAbsolutePath());

        for (Row r : table) {
            assertThat(r.stats.errors).as(r.name + " errors: " + r.stats.firstErrors).isZero();
        }
        assertThat(tenkyoRecorded).isEqualTo(ido.warmupOk + ido.ok);
    }

    /**
     * A short baseline right before a phase: on a shared machine the load of other processes drifts, so each
     * ratio is taken against the trivial endpoint measured just before it.
     */
    private Stats adjacentBaseline(HttpRequest live) throws InterruptedException {
        Stats s = new Stats();
        drive(i -> live, new AtomicInteger(), 200, Duration.ofSeconds(3), Integer.MAX_VALUE, s);
        return s;
    }

    private IntFunction<HttpRequest> search(String param, List<String> values) {
        String token = Tokens.clerk();
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, new Random(SEED ^ param.hashCode()));
        return i -> HttpRequest.newBuilder(URI.create(base + "/v1/jumin?" + param + "="
                        + URLEncoder.encode(shuffled.get(i % shuffled.size()), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    // ---- load driver ---------------------------------------------------------------------------------------

    /** Outcome of one measured phase. */
    static final class Stats {
        long ok;
        long warmupOk;
        long errors;
        double seconds;
        long[] latenciesNanos;
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

        double perSecond() {
            return ok / seconds;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(idx, latenciesNanos.length - 1))] / 1e6;
        }
    }

    /**
     * Warm-up for {@link #warmup}, then a measured phase bounded by {@link #measure} and {@code limit} requests,
     * with {@link #threads} closed-loop clients. Request {@code i} is {@code next.apply(i)} (null: no more work).
     */
    private Stats run(String name, IntFunction<HttpRequest> next, int expected, int limit) throws InterruptedException {
        AtomicInteger index = new AtomicInteger();
        Stats warm = new Stats();
        drive(next, index, expected, warmup, Integer.MAX_VALUE, warm);
        Stats s = new Stats();
        s.warmupOk = warm.ok;
        drive(next, index, expected, measure, limit, s);
        System.out.printf(Locale.ROOT, "[bench] %-20s %8d ok %4d errors in %6.1f s: %9.1f /s, p50 %7.2f ms, p99 %7.2f ms%n",
                name, s.ok, s.errors, s.seconds, s.perSecond(), s.percentileMs(50), s.percentileMs(99));
        return s;
    }

    private void drive(IntFunction<HttpRequest> next, AtomicInteger index, int expected, Duration duration, int limit,
            Stats s) throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long[][] perThread = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = new Thread(() -> {
                long[] lat = new long[1024];
                int n = 0;
                try {
                    start.await();
                    long deadline = window[0] + duration.toNanos();
                    while (System.nanoTime() < deadline && issued.getAndIncrement() < limit) {
                        HttpRequest req = next.apply(index.getAndIncrement());
                        if (req == null) {
                            break;
                        }
                        long t0 = System.nanoTime();
                        int status;
                        byte[] body;
                        try {
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            status = r.statusCode();
                            body = r.body();
                        } catch (IOException e) {
                            status = -1;
                            body = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
                        }
                        long took = System.nanoTime() - t0;
                        if (status == expected) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = took;
                        } else {
                            errors.incrementAndGet();
                            if (s.firstErrors.size() < 3) {
                                s.firstErrors.add(status + " " + req.uri() + " "
                                        + new String(body, StandardCharsets.UTF_8));
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    perThread[me] = lat;
                    counts[me] = n;
                    done.countDown();
                }
            }, "bench-client-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        window[0] = System.nanoTime();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - window[0];
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        s.ok = total;
        s.errors = errors.get();
        s.seconds = elapsed / 1e9;
        s.latenciesNanos = all;
    }

    // ---- report ---------------------------------------------------------------------------------------------

    /** A measured phase and the baseline measured just before it (the ratio's base). */
    record Row(String name, String unit, Stats stats, Stats base) {
    }

    private String report(DemoCityLoader.LoadResult load, long activeResidents, int households, Stats baseline,
            List<Row> rows, long tenkyoRecorded) throws SQLException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Kikan resident records benchmark\n\n");
        sb.append(String.format(Locale.ROOT, "- city: %s, %,d residents in jumin state (%,d households); loaded %s%n",
                Tokens.CITY, activeResidents, households, load.skipped() ? "before (skipped)"
                        : String.format(Locale.ROOT, "%,d residents in %.1f s", load.loaded(),
                                load.elapsed().toMillis() / 1000.0)));
        sb.append(String.format(Locale.ROOT, "- machine: %d cores (%s), %s %s, %s %s; max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20));
        sb.append("- database: ").append(strings("select version()").get(0)).append(" (same machine; fsync=")
                .append(strings("show fsync").get(0)).append(", synchronous_commit=")
                .append(strings("show synchronous_commit").get(0)).append(")\n");
        sb.append(String.format(Locale.ROOT, "- load: %d closed-loop client threads in the test JVM (java.net.http,"
                + " HTTP/1.1), %d s warm-up + up to %d s / %,d requests per phase; client, server and database share"
                + " the machine%n", threads, warmup.toSeconds(), measure.toSeconds(), maxOps));
        sb.append(String.format(Locale.ROOT, "- JVM uptime at report %.0f s%n%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        sb.append("| phase | requests | throughput | baseline just before | ratio | p50 ms | p99 ms | errors |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Stats s = r.stats;
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f %s | %,.1f req/s | %.4f | %.2f | %.2f | %d |%n",
                    r.name, s.ok, s.perSecond(), r.unit, r.base.perSecond(), s.perSecond() / r.base.perSecond(),
                    s.percentileMs(50), s.percentileMs(99), s.errors));
        }
        sb.append('\n');
        for (Row r : rows) {
            Stats s = r.stats;
            if (s == baseline) {
                sb.append(String.format(Locale.ROOT, "baseline GET /q/health/live: %,.1f req/s (p50 %.2f ms, p99 %.2f ms)%n",
                        s.perSecond(), s.percentileMs(50), s.percentileMs(99)));
            } else {
                sb.append(String.format(Locale.ROOT, "%s: %,.1f %s (ratio %.4f to %,.1f req/s baseline just before),"
                        + " p50 %.2f ms, p99 %.2f ms%n", r.name, s.perSecond(), r.unit,
                        s.perSecond() / r.base.perSecond(), r.base.perSecond(), s.percentileMs(50),
                        s.percentileMs(99)));
            }
            s.firstErrors.forEach(e -> sb.append("  error: ").append(e).append('\n'));
        }
        sb.append(String.format(Locale.ROOT, "(転居 commands recorded in platform_command during warm-up + measurement: %,d)%n",
                tenkyoRecorded));
        sb.append(String.format(Locale.ROOT, "(load average at report: %.2f)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return sb.toString();
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

    private static String json(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return sb.append('}').toString();
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String part : sql.split(";")) {
                s.execute(part);
            }
        }
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
