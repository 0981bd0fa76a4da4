package jp.kikan.kokuho.bench;

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
import java.util.Map;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobConfig;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.bench.BenchTable;
import jp.kikan.platform.test.bench.BenchWorkers;
import jp.kikan.platform.test.bench.CopyFloor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The annual 本算定 (kokuho-honsantei) on a city of {@code kikan.bench.residents} (100,000) residents in households
 * shaped as the demo city's (1 ≈ 38 %, 2 ≈ 28 %, 3 ≈ 17 %, 4 ≈ 12 %, 5 ≈ 5 %; DemoCityGenerator), every one insured
 * here since 2015 and with local tax's income kept here (the feed's copy: no API call), by 2 workers (one per core)
 * over 8 partitions with the service's batch size, beside PostgreSQL's COPY of the same kokuho_fuka rows into a table
 * of the same shape in the same run: households/s and the ratio to COPY. Bench profile only; fails when a household
 * is not assessed exactly once, never on time. Figures in target/benchmark-results-kokuho-honsantei.md.
 */
@QuarkusTest
@TestProfile(KokuhoHonsanteiBenchmark.ServiceDefaults.class)
@Tag("benchmark")
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class KokuhoHonsanteiBenchmark {

    /** The job as the service runs it (application.properties: batches of 200, a lease of 30 s), not the tests' 3. */
    public static class ServiceDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kikan.jobs.batch-size", System.getProperty("kikan.bench.batch-size", "200"), "kikan.jobs.lease", "30S");
        }
    }

    /** 令和7年度, as HonsanteiTest (the demo city's rates). */
    private static final int NENDO = 2025;

    @Inject
    JobWorkers jobWorkers;

    @Inject
    JobConfig config;

    @Test
    void shouldPrintTheHonsanteiRateBesideCopy() throws Exception {
        int residents = Integer.getInteger("kikan.bench.residents", 100_000);
        int workers = Integer.getInteger("kikan.bench.workers", 2);
        int partitions = Integer.getInteger("kikan.bench.partitions", 8);
        long loadStart = System.nanoTime();
        long[] loaded = load(residents);
        long households = loaded[0];
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        String jobId = Api.as(Api.clerk()).contentType("application/json").body(Map.of("nendo", NENDO, "partitions", partitions))
                .post("/v1/kokuho/honsantei").then().statusCode(201).extract().path("job_id");
        double jobSeconds = BenchWorkers.run(workers, jobWorkers::drain);

        var progress = Api.as(Api.clerk()).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("status")).isEqualTo("done");
        assertThat(progress.getLong("total")).isEqualTo(households);
        assertThat(progress.getLong("processed")).isEqualTo(households);
        assertThat(progress.getLong("assessed")).isEqualTo(households);
        assertThat(progress.getLong("errors")).isZero();
        // every household exactly once: one version each, none missing, none twice
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*), count(distinct setaibango), max(version) from kokuho_fuka "
                        + "where lg_code = '" + Api.CITY + "' and nendo = " + NENDO + " and setaibango like 'B%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(households);
            assertThat(rs.getLong(2)).isEqualTo(households);
            assertThat(rs.getInt(3)).isEqualTo(1);
        }

        CopyFloor copy = CopyFloor.of("kokuho_fuka", "nendo = " + NENDO + " and setaibango like 'B%'");
        double rate = households / jobSeconds;
        new BenchTable("国民健康保険税 本算定 benchmark")
                .row("residents / households (all insured, each with a kept 所得情報)", "%,d / %,d", loaded[1], households)
                .row("load (SQL, not part of the job)", "%.1f s", loadSeconds)
                .row("workers / partitions / batch", "%d / %d / %d", workers, partitions, config.batchSize())
                .row("本算定 time", "%.1f s", jobSeconds)
                .row("本算定 households/s", "%,.0f", rate)
                .row(String.format("COPY of the same %,d kokuho_fuka rows (same run)", copy.rows()), "%.1f s (%,.0f rows/s)",
                        copy.seconds(), copy.rowsPerSecond())
                .row("ratio job time / COPY time", "%.2f×", copy.ratio(jobSeconds))
                .row("stored per household: row / kekka (算定根拠)", "%,d / %,d B", bytes("pg_column_size(f.*)"),
                        bytes("pg_column_size(f.kekka)"))
                .print("benchmark-results-kokuho-honsantei.md");
    }

    /**
     * The city straight into the tables as the feeds leave them (set-based SQL): heads and one version each in
     * resident records' feed (世帯主, 妻, 子), a 取得 (転入 2015, or the birth), and local tax's 所得情報 kept from its
     * feed — incomes spread over 軽減 and 賦課限度額, 介護分 ages among them.
     *
     * @return households, residents
     */
    private static long[] load(int residents) throws Exception {
        long h = Math.round(residents / 2.18);
        String lg = "'" + Api.CITY + "'";
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement()) {
            st.execute("create temp table bench_setai as select h, case when h % 100 < 38 then 1 when h % 100 < 66 then 2 "
                    + "when h % 100 < 83 then 3 when h % 100 < 95 then 4 else 5 end as n from generate_series(1, " + h + ") h");
            st.execute("create temp table bench_hito as select h, i, row_number() over (order by h, i) as g, "
                    + "'8' || lpad((row_number() over (order by h, i))::text, 9, '0') as a, 'B' || lpad(h::text, 9, '0') as s, "
                    + "case i when 1 then '世帯主' when 2 then '妻' else '子' end as z, "
                    + "case when i = 1 then date '1952-01-01' + (h * 37 % 19000)::int "
                    + "when i = 2 then date '1952-01-01' + (h * 37 % 19000)::int + (h % 4) * 365 "
                    + "else date '2000-01-01' + ((h * 53 + i) % 8900)::int end as b "
                    + "from bench_setai, generate_series(1, n) i");
            st.execute("insert into jumin (lg_code, atenabango, henko_bango, setaibango, shimei, shimei_furigana, seinengappi, "
                    + "zokugara, jumin_jotai, shien_sochi_taisho) select " + lg + ", a, g, s, '試験　' || g, 'シケン', b, z, "
                    + "'jumin', g % 100 = 0 from bench_hito");
            st.execute("insert into jumin_kiroku (lg_code, atenabango, henko_bango, henko_shubetsu, setaibango, zokugara, "
                    + "jumin_jotai, idojiyu, idonengappi, shorinengappi, shien_sochi_taisho, item, torikomi_at) select " + lg
                    + ", a, g, 'jumin', s, z, 'jumin', '転入', greatest(b, date '2015-04-01'), greatest(b, date '2015-04-01'), "
                    + "g % 100 = 0, jsonb_build_object('atenabango', a, 'setaibango', s), now() from bench_hito");
            st.execute("insert into shikaku_rireki (lg_code, atenabango, rirekibango, ido_kubun, shikaku_ido_jiyu, "
                    + "shikaku_shutokubi, idonengappi, shorinengappi, legal_basis, henko_bango, shori_at, actor) select " + lg
                    + ", a, 1, 'shutoku', case when b > date '2015-04-01' then 'shussei' else 'tennyu' end, "
                    + "greatest(b, date '2015-04-01'), greatest(b, date '2015-04-01'), greatest(b, date '2015-04-01'), "
                    + "'国民健康保険法第5条・第7条', g, now(), 'bench' from bench_hito");
            st.execute("insert into shotoku_joho_kiroku (lg_code, nendo, atenabango, henko_bango, shotoku_joho, kiroku_at) "
                    + "select " + lg + ", " + NENDO + ", a, g, jsonb_build_object('atenabango', a, 'nendo', " + NENDO
                    + ", 'mishinkoku', false, 'gokei_shotoku_kingaku', x, 'so_shotoku_kingaku_to', x, 'kyuyo_shunyu', "
                    + "case when x > 0 then x + 1000000 else 0 end, 'koteki_nenkin_shunyu', 0, 'koteki_nenkin_shotoku', 0, "
                    + "'kintowari_kazei', x > 0, 'shotokuwari_kazei', x > 0), now() from (select a, g, case when i = 1 "
                    + "then (g * 7919) % 6000000 when i = 2 then (g * 31) % 1500000 else 0 end as x from bench_hito) p");
            st.execute("analyze");
            try (ResultSet rs = st.executeQuery("select count(distinct h), count(*) from bench_hito")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static long bytes(String expr) throws Exception {
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select avg(" + expr + ")::bigint from kokuho_fuka f where nendo = " + NENDO)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
