package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.JobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 介護保険料の年次賦課 (kaigo-nenji-fuka) on the platform's partitioned job, over HTTP and contract-validated; the
 * workers driven by the test (kikan.jobs.workers=0, batches of 3). 令和8年度 (2026) of the demo city: the other test
 * classes assess 2025, so their insured persons are only listed here (no 2026 income), never assessed.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.hokenryo.nenji-fuka")
class NenjiFukaTest {

    private static final int NENDO = 2026;

    @Inject
    JuminFeed feed;

    @Inject
    JobWorkers workers;

    @Inject
    AgroalDataSource ds;

    @AfterEach
    void finishWhatATestLeftRunning() throws Exception {
        sql("update platform_job_partition set lease_until = now() - interval '1 minute' where not done");
        workers.drain("cleanup");
    }

    private void resident(String a, String s, String zokugara, String birth, boolean shien) throws Exception {
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "年次　太郎", "ネンジ　タロウ", birth, "jumin", "転居",
                "2010-05-01", "2000-04-01");
        o.put("shien_sochi_taisho", shien);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    /** An insured person (65 or more) alone in his 世帯 with a known 2026 income. */
    private String insured(String birth, long gokei, long nenkin, boolean kazei) throws Exception {
        String a = Api.bango(5);
        resident(a, Api.bango(6), "世帯主", birth, false);
        IncomeServer.shotoku(a, NENDO, gokei, nenkin, nenkin, kazei);
        return a;
    }

