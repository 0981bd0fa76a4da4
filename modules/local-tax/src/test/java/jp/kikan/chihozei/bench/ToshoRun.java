package jp.kikan.chihozei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.TestTokens;
import jp.kikan.platform.test.bench.BenchWorkers;
import jp.kikan.platform.test.bench.StatementStats;

/**
 * One annual job of local tax as a benchmark runs it: started over the API ({@code POST <path>}), drained by
 * {@code workers} timed workers, and checked done with every one of its {@code taxpayers} assessed and no error.
 *
 * @param seconds    the job's time (the workers', not the start request's)
 * @param statements the statements it spent most time in (pg_stat_statements)
 */
record ToshoRun(double seconds, String statements) {

    static ToshoRun of(String path, String lgCode, int nendo, int partitions, int workers, long taxpayers, JobWorkers jobWorkers)
            throws Exception {
        String clerk = TestTokens.staff("bench-zeimu", lgCode, "zeimu-clerk");
        JsonPath started = Api.as(clerk).body(Map.of("nendo", nendo, "partitions", partitions)).post(path).then().statusCode(201)
                .extract().jsonPath();
        assertThat(started.getLong("total")).isEqualTo(taxpayers);
        StatementStats.reset();
        double seconds = BenchWorkers.run(workers, jobWorkers::drain);
        String statements = StatementStats.top(15);
        JsonPath progress = Api.as(clerk).get(path + "/" + started.getString("job_id")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(progress.getString("status")).isEqualTo("done");
        assertThat(progress.getLong("processed")).isEqualTo(taxpayers);
        assertThat(progress.getLong("assessed")).isEqualTo(taxpayers);
        assertThat(progress.getLong("errors")).isZero();
        return new ToshoRun(seconds, statements);
    }
}
