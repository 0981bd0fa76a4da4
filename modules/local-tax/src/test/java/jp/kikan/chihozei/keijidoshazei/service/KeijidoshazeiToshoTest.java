package jp.kikan.chihozei.keijidoshazei.service;

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
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.JobLeases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 軽自動車税（種別割）の当初賦課 over HTTP on the platform's partitioned job, the workers driven by the test (batches
 * of 3 taxpayers, %test.kikan.jobs.batch-size): the owners of 4月1日 assessed as the single 賦課 assesses them, those
 * already assessed left alone, a worker that dies resumed by another from the committed cursor.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:keijidoshazei.tosho-fuka")
class KeijidoshazeiToshoTest {

    @Inject
    JobWorkers workers;

    private static JsonPath start(int nendo, int partitions) {
        return Api.as(Api.clerk()).body(Map.of("nendo", nendo, "partitions", partitions)).post("/v1/keijidoshazei/tosho-fuka")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath progress(String jobId) {
        return Api.as(Api.clerk()).get("/v1/keijidoshazei/tosho-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath rireki(String a, int nendo) {
        return Api.as(Api.clerk()).queryParam("nendo", nendo).get("/v1/keijidoshazei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertCountsAddUp(JsonPath p) {
        assertThat(p.getLong("assessed") + p.getLong("skipped") + p.getLong("errors")).isEqualTo(p.getLong("processed"));
    }

    @Test
    void shouldAssessEveryOwnerOfTheFirstOfAprilLikeTheSingleAssessment() {
        String seller = Sharyos.owner();
        String buyer = Sharyos.owner();
        String assessedByHand = Sharyos.owner();
        String scrapped = Sharyos.owner();
        String onFirst = Sharyos.register(Sharyos.yonrin(seller, Sharyos.bango(), "2015-04", "2024-04-01"));
        Sharyos.register(Sharyos.yonrin(seller, Sharyos.bango(), "2015-03", "2024-04-01"));
        Sharyos.register(Sharyos.yonrin(assessedByHand, Sharyos.bango(), "2015-03", "2024-04-01"));
        String old = Sharyos.register(Sharyos.yonrin(scrapped, Sharyos.bango(), "2010-03", "2020-04-01"));
        // sold on 4月1日: the buyer's for 令和7年度; the scrapped car is nobody's on 4月1日
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "2025-04-01", "shoyusha_atenabango", buyer))
                .post("/v1/keijidoshazei/sharyo/" + onFirst + "/ido").then().statusCode(200);
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "haisha", "idobi", "2025-03-31"))
                .post("/v1/keijidoshazei/sharyo/" + old + "/ido").then().statusCode(200);
        JsonPath single = Api.command(Api.clerk()).body(Map.of("atenabango", assessedByHand, "nendo", 2025))
                .post("/v1/keijidoshazei/fuka").then().statusCode(201).extract().jsonPath();

        JsonPath started = start(2025, 2);
        assertThat(started.getLong("total")).isGreaterThanOrEqualTo(3);
        workers.drain("w-equal");
        JsonPath p = progress(started.getString("job_id"));
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getLong("skipped")).isGreaterThanOrEqualTo(1);
        assertCountsAddUp(p);

        // as KeijidoshazeiFukaTest's single 賦課: 7,200 (old rate, 2015-03) for the seller, 10,800 for the buyer
        JsonPath s = rireki(seller, 2025);
        assertThat(s.getList("versions.version", Integer.class)).containsExactly(1);
        assertThat(s.getLong("versions[0].nenzeigaku")).isEqualTo(7_200);
        assertThat(s.getString("versions[0].kubun")).isEqualTo("tosho");
        assertThat(rireki(buyer, 2025).getLong("versions[0].nenzeigaku")).isEqualTo(10_800);
        // the same kind of car as the one assessed by hand: the same tax and explanation
        assertThat(s.getMap("versions[0].sharyo[0].zeigaku")).isEqualTo(single.getMap("sharyo[0].zeigaku"));
        // already assessed: left as it was; no vehicle on 4月1日: not a target
        assertThat(rireki(assessedByHand, 2025).getList("versions.version", Integer.class)).containsExactly(1);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/keijidoshazei/fuka/" + scrapped).then().statusCode(404);

        // run again: nobody assessed twice
        long before = DbSnapshot.count("select count(*) from keijidosha_fuka");
        String again = start(2025, 3).getString("job_id");
        workers.drain("w-again");
        assertThat(progress(again).getLong("assessed")).isZero();
        assertThat(DbSnapshot.count("select count(*) from keijidosha_fuka")).isEqualTo(before);
    }

    @Test
    void shouldResumeAfterAWorkerDiesWithoutDuplicatesOrGaps() throws Exception {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String a = Sharyos.owner();
            Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2016-05", "2025-06-01"));
            owners.add(a);
        }
        String jobId = start(2026, 1).getString("job_id");
        assertThat(workers.runOnce("w1", 1)).isTrue();
        assertThat(progress(jobId).getLong("processed")).isEqualTo(3);
        workers.drain("w2"); // the lease still runs: nothing to claim
        assertThat(progress(jobId).getLong("processed")).isEqualTo(3);

        assertThat(JobLeases.expire(jobId)).isEqualTo(1);
        workers.drain("w2");
        JsonPath p = progress(jobId);
        assertThat(p.getString("status")).isEqualTo("done");
        assertThat(p.getLong("processed")).isEqualTo(p.getLong("total"));
        assertThat(p.getString("partition_detail[0].worker")).isEqualTo("w2");
        assertCountsAddUp(p);
        for (String a : owners) {
            JsonPath r = rireki(a, 2026);
            assertThat(r.getList("versions.version", Integer.class)).as(a).containsExactly(1);
            assertThat(r.getLong("versions[0].nenzeigaku")).isEqualTo(10_800);
        }
    }

    @Test
    void shouldRefuseASecondStartWhileOneRunsAndHideItFromAnotherMunicipality() {
        String a = Sharyos.owner();
        Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2019-05", "2024-06-01"));
        String jobId = start(2025, 2).getString("job_id");
        Api.as(Api.clerk()).body(Map.of("nendo", 2025)).post("/v1/keijidoshazei/tosho-fuka").then().statusCode(422)
                .body("code", equalTo("job-running"));
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/keijidoshazei/tosho-fuka/" + jobId).then().statusCode(404);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/keijidoshazei/tosho-fuka/" + jobId + "/errors").then().statusCode(404);
        workers.drain("w-second");
        assertThat(progress(jobId).getString("status")).isEqualTo("done");
        Api.as(Api.clerk()).get("/v1/keijidoshazei/tosho-fuka/" + jobId + "/errors").then().statusCode(200);
    }

    @Test
    void shouldRefuseANendoWithoutParametersAndWriteNothing() {
        var before = DbSnapshot.of(List.of("platform_job", "platform_job_partition"));
        Api.as(Api.clerk()).body(Map.of("nendo", 2031)).post("/v1/keijidoshazei/tosho-fuka").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("nendo"));
        assertThat(DbSnapshot.of(List.of("platform_job", "platform_job_partition"))).isEqualTo(before);
    }

}
