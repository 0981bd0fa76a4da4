package jp.kikan.kaigo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobConfig;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.bench.BenchTable;
import jp.kikan.platform.test.bench.BenchWorkers;
import jp.kikan.platform.test.bench.CopyFloor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The annual 介護保険料 賦課 (kaigo-nenji-fuka) on a city of {@code kikan.bench.persons} (20,000) 第1号被保険者, each alone
 * in his 世帯 with local tax's income kept here (the feed's copy: no API call), by 2 workers (one per core) over 8
 * partitions, beside PostgreSQL's COPY of the same kaigo_fuka rows into a table of the same shape in the same run:
 * persons/s and the ratio to COPY. Bench profile only; fails on a wrong count, never on time. Figures in
 * target/benchmark-results-kaigo-nenji-fuka.md.
 */
@QuarkusTest
@TestProfile(KaigoNenjiFukaBenchmark.ServiceDefaults.class)
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class KaigoNenjiFukaBenchmark {

    /** The job as the service runs it: batches of 500, not the tests' 3. */
    public static class ServiceDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.jobs.batch-size", "500", "kikan.jobs.lease", "30S");
        }
    }

    private static final int NENDO = 2026;

    @Inject
    JobWorkers jobWorkers;

    @Inject
    JobConfig config;

    @Test
    void shouldPrintTheAnnualAssessmentRateBesideCopy() throws Exception {
        int n = Integer.getInteger("kikan.bench.persons", 20_000);
        int workers = Integer.getInteger("kikan.bench.workers", 2);
        long loadStart = System.nanoTime();
        load(n);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        String jobId = Api.as(Api.clerk()).body(Map.of("nendo", NENDO, "partitions", 8)).post("/v1/kaigo/nenji-fuka").then()
                .statusCode(201).extract().path("job_id");
        double jobSeconds = BenchWorkers.run(workers, jobWorkers::drain);
        var progress = Api.as(Api.clerk()).get("/v1/kaigo/nenji-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("status")).isEqualTo("done");
        assertThat(progress.getLong("assessed")).isEqualTo(n);

        CopyFloor copy = CopyFloor.of("kaigo_fuka", "nendo = " + NENDO);
        double rate = n / jobSeconds;
        new BenchTable("介護保険料 年次賦課 benchmark")
                .row("第1号被保険者 (each with a kept 所得情報)", "%,d", n)
                .row("load (SQL, not part of the job)", "%.1f s", loadSeconds)
                .row("workers / partitions / batch", "%d / 8 / %d", workers, config.batchSize())
                .row("年次賦課 time", "%.1f s", jobSeconds)
                .row("年次賦課 persons/s", "%,.0f", rate)
                .row(String.format("COPY of the same %,d kaigo_fuka rows (same run)", copy.rows()), "%.1f s (%,.0f rows/s)",
                        copy.seconds(), copy.rowsPerSecond())
                .row("ratio job time / COPY time", "%.2f×", copy.ratio(jobSeconds))
                .print("benchmark-results-kaigo-nenji-fuka.md");
    }

    /**
     * The city straight into the tables as the feeds leave them (set-based SQL): heads, a 取得 (転入 2015) each, the
     * 被保険者番号, and local tax's 所得情報 kept from its feed — incomes spread over the stages (課税/非課税, pensions).
     */
    private static void load(int n) throws Exception {
        String g = "from generate_series(1, " + n + ") g";
        String a = "'8' || lpad(g::text, 9, '0')";
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement()) {
            st.execute("insert into jumin (lg_code, atenabango, henko_bango, setaibango, shimei, shimei_furigana, seinengappi, "
                    + "zokugara, jumin_jotai, shien_sochi_taisho) select '" + Api.CITY + "', " + a + ", g, 'B' || g, '試験　' || g, "
                    + "'シケン', date '1930-01-01' + (g % 9000), '世帯主', 'jumin', g % 100 = 0 " + g);
            st.execute("insert into shikaku_rireki (lg_code, atenabango, rirekibango, ido_kubun, shikaku_ido_jiyu, koryokubi, "
                    + "idonengappi, shorinengappi, legal_basis, shori_at, actor) select '" + Api.CITY + "', " + a + ", 1, 'shutoku', "
                    + "'tennyu', date '2015-04-01', date '2015-04-01', current_date, '介護保険法第10条第2号', now(), 'bench' " + g);
            st.execute("insert into hihokensha_bango (lg_code, atenabango, hihokensha_bango, hakko_at) select '" + Api.CITY + "', "
                    + a + ", lpad(g::text, 10, '0'), now() " + g);
            st.execute("insert into shotoku_joho_kiroku (lg_code, nendo, atenabango, henko_bango, shotoku_joho, kiroku_at) "
                    + "select '" + Api.CITY + "', " + NENDO + ", " + a + ", g, jsonb_build_object('atenabango', " + a + ", 'nendo', "
                    + NENDO + ", 'mishinkoku', false, 'gokei_shotoku_kingaku', (g * 7919) % 6000000, 'so_shotoku_kingaku_to', "
                    + "(g * 7919) % 6000000, 'koteki_nenkin_shunyu', (g * 31) % 2500000, 'koteki_nenkin_shotoku', "
                    + "greatest((g * 31) % 2500000 - 1100000, 0), 'kintowari_kazei', g % 3 <> 0, 'shotokuwari_kazei', g % 3 <> 0), "
                    + "now() " + g);
            st.execute("analyze");
        }
    }
}
