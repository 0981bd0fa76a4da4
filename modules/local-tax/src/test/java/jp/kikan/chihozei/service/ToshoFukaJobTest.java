package jp.kikan.chihozei.service;

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
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.application.tosho.ToshoFukaWorker;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 当初賦課 over a city (出水市 462080, so that no other test's taxpayers are in it): partitions shared by workers, a
 * worker that dies mid-partition, resumption from the committed cursor after its lease, nobody assessed twice, the
 * 賦課期日 rule and 未申告 counted, progress through the API (batch size 7 and lease 2 s in the test profile).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.tosho-fuka")
class ToshoFukaJobTest {

    private static final String IZUMI = "462080";

    @Inject
    JuminFeed feed;

    @Inject
    ToshoFukaWorker worker;

    private static String clerk() {
        return TestTokens.staff("izumi-zeimu", IZUMI, "zeimu-clerk");
    }

    private static JsonPath progress(String jobId) {
        return Api.as(clerk()).get("/v1/kojin-juminzei/tosho-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldAssessTheWholeCityOnceAcrossWorkersThatDie() throws Exception {
        List<String> taxed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String a = Modulus11.withCheckDigit(String.format("%09d", 3000 + i));
            boolean late = i >= 30 && i < 35;   // came after 1月1日
            String since = late ? "2025-02-01" : "2019-04-01";
            ResidentFeedServer.publish(ResidentFeedServer.jumin(IZUMI, a, "出水　" + i, "イズミ", "1970-01-01", "jumin", "tennyu",
                    since, since));
            if (i < 35) {
                taxed.add(a);
            }
        }
        // one whose birth date the resident record no longer gives (struck by a 職権修正) while a 申告 of the 年度 was
        // kept: the engine cannot assess it — listed with the reason, and the rest of the city goes on
        String noBirth = Modulus11.withCheckDigit(String.format("%09d", 3099));
        var item = ResidentFeedServer.jumin(IZUMI, noBirth, "出水　不明", "イズミ", "1970-01-01", "jumin", "tennyu", "2019-04-01",
                "2019-04-01");
        item.remove("seinengappi");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        try (var c = EmbeddedPostgresResource.ownerConnection(); var st = c.createStatement()) {
            st.execute("insert into shinkoku (lg_code, atenabango, nendo, version, naiyo, shorinengappi, shori_at, actor) values ('"
                    + IZUMI + "', '" + noBirth + "', 2025, 1, '{\"shunyu\":{\"kyuyo_shunyu\":2000000}}', current_date, now(), 'test')");
        }
        // 30 taxable with a 申告, 5 late (申告 too: still not taxed here), 5 with nothing (未申告)
        for (String a : taxed) {
            Api.command(clerk()).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", 3_000_000)))
                    .post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        }
        // one already assessed by hand
        Api.command(clerk()).body(Map.of("atenabango", taxed.get(0), "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(201);

        String jobId = Api.as(clerk()).body(Map.of("nendo", 2025, "partitions", 3)).post("/v1/kojin-juminzei/tosho-fuka")
                .then().statusCode(201).body("status", equalTo("running")).body("total", equalTo(41))
                .extract().path("job_id");
        Api.as(clerk()).body(Map.of("nendo", 2025)).post("/v1/kojin-juminzei/tosho-fuka").then().statusCode(422)
                .body("code", equalTo("tosho-fuka-running"));

        // worker A takes a partition, commits one batch and dies holding it
        assertThat(worker.runOnce("A", 1)).isTrue();
        JsonPath mid = progress(jobId);
        assertThat(mid.getLong("processed")).isEqualTo(7);
        // worker B does the rest; A's partition only once its lease has run out
        while (worker.runOnce("B", Integer.MAX_VALUE)) {
            // next partition
        }
        assertThat(progress(jobId).getString("status")).isEqualTo("running");
        Thread.sleep(2_100);
        while (worker.runOnce("B", Integer.MAX_VALUE)) {
            // A's partition, from its cursor
        }
        JsonPath done = progress(jobId);
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("processed")).isEqualTo(41);
        assertThat(done.getLong("errors")).isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from tosho_fuka_error where atenabango = '" + noBirth
                + "' and rule = 'seinengappi-required'")).isEqualTo(1);
        assertThat(done.getLong("assessed")).isEqualTo(29);
        assertThat(done.getLong("skipped")).isEqualTo(1);
        assertThat(done.getLong("hitaisho")).isEqualTo(5);
        assertThat(done.getLong("mishinkoku")).isEqualTo(5);
        assertThat(done.getLong("eta_seconds")).isZero();
        assertThat(DbSnapshot.count("select count(*) from fuka where lg_code = '" + IZUMI + "' and nendo = 2025")).isEqualTo(30);
        assertThat(DbSnapshot.count("select count(*) from (select atenabango from fuka where lg_code = '" + IZUMI
                + "' and nendo = 2025 group by atenabango having count(*) > 1) d")).isZero();
        assertThat(DbSnapshot.count("select count(*) from outbox_event where lg_code = '" + IZUMI
                + "' and event_type = 'kojin-juminzei.fuka'")).isEqualTo(30);
        // the job's events carry the income information the pull API gives for the same version
        String feedClient = jp.kikan.platform.test.TestTokens.serviceClient("kikan-kokuho", IZUMI,
                "010:kojin-juminzei-renkei:Read", Api.SHOTOKU_SCOPE);
        java.util.List<java.util.Map<String, Object>> items = Api.as(feedClient).queryParam("limit", 1000)
                .get("/v1/renkei/kojin-juminzei").then().statusCode(200).extract().jsonPath().getList("result");
        assertThat(items).hasSize(30);
        for (java.util.Map<String, Object> feedItem : items.subList(0, 5)) {
            java.util.Map<String, Object> pulled = Api.as(feedClient).queryParam("nendo", 2025)
                    .get("/v1/shotoku-joho/" + feedItem.get("atenabango")).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(feedItem.get("shotoku_joho")).isEqualTo(pulled);
        }

        // run again: everyone is skipped, nothing is written
        String again = Api.as(clerk()).body(Map.of("nendo", 2025, "partitions", 2)).post("/v1/kojin-juminzei/tosho-fuka")
                .then().statusCode(201).extract().path("job_id");
        while (worker.runOnce("C", Integer.MAX_VALUE)) {
            // both partitions
        }
        assertThat(progress(again).getLong("skipped")).isEqualTo(30);
        assertThat(DbSnapshot.count("select count(*) from fuka where lg_code = '" + IZUMI + "' and nendo = 2025")).isEqualTo(30);
    }
}
