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
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.JobLeases;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 当初賦課 over a city (出水市 462080, so that no other test's taxpayers are in it): partitions shared by workers, a
 * worker that dies mid-partition, resumption from the committed cursor after its lease, nobody assessed twice, the
 * 賦課期日 rule and 未申告 counted, a 住登外者 with a 家屋敷 assessed the 家屋敷課税 and one without none, progress and
 * the listed refusals through the API (batch size 3 in the test profile; the lease is run out by the test).
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
    JobWorkers workers;

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
        // two 住登外者: one holds a 家屋敷 here on 1月1日 (家屋敷課税), one only since 1月2日 (not taxed here this 年度)
        String bessou = jutogai("別荘　一郎", "2018-05-01");
        jutogai("別荘　二郎", "2025-01-02");
        // 30 taxable with a 申告, 5 late (申告 too: still not taxed here), 5 with nothing (未申告)
        for (String a : taxed) {
            Api.command(clerk()).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", 3_000_000)))
                    .post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        }
        // one already assessed by hand
        Api.command(clerk()).body(Map.of("atenabango", taxed.get(0), "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(201);

        String jobId = Api.as(clerk()).body(Map.of("nendo", 2025, "partitions", 3)).post("/v1/kojin-juminzei/tosho-fuka")
                .then().statusCode(201).body("status", equalTo("running")).body("total", equalTo(43))
                .extract().path("job_id");
        Api.as(clerk()).body(Map.of("nendo", 2025)).post("/v1/kojin-juminzei/tosho-fuka").then().statusCode(422)
                .body("code", equalTo("job-running"));

        // worker A takes a partition, commits one batch and dies holding it
        assertThat(workers.runOnce("A", 1)).isTrue();
        JsonPath mid = progress(jobId);
        assertThat(mid.getLong("processed")).isEqualTo(3);
        // worker B does the rest; A's partition only once its lease has run out
        workers.drain("B");
        assertThat(progress(jobId).getString("status")).isEqualTo("running");
        assertThat(JobLeases.expire(jobId)).isEqualTo(1);
        workers.drain("B"); // A's partition, from its cursor
        JsonPath done = progress(jobId);
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("processed")).isEqualTo(43);
        assertThat(done.getLong("errors")).isEqualTo(1);
        Api.as(clerk()).get("/v1/kojin-juminzei/tosho-fuka/" + jobId + "/errors").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].atenabango", equalTo(noBirth))
                .body("items[0].rule", equalTo("seinengappi-required"));
        assertThat(done.getLong("assessed")).isEqualTo(30);
        assertThat(done.getLong("skipped")).isEqualTo(1);
        assertThat(done.getLong("hitaisho")).isEqualTo(6);
        assertThat(done.getLong("mishinkoku")).isEqualTo(5);
        assertThat(done.getLong("eta_seconds")).isZero();
        assertThat(DbSnapshot.count("select count(*) from fuka where lg_code = '" + IZUMI + "' and nendo = 2025")).isEqualTo(31);
        // the 家屋敷課税 is the single 賦課's: 均等割 alone (出水市 令和7年度 3,000 + 1,000)
        JsonPath kaoku = Api.as(clerk()).queryParam("nendo", 2025).get("/v1/kojin-juminzei/fuka/" + bessou).then()
                .statusCode(200).extract().jsonPath();
        assertThat(kaoku.getLong("versions[0].nenzeigaku")).isEqualTo(4000);
        assertThat(kaoku.getList("versions[0].fuka.santei_konkyo.rule_id", String.class)).contains("kaokushiki-kazei");
        assertThat(DbSnapshot.count("select count(*) from (select atenabango from fuka where lg_code = '" + IZUMI
                + "' and nendo = 2025 group by atenabango having count(*) > 1) d")).isZero();
        assertThat(DbSnapshot.count("select count(*) from outbox_event where lg_code = '" + IZUMI
                + "' and event_type = 'kojin-juminzei.fuka'")).isEqualTo(31);
        // the job's events carry the income information the pull API gives for the same version
        String feedClient = jp.kikan.platform.test.TestTokens.serviceClient("kikan-kokuho", IZUMI,
                "010:kojin-juminzei-renkei:Read", Api.SHOTOKU_SCOPE);
        java.util.List<java.util.Map<String, Object>> items = Api.as(feedClient).queryParam("limit", 1000)
                .get("/v1/renkei/kojin-juminzei").then().statusCode(200).extract().jsonPath().getList("result");
        assertThat(items).hasSize(31);
        for (java.util.Map<String, Object> feedItem : items.subList(0, 5)) {
            java.util.Map<String, Object> pulled = Api.as(feedClient).queryParam("nendo", 2025)
                    .get("/v1/shotoku-joho/" + feedItem.get("atenabango")).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(feedItem.get("shotoku_joho")).isEqualTo(pulled);
        }

        // run again: everyone is skipped, nothing is written
        String again = Api.as(clerk()).body(Map.of("nendo", 2025, "partitions", 2)).post("/v1/kojin-juminzei/tosho-fuka")
                .then().statusCode(201).extract().path("job_id");
        workers.drain("C");
        assertThat(progress(again).getLong("skipped")).isEqualTo(31);
        assertThat(DbSnapshot.count("select count(*) from fuka where lg_code = '" + IZUMI + "' and nendo = 2025")).isEqualTo(31);
    }

    /** A 住登外者 with a 家屋敷 in the city held from {@code kaishibi}. */
    private static String jutogai(String shimei, String kaishibi) {
        String a = Api.command(clerk()).body(Map.of("shimei", shimei, "shimei_furigana", "ベッソウ", "seinengappi", "1960-01-01",
                "jusho", "鹿児島県鹿児島市山下町11番1号", "riyu", "市内に別荘を所有")).post("/v1/nozeigimusha/jutogai").then()
                .statusCode(201).extract().jsonPath().getString("atenabango");
        Api.command(clerk()).body(Map.of("kubun", "kaokushiki", "shozaichi", "出水市中央町1番地", "shoyu_kaishibi", kaishibi,
                "riyu", "別荘")).post("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(201);
        return a;
    }
}
