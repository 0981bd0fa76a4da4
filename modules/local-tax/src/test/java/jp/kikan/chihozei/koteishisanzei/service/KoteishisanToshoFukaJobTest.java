package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.shares;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.JobLeases;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 固定資産税 当初賦課 job over a city of its own (飯田市 202053, so that no other test's taxpayers are in it): a worker
 * that dies after one batch (test batch size 3), the rest by another once its lease has run out, everyone
 * of 1月1日 assessed once — a taxpayer a clerk assessed before is skipped, never doubled.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:koteishisanzei.tosho-fuka")
class KoteishisanToshoFukaJobTest {

    private static final String IIDA = "202053";

    @Inject
    JobWorkers workers;

    private static String clerk() {
        return TestTokens.staff("iida-zeimu1", IIDA, "zeimu-clerk");
    }

    private static String owner(int i) {
        return Api.command(clerk()).body(Map.of("shimei", "飯田　" + i + "郎", "shimei_furigana", "イイダ　ロウ", "seinengappi",
                "1960-01-01", "jusho", "長野県飯田市", "riyu", "市内に土地を所有")).post("/v1/nozeigimusha/jutogai").then()
                .statusCode(201).extract().jsonPath().getString("atenabango");
    }

    private static void tochi(Map<String, Object> body) {
        Api.command(clerk()).body(body).post("/v1/koteishisanzei/tochi").then().statusCode(201);
    }

    @Test
    void shouldAssessEveryTaxpayerOfTheFirstOfJanuaryOnceAcrossAWorkerThatDies() throws Exception {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            owners.add(owner(i));
            tochi(jutakuYochi("2020-04-01", 6_000_000 + i * 60_000L, sole(owners.get(i))));
        }
        tochi(jutakuYochi("2020-04-01", 9_000_000, shares(owners.get(0), "1/2", owners.get(1), "1/2")));
        tochi(jutakuYochi("2025-02-01", 9_000_000, sole(owners.get(2)))); // bought after 1月1日: not in 令和7年度
        // one taxpayer a clerk has already assessed
        Api.command(clerk()).body(Map.of("nendo", 2025, "shoyusha", List.of(owners.get(8)))).post("/v1/koteishisanzei/fuka").then()
                .statusCode(201);
        // one partition, so that the partition worker A dies in is the only one
        JsonPath started = Api.as(clerk()).body(Map.of("nendo", 2025, "partitions", 1)).post("/v1/koteishisanzei/tosho-fuka")
                .then().statusCode(201)
                .extract().jsonPath();
        String job = started.getString("job_id");
        assertThat(started.getLong("total")).isEqualTo(10); // 9 owners alone + 1 group of co-owners
        Api.as(clerk()).body(Map.of("nendo", 2025)).post("/v1/koteishisanzei/tosho-fuka").then().statusCode(422)
                .body("code", equalTo("job-running")).body("errors.field", hasItem("nendo"));

        assertThat(workers.runOnce("A", 1)).isTrue(); // one batch of 3 committed, then A dies holding the lease
        assertThat(progress(job).getLong("processed")).isEqualTo(3);
        assertThat(workers.runOnce("B", Integer.MAX_VALUE)).isFalse(); // A's lease has not run out
        assertThat(JobLeases.expire(job)).isEqualTo(1);
        workers.drain("B");

        JsonPath done = progress(job);
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("processed")).isEqualTo(10);
        assertThat(done.getLong("assessed")).isEqualTo(9);
        assertThat(done.getLong("skipped")).isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from koteishisan_fuka where lg_code = '" + IIDA + "' and nendo = 2025"))
                .isEqualTo(10);
        assertThat(DbSnapshot.count("select count(*) from koteishisan_fuka where lg_code = '" + IIDA
                + "' and nendo = 2025 and version > 1")).isZero();
        // 飯田市's own 都市計画税 rate (0.2%) and 納期 (5月〜)
        JsonPath f = Api.as(clerk()).queryParam("nendo", 2025).get("/v1/koteishisanzei/fuka/" + owners.get(3)).then()
                .statusCode(200).extract().jsonPath();
        assertThat(f.getLong("nozeigimusha[0].versions[0].fuka.toshi_zeigaku")).isEqualTo((6_180_000L / 3) * 2 / 1000 / 100 * 100);
        assertThat(f.getString("nozeigimusha[0].versions[0].fuka.kibetsu[0].nengetsu")).isEqualTo("2025-05");
        Api.as(clerk()).get("/v1/koteishisanzei/tosho-fuka/" + job + "/errors").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAYearWithoutParameters() {
        Api.as(clerk()).body(Map.of("nendo", 2031)).post("/v1/koteishisanzei/tosho-fuka").then().statusCode(422)
                .body("errors.field", hasItem("nendo"));
    }

    private static JsonPath progress(String job) {
        return Api.as(clerk()).get("/v1/koteishisanzei/tosho-fuka/" + job).then().statusCode(200).extract().jsonPath();
    }
}
