package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.JobLeases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The annual 本算定 over HTTP on the platform's partitioned job, with the workers driven by the test (batches of 3
 * households, %test.kikan.jobs.batch-size): every household of the city assessed as the single 賦課 assesses it, a
 * worker that dies resumed by another from the committed cursor, unknown incomes listed instead of assessed as 0.
 * 令和7年度, みなみ市 (rates as in FukaTest).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.honsantei")
class HonsanteiTest {

    private static final int NENDO = 2025;

    @Inject
    JuminFeed feed;

    @Inject
    JobWorkers workers;

    /** A household of a 世帯主 born 1980 (総所得金額等 as given) and a child without income, both insured since 2021. */
    private record Setai(String setaibango, String nushi) {
    }

    private String household(long sosho) throws Exception {
        return setai(sosho).setaibango();
    }

    private Setai setai(long sosho) throws Exception {
        String nushi = Api.bango(3);
        String ko = Api.bango(3);
        String s = Api.bango(4);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, nushi, s, "世帯主", "本算　一郎", "ホンサン　イチロウ",
                "1980-06-06", "jumin", "転居", "2021-05-01", "2020-04-01"));
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, ko, s, "子", "本算　二郎", "ホンサン　ジロウ",
                "2010-07-07", "jumin", "転居", "2021-05-01", "2020-04-01"));
        feed.consumer().drain();
        IncomeServer.shotoku(nushi, NENDO, sosho, sosho == 0 ? 0 : sosho + 1_570_000);
        IncomeServer.shotoku(ko, NENDO, 0, 0);
        return new Setai(s, nushi);
    }

    private static JsonPath start(int partitions) {
        return Api.as(Api.clerk()).contentType("application/json").body(Map.of("nendo", NENDO, "partitions", partitions))
                .post("/v1/kokuho/honsantei").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath progress(String jobId) {
        return Api.as(Api.clerk()).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Integer> versions(String s) {
        return Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kokuho/fuka/" + s).then().statusCode(200).extract()
                .jsonPath().getList("items.version", Integer.class);
    }

    private static JsonPath latest(String s) {
        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kokuho/fuka/" + s).then().statusCode(200)
                .extract().jsonPath();
        return new JsonPath(h.prettify()).setRootPath("items[-1]");
    }

    private static void assertCountsAddUp(JsonPath p) {
        assertThat(p.getLong("assessed") + p.getLong("unchanged") + p.getLong("hitaisho") + p.getLong("errors"))
                .isEqualTo(p.getLong("processed"));
        assertThat(p.getLong("shotoku_fumei")).isLessThanOrEqualTo(p.getLong("errors"));
    }

    @Test
    void shouldAssessEveryHouseholdLikeTheSingleAssessment() throws Exception {
        List<String> setai = List.of(household(3_430_000), household(1_200_000), household(0));
        JsonPath started = start(2);
        assertThat(started.getString("status")).isEqualTo("running");
        assertThat(started.getLong("total")).isGreaterThanOrEqualTo(3);
        workers.drain("w-equal");

        JsonPath p = progress(started.getString("job_id"));
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getLong("assessed")).isGreaterThanOrEqualTo(3);
        assertThat(p.getList("partition_detail.done", Boolean.class)).containsOnly(true);
        assertCountsAddUp(p);
        // the first as in FukaTest: 医療分 298,000 + 支援金分 105,000 + 介護分 78,000
        assertThat(latest(setai.get(0)).getLong("nengaku")).isEqualTo(481_000);
        for (String s : setai) {
            JsonPath job = latest(s);
            assertThat(versions(s)).containsExactly(1);
            // the single 賦課 of the same household finds the same result: no new version, the same amounts
            JsonPath single = Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", NENDO)).post("/v1/kokuho/fuka")
                    .then().statusCode(201).extract().jsonPath();
            assertThat(single.getInt("version")).isEqualTo(1);
            assertThat(single.getLong("nengaku")).isEqualTo(job.getLong("nengaku"));
            assertThat(single.getMap("kekka")).isEqualTo(job.getMap("kekka"));
        }

        // run again with nothing changed: no household gets a new version
        long before = DbSnapshot.count("select count(*) from kokuho_fuka");
        JsonPath again = start(3);
        workers.drain("w-again");
        JsonPath p2 = progress(again.getString("job_id"));
        assertThat(p2.getString("status")).isEqualTo("done");
        assertThat(p2.getLong("assessed")).isZero();
        assertThat(p2.getLong("unchanged")).isGreaterThanOrEqualTo(3);
        assertThat(DbSnapshot.count("select count(*) from kokuho_fuka")).isEqualTo(before);
    }

    private void publish(String a, String s, String zokugara, String birth, String jiyu, String ido) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "本算　形", "ホンサン　カタチ", birth, "jumin",
                jiyu, ido, "2020-04-01"));
        feed.consumer().drain();
    }

    /**
     * Households whose assessment reads more than members and incomes, read together by the batch's set-based reads: a
     * 世帯主 change during the 年度 (the household's past in resident records' feed), a husband who moves to 後期高齢者医療
     * (his own past: 特定同一世帯所属者, 特定世帯 — as TokuteiSetaiFukaTest), three members with incomes of their own.
     */
    @Test
    void shouldAssessHouseholdsOfEveryShapeReadTogetherAsTheSingleAssessmentDoes() throws Exception {
        String chichi = Api.bango(3);
        String ko = Api.bango(3);
        String henko = Api.bango(4);
        publish(chichi, henko, "世帯主", "1962-01-15", "転居", "2021-05-01");
        publish(ko, henko, "子", "1988-07-07", "転居", "2021-05-01");
        publish(ko, henko, "世帯主", "1988-07-07", "世帯主変更", "2025-10-05");
        publish(chichi, henko, "父", "1962-01-15", "世帯主変更", "2025-10-05");
        IncomeServer.shotoku(chichi, NENDO, 2_000_000, 0);
        IncomeServer.shotoku(ko, NENDO, 3_000_000, 4_000_000);
        String otto = Api.bango(3);
        String tsuma = Api.bango(3);
        String koki = Api.bango(4);
        publish(otto, koki, "世帯主", "1950-10-10", "国内転入", "2020-04-01");
        publish(tsuma, koki, "妻", "1958-03-03", "国内転入", "2020-04-01");
        IncomeServer.shotoku(otto, NENDO, 1_000_000, 0);
        IncomeServer.shotoku(tsuma, NENDO, 0, 0);
        String sannin = Api.bango(4);
        for (String[] m : new String[][] {{"世帯主", "1975-02-02"}, {"妻", "1977-03-03"}, {"子", "2021-04-04"}}) {
            String a = Api.bango(3);
            publish(a, sannin, m[0], m[1], "転居", "2021-05-01");
            IncomeServer.shotoku(a, NENDO, m[0].equals("子") ? 0 : 1_800_000, m[0].equals("子") ? 0 : 2_900_000);
        }
        List<String> setai = List.of(henko, koki, sannin, household(500_000), household(4_000_000));
        workers.drain("w-before"); // nothing left of earlier tests' jobs
        String jobId = start(1).getString("job_id");
        workers.drain("w-shapes");
        assertThat(progress(jobId).getString("status")).isEqualTo("done");

        assertThat(latest(henko).getList("kekka.nozeigimusha_betsu.nozeigimusha_atenabango", String.class))
                .containsExactly(chichi, ko);
        assertThat(latest(koki).getList("kekka.kubun[0].kikan.tokutei_setai", String.class)).containsExactly(null, "tokutei");
        assertThat(latest(koki).getLong("nengaku")).isEqualTo(68_700);
        for (String s : setai) {
            JsonPath job = latest(s);
            assertThat(versions(s)).as(s).containsExactly(1);
            JsonPath single = Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", NENDO)).post("/v1/kokuho/fuka")
                    .then().statusCode(201).extract().jsonPath();
            assertThat(single.getInt("version")).as(s).isEqualTo(1);
            assertThat(single.getString("nozeigimusha_atenabango")).isEqualTo(job.getString("nozeigimusha_atenabango"));
            assertThat(single.getMap("kekka")).as(s).isEqualTo(job.getMap("kekka"));
            assertThat(single.getList("kibetsu")).as(s).isEqualTo(job.getList("kibetsu"));
            assertThat(single.getList("nozeigimusha_choshu")).as(s).isEqualTo(job.getList("nozeigimusha_choshu"));
        }
    }

    @Test
    void shouldResumeAfterAWorkerDiesWithoutDuplicatesOrGaps() throws Exception {
        List<String> setai = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            setai.add(household(1_000_000 + i * 100_000L));
        }
        String jobId = start(1).getString("job_id");
        // w1 claims the only partition, commits one batch, then dies holding its lease
        assertThat(workers.runOnce("w1", 1)).isTrue();
        JsonPath p = progress(jobId);
        assertThat(p.getLong("processed")).isEqualTo(3);
        assertThat(p.getString("partition_detail[0].worker")).isEqualTo("w1");
        // while the lease runs nobody else may take the partition
        workers.drain("w2");
        assertThat(progress(jobId).getLong("processed")).isEqualTo(3);

        assertThat(JobLeases.expire(jobId)).isEqualTo(1);
        workers.drain("w2");
        p = progress(jobId);
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getString("partition_detail[0].worker")).isEqualTo("w2");
        assertCountsAddUp(p);
        for (String s : setai) {
            assertThat(versions(s)).as(s).containsExactly(1);
        }
    }

    @Test
    void shouldListUnknownIncomeInsteadOfAssessingZero() throws Exception {
        Setai h = setai(2_000_000);
        String s = h.setaibango();
        String nushi = h.nushi();
        IncomeServer.mishinkoku(nushi, NENDO); // the 世帯主 filed nothing
        String jobId = start(2).getString("job_id");
        workers.drain("w-fumei");

        JsonPath p = progress(jobId);
        assertThat(p.getLong("shotoku_fumei")).isGreaterThanOrEqualTo(1);
        assertCountsAddUp(p);
        JsonPath errors = Api.as(Api.clerk()).queryParam("limit", 1000).get("/v1/kokuho/honsantei/" + jobId + "/errors")
                .then().statusCode(200).extract().jsonPath();
        assertThat(errors.getString("items.find { it.setaibango == '" + s + "' }.rule")).isEqualTo("shotoku-fumei");
        assertThat(errors.getString("items.find { it.setaibango == '" + s + "' }.message")).contains(nushi).contains("未申告");
        assertThat(versions(s)).isEmpty();
        // and in the list for follow-up (簡易申告)
        assertThat(Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kokuho/shotoku-fumei").then().statusCode(200)
                .extract().jsonPath().getList("items.setaibango")).contains(s);
    }

    @Test
    void shouldRefuseASecondStartWhileOneRuns() throws Exception {
        household(1_500_000);
        String jobId = start(2).getString("job_id");
        Api.as(Api.clerk()).contentType("application/json").body(Map.of("nendo", NENDO)).post("/v1/kokuho/honsantei").then()
                .statusCode(422).body("code", equalTo("job-running"));
        workers.drain("w-second");
        assertThat(progress(jobId).getString("status")).isEqualTo("done");
    }

    @Test
    void shouldNotShowAnotherMunicipalitysJob() throws Exception {
        household(1_500_000);
        String jobId = start(1).getString("job_id");
        workers.drain("w-other");
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(404);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/kokuho/honsantei/" + jobId + "/errors").then().statusCode(404);
        Api.as(Api.clerk()).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(200);
    }

    @Test
    void shouldRefuseANendoWithoutParametersAndWriteNothing() {
        var before = DbSnapshot.of(List.of("platform_job", "platform_job_partition"));
        Api.as(Api.clerk()).contentType("application/json").body(Map.of("nendo", 2021)).post("/v1/kokuho/honsantei").then()
                .statusCode(422).body("code", equalTo("parameter-nashi"));
        assertThat(DbSnapshot.of(List.of("platform_job", "platform_job_partition"))).isEqualTo(before);
    }

}