    private static JsonPath start(Map<String, Object> body, int status) {
        return Api.as(Api.clerk()).body(body).post("/v1/kaigo/nenji-fuka").then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath progress(String jobId) {
        return Api.as(Api.clerk()).get("/v1/kaigo/nenji-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> errors(String jobId) {
        return Api.as(Api.clerk()).queryParam("limit", 1000).get("/v1/kaigo/nenji-fuka/" + jobId + "/errors").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private static JsonPath versions(String a) {
        return Api.as(Api.shien()).queryParam("nendo", NENDO).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract()
                .jsonPath();
    }

    private void sql(String statement, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long fukaRows(String a) {
        return DbSnapshot.count("select count(*) from kaigo_fuka where nendo = " + NENDO + " and atenabango = '" + a + "'");
    }

    /**
     * A 世帯 of two insured (本人非課税・世帯課税, and the taxed spouse), one who turns 65 in the 年度 (月割) and a
     * protected person (支援措置), each with a known income.
     */
    private String[] sample() throws Exception {
        String a = Api.bango(5);
        String b = Api.bango(5);
        String s = Api.bango(6);
        resident(a, s, "世帯主", "1950-05-05", false);
        resident(b, s, "妻", "1952-07-07", false);
        IncomeServer.shotoku(a, NENDO, 0, 700_000, 0, false);
        IncomeServer.shotoku(b, NENDO, 2_000_000, 0, 0, true);
        String c = insured("1961-06-10", 1_500_000, 0, true); // 65歳到達 2026-06-09
        String d = Api.bango(5);
        resident(d, Api.bango(6), "世帯主", "1948-01-20", true);
        IncomeServer.shotoku(d, NENDO, 0, 500_000, 0, false);
        return new String[] {a, b, c, d};
    }

    @Test
    void shouldAssessEveryFirstInsuredLikeTheSingleAssessment() throws Exception {
        // the same facts twice: the first set assessed by the job, the second by POST /v1/kaigo/fuka before it
        String[] byJob = sample();
        String[] bySingle = sample();
        for (String x : bySingle) {
            Api.command(Api.shien()).body(Map.of("atenabango", x, "nendo", NENDO)).post("/v1/kaigo/fuka").then().statusCode(201);
        }
        JsonPath started = start(Map.of("nendo", NENDO), 201);
        String jobId = started.getString("job_id");
        assertThat(started.getString("status")).isEqualTo("running");
        assertThat(started.getInt("partitions")).isEqualTo(4);
        assertThat(started.getLong("total")).isGreaterThanOrEqualTo(8);
        workers.drain("w1");

        JsonPath p = progress(jobId);
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getLong("assessed")).isGreaterThanOrEqualTo(4);
        assertThat(p.getLong("unchanged")).isGreaterThanOrEqualTo(4);
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("assessed") + p.getLong("unchanged") + p.getLong("errors"));
        assertThat(p.getList("partition_detail.done", Boolean.class)).containsOnly(true).hasSize(4);
        for (int i = 0; i < byJob.length; i++) {
            String[] pair = {byJob[i], bySingle[i]};
            JsonPath job = versions(pair[0]);
            JsonPath single = versions(pair[1]);
            assertThat(job.getList("items")).hasSize(1);
            for (String field : List.of("dankai", "nengaku", "sagaku", "kekka", "choshu_hoho", "kibetsu", "zuiji", "kanpu")) {
                assertThat((Object) job.get("items[0]." + field)).as(field + " of " + pair[0]).isEqualTo(single.get("items[0]." + field));
            }
            // and the single 賦課 of the job's person finds nothing to change
            Api.command(Api.shien()).body(Map.of("atenabango", pair[0], "nendo", NENDO)).post("/v1/kaigo/fuka").then()
                    .statusCode(201).body("version", equalTo(1));
        }
        assertThat(versions(byJob[2]).getInt("items[0].kekka.tsukisu")).isEqualTo(10);
        // the job's reads are in the access log, the protected person's too
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'kaigo.hokenryo.nenji-fuka' and t.target_id = '" + byJob[3] + "'")).isEqualTo(1);
    }

    @Test
    void shouldResumeAfterAWorkerDiesWithoutDuplicatesOrGaps() throws Exception {
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mine.add(insured("1955-0" + (i + 1) + "-15", 1_000_000 + i * 100_000, 0, true));
        }
        String jobId = start(Map.of("nendo", NENDO, "partitions", 2), 201).getString("job_id");
        assertThat(workers.runOnce("w1", 1)).isTrue(); // one batch, then w1 dies holding its partition
        workers.drain("w2");
        assertThat(progress(jobId).getString("status")).as("w1's partition is still leased").isEqualTo("running");

        assertThat(JobLeases.expire(jobId)).as("w1's partition").isEqualTo(1);
        workers.drain("w2");
        JsonPath p = progress(jobId);
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getList("partition_detail.worker", String.class)).containsOnly("w2");
        for (String a : mine) {
            assertThat(fukaRows(a)).as(a).isEqualTo(1);
        }
        assertThat(DbSnapshot.count("select count(*) from outbox_event where payload ->> 'nendo' = '" + NENDO + "' and "
                + "payload ->> 'atenabango' in ('" + String.join("','", mine) + "')")).isEqualTo(8);
    }

