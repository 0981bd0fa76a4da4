package jp.kikan.chihozei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobConfig;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import jp.kikan.platform.test.bench.BenchTable;
import jp.kikan.platform.test.bench.BenchWorkers;
import jp.kikan.platform.test.bench.CopyFloor;
import jp.kikan.platform.test.bench.StatementStats;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The annual assessment (当初賦課) on a city of {@code kikan.bench.residents} (100,000) taxpayers with a 申告 each,
 * by the service's own workers (2, one per core) over 8 partitions, beside PostgreSQL's COPY of the same result
 * rows into a table of the same shape in the same run: persons/s, the ratio to COPY, and the time for 1,000,000
 * (measured when residents ≥ 1,000,000, else extrapolated and said so). Bench profile only; fails on a wrong
 * count, never on time. Figures in target/benchmark-results-tosho-fuka.md.
 */
@QuarkusTest
@TestProfile(ToshoFukaBenchmark.ServiceDefaults.class)
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class ToshoFukaBenchmark {

    /**
     * The job as the service runs it: its own batch size (500) and lease, not the tests' (3 taxpayers a batch, to play
     * restarts in a few taxpayers).
     */
    public static class ServiceDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.jobs.batch-size", "500", "kikan.jobs.lease", "30S");
        }
    }

    /** The demo city みなみ市 (3級地 in its parameters); only this benchmark runs, so only its taxpayers count. */
    private static final String CITY = "999997";
    private static final int NENDO = 2025;

    @Inject
    JobWorkers worker;

    @Inject
    JobConfig config;

    @Test
    void shouldPrintTheAnnualAssessmentRateBesideCopy() throws Exception {
        int n = Integer.getInteger("kikan.bench.residents", 100_000);
        int workers = Integer.getInteger("kikan.bench.workers", 2);
        long loadStart = System.nanoTime();
        load(n);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        String clerk = TestTokens.staff("bench-zeimu", CITY, "zeimu-clerk");
        String jobId = Api.as(clerk).body(Map.of("nendo", NENDO, "partitions", 8)).post("/v1/kojin-juminzei/tosho-fuka")
                .then().statusCode(201).extract().path("job_id");
        StatementStats.reset();
        double jobSeconds = BenchWorkers.run(workers, worker::drain);
        var progress = Api.as(clerk).get("/v1/kojin-juminzei/tosho-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("status")).isEqualTo("done");
        assertThat(progress.getLong("assessed")).isEqualTo(n);

        String sizes = sizes();
        String statements = StatementStats.top(15);
        CopyFloor copy = CopyFloor.of("fuka", "lg_code = '" + CITY + "' and nendo = " + NENDO);
        double rate = n / jobSeconds;
        String million = n >= 1_000_000 ? String.format("%.0f s (measured)", jobSeconds * 1_000_000 / n)
                : String.format("≈ %.0f s (extrapolated from this run's rate; not measured)", 1_000_000 / rate);
        new BenchTable("当初賦課 benchmark")
                .row("taxpayers (each with a 申告)", "%,d", n)
                .row("load (SQL, not measured as part of the job)", "%.1f s", loadSeconds)
                .row("当初賦課 workers / partitions / batch", "%d / 8 / %d", workers, config.batchSize())
                .row("当初賦課 time", "%.1f s", jobSeconds)
                .row("当初賦課 persons/s", "%,.0f", rate)
                .row(String.format("COPY of the same %,d result rows (same run)", copy.rows()), "%.1f s (%,.0f rows/s)",
                        copy.seconds(), copy.rowsPerSecond())
                .row("ratio job time / COPY time", "%.2f× (goal ≤ 3×)", copy.ratio(jobSeconds))
                .row("goal ≥ 5,000 persons/s", "%s", rate >= 5000 ? "met" : "not met")
                .row("1,000,000 taxpayers", "%s", million)
                .after(sizes).after(statements)
                .print("benchmark-results-tosho-fuka.md");
    }

    /** The city straight into the tables (as the feed and the import would leave them), by set-based SQL. */
    private static void load(int n) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement()) {
            st.execute("insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, rirekibango, jumin_jotai, "
                    + "idojiyu, idonengappi, jumin_kaishibi, shien_sochi_taisho, item, torikomi_at) "
                    + "select '" + CITY + "', '7' || lpad(g::text, 9, '0'), g, 'jumin', 1, 'jumin', 'tennyu', date '2015-04-01', "
                    + "date '2015-04-01', false, '{}'::jsonb, now() from generate_series(1, " + n + ") g");
            st.execute("insert into nozeigimusha (lg_code, atenabango, kubun, henko_bango, shimei, shimei_furigana, seinengappi, "
                    + "seibetsu, jusho, jumin_jotai, shien_sochi_taisho, kana_key) select '" + CITY + "', '7' || lpad(g::text, 9, '0'), "
                    + "'jumin', g, '試験　' || g, 'シケン', date '1950-01-01' + (g % 18000), '1', 'みなみ市', 'jumin', false, 'シケン' "
                    + "from generate_series(1, " + n + ") g");
            // incomes spread over salary, pension and business, with the common deductions
            st.execute("insert into shinkoku (lg_code, atenabango, nendo, version, naiyo, shorinengappi, shori_at, actor) "
                    + "select '" + CITY + "', '7' || lpad(g::text, 9, '0'), " + NENDO + ", 1, jsonb_build_object("
                    + "'shunyu', jsonb_build_object('kyuyo_shunyu', (g * 7919) % 9000000, 'koteki_nenkin_shunyu', "
                    + "case when g % 4 = 0 then 1200000 + (g % 2000000) else 0 end, 'jigyo_shotoku', case when g % 9 = 0 then "
                    + "(g * 31) % 4000000 else 0 end), 'shiharai', jsonb_build_object('shakai_hokenryo', ((g * 7919) % 9000000) "
                    + "* 15 / 100, 'jishin_hokenryo', g % 50000, 'iryohi', case when g % 7 = 0 then 150000 + g % 300000 else 0 end), "
                    + "'kifukin', jsonb_build_object('furusato_nozei', case when g % 5 = 0 then 30000 else 0 end, "
                    + "'onestop_tokurei', g % 10 = 0)), current_date, now(), 'bench' from generate_series(1, " + n + ") g");
            st.execute("analyze");
        }
    }

    /** What one assessment stores, on average (pg_column_size: as stored, after any compression). */
    private static String sizes() throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("select avg(pg_column_size(f.*)), avg(pg_column_size(kekka)), "
                        + "avg(octet_length(kekka::text)), avg(pg_column_size(choshu)), (select avg(pg_column_size(payload)) "
                        + "from outbox_event where lg_code = '" + CITY + "'), pg_total_relation_size('fuka') from fuka f "
                        + "where lg_code = '" + CITY + "' and nendo = " + NENDO)) {
            r.next();
            return String.format(Locale.ROOT, "| stored per assessment: row / kekka (its text) / choshu / event payload | "
                    + "%,.0f / %,.0f (%,.0f) / %,.0f / %,.0f bytes |%n| fuka with its indexes and TOAST | %,d MB |%n",
                    r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getLong(6) >> 20);
        }
    }
}
