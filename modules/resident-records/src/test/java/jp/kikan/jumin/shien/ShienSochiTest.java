package jp.kikan.jumin.shien;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 支援措置 (DV等支援措置) block lookup and issuance for everyone but the 支援措置担当. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:shien-sochi")
@Tag("fn:shien-sochi.taishosha")
@Tag("fn:yokushi")
@Tag("fn:yokushi.renkei")
class ShienSochiTest {

    @Test
    void shouldBlockLookupAndIssuanceForAProtectedPerson() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "保護", "ホゴ", "2021-04-01");
        String wife = fam.getString("jumin[1].atenabango");

        // only a supervisor registers a measure
        Api.as(Tokens.clerk()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("hakko", "shokai")))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(403);
        String sochi = Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("hakko", "shokai"), "biko", "DV支援"))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201)
                .body("jotai", equalTo("yuko")).extract().path("sochi_id");

        Api.as(Tokens.clerk()).get("/v1/jumin/" + wife).then().statusCode(403).body("code", equalTo("shien-sochi"))
                .body("detail", org.hamcrest.Matchers.containsString("支援措置"));
        Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(wife), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Tokens.clerk()).queryParam("kana", "ホゴ").get("/v1/jumin").then().statusCode(200)
                .body("items.atenabango", not(hasItem(wife))).body("suppressed", equalTo(1));

        Api.as(Tokens.clerk()).body(Map.of("atenabango", List.of(wife)))
                .post("/v1/shomei/tenshutsu-shomeisho").then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Tokens.clerk()).queryParam("atenabango", wife).get("/v1/shomei/kofu-rireki").then().statusCode(403);

        // the authorised role can, and the refusal above is in the access log
        Api.as(Tokens.shien()).get("/v1/jumin/" + wife).then().statusCode(200);
        Api.as(Tokens.auditor()).queryParam("target_id", wife).get("/v1/access-log").then().statusCode(200)
                .body("items.action", hasItem("shokai-kyohi"));

        // ending the measure lifts the block; the measure stays in the record as ended
        Api.as(Tokens.supervisor()).body(Map.of("shuryobi", "2024-02-01"))
                .post("/v1/jumin/" + wife + "/shien-sochi/" + sochi + "/shuryo").then().statusCode(200)
                .body("jotai", equalTo("shuryo"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + wife).then().statusCode(200);
        Api.as(Tokens.supervisor()).get("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldBlockAnIdoWhenTheMeasureSaysSo() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "抑止", "ヨクシ", "2021-04-01");
        String setaibango = fam.getString("setaibango[0]");
        String child = fam.getString("jumin[2].atenabango");
        Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("ido")))
                .post("/v1/jumin/" + child + "/shien-sochi").then().statusCode(201);
        String before = jp.kikan.jumin.support.Db.snapshot();
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "2024-05-01",
                        "jusho", Fixtures.jusho("60番地")))
                .post("/v1/ido/tenkyo").then().statusCode(403).body("code", equalTo("shien-sochi"));
        org.assertj.core.api.Assertions.assertThat(jp.kikan.jumin.support.Db.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldCarryTheMeasureOnTheFeedSoOtherServicesBlockToo() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "守谷", "モリヤ", "2021-04-01");
        String child = fam.getString("jumin[2].atenabango");
        String cursor = latestCursor();
        Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("shokai")))
                .post("/v1/jumin/" + child + "/shien-sochi").then().statusCode(201);
        Api.as(Tokens.renkeiClient(Tokens.CITY)).queryParam("cursor", cursor).get("/v1/renkei/jumin").then()
                .statusCode(200).body("metadata.mode", equalTo("diff"))
                .body("result.find { it.atenabango == '" + child + "' }.shien_sochi_taisho", equalTo(true));
    }

    private static String latestCursor() {
        String cursor = null;
        while (true) {
            var page = Api.as(Tokens.renkeiClient(Tokens.CITY)).queryParam("limit", 1000)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/v1/renkei/jumin")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("metadata.next_cursor");
            if (!page.getBoolean("metadata.has_more") && page.getString("metadata.mode").equals("diff")) {
                return cursor;
            }
        }
    }
}