    @Test
    void shouldListUnknownIncomeInsteadOfAssessingZero() throws Exception {
        String nashi = Api.bango(5);
        resident(nashi, Api.bango(6), "世帯主", "1950-03-03", false); // local tax knows no income
        String honnin = Api.bango(5);
        String ko = Api.bango(5);
        String s = Api.bango(6);
        resident(honnin, s, "世帯主", "1951-04-04", false);
        resident(ko, s, "子", "1985-05-05", false);
        IncomeServer.shotoku(honnin, NENDO, 0, 700_000, 0, false);
        IncomeServer.mishinkoku(ko, NENDO); // 未申告 household member
        String jobId = start(Map.of("nendo", NENDO), 201).getString("job_id");
        workers.drain("w1");

        assertThat(fukaRows(nashi)).isZero();
        assertThat(fukaRows(honnin)).isZero();
        List<Map<String, Object>> listed = errors(jobId);
        Map<String, Object> e1 = listed.stream().filter(e -> nashi.equals(e.get("atenabango"))).findFirst().orElseThrow();
        assertThat(e1.get("rule")).isEqualTo("shotoku-fumei");
        assertThat((String) e1.get("message")).contains("所得情報なし");
        Map<String, Object> e2 = listed.stream().filter(e -> honnin.equals(e.get("atenabango"))).findFirst().orElseThrow();
        assertThat((String) e2.get("message")).contains(ko).contains("未申告");
        assertThat(listed).noneMatch(e -> ko.equals(e.get("atenabango"))); // under 65: not a target
        JsonPath p = progress(jobId);
        assertThat(p.getLong("shotoku_fumei")).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(p.getLong("errors"));
        assertThat(p.getLong("errors")).isEqualTo(listed.size());
        // paging
        assertThat(Api.as(Api.clerk()).queryParam("limit", 1).queryParam("offset", 1)
                .get("/v1/kaigo/nenji-fuka/" + jobId + "/errors").then().statusCode(200).extract().jsonPath()
                .getString("items[0].atenabango")).isEqualTo(listed.get(1).get("atenabango"));
    }

    @Test
    void shouldRefuseSecondStartWhileRunning() throws Exception {
        insured("1954-09-09", 800_000, 0, true);
        String jobId = start(Map.of("nendo", NENDO), 201).getString("job_id");
        JsonPath refused = start(Map.of("nendo", NENDO, "partitions", 8), 422);
        assertThat(refused.getString("code")).isEqualTo("job-running");
        assertThat(refused.getString("detail")).contains(jobId).contains("介護保険料の年次賦課");
        assertThat(DbSnapshot.count("select count(*) from platform_job where status = 'running'")).isEqualTo(1);
        workers.drain("w1");
        start(Map.of("nendo", NENDO), 201); // once done, it may run again
    }

    @Test
    void shouldWriteNoNewVersionOnARerunWithNothingChanged() throws Exception {
        String a = insured("1953-11-11", 2_500_000, 0, true);
        String first = start(Map.of("nendo", NENDO), 201).getString("job_id");
        workers.drain("w1");
        assertThat(progress(first).getLong("assessed")).isGreaterThanOrEqualTo(1);
        var before = DbSnapshot.withoutAccessLog(List.of("kaigo_fuka"));
        String second = start(Map.of("nendo", NENDO), 201).getString("job_id");
        workers.drain("w1");
        JsonPath p = progress(second);
        assertThat(p.getLong("assessed")).isZero();
        assertThat(p.getLong("unchanged")).isEqualTo(progress(first).getLong("assessed") + progress(first).getLong("unchanged"));
        var after = DbSnapshot.withoutAccessLog(List.of("kaigo_fuka"));
        assertThat(after.get("kaigo_fuka")).isEqualTo(before.get("kaigo_fuka"));
        assertThat(after.get("outbox_event")).isEqualTo(before.get("outbox_event"));
        assertThat(fukaRows(a)).isEqualTo(1);
    }

    @Test
    void shouldNotShowAnotherMunicipalitysJob() {
        String jobId = start(Map.of("nendo", NENDO), 201).getString("job_id");
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/kaigo/nenji-fuka/" + jobId).then().statusCode(404);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/kaigo/nenji-fuka/" + jobId + "/errors").then().statusCode(404);
        Api.as(Api.auditor()).get("/v1/kaigo/nenji-fuka/" + jobId).then().statusCode(403);
        progress(jobId);
    }

    @Test
    void shouldRefuseANendoWithoutParameters() {
        var before = DbSnapshot.of(List.of("platform_job", "platform_job_partition", "platform_job_error", "kaigo_fuka"));
        JsonPath j = start(Map.of("nendo", 2027), 422);
        assertThat(j.getString("code")).isEqualTo("parameter-nashi");
        assertThat(DbSnapshot.of(List.of("platform_job", "platform_job_partition", "platform_job_error", "kaigo_fuka")))
                .isEqualTo(before);
    }
}
