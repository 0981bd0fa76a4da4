package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 利用者負担の割合 over HTTP, contract-validated: as entered, and for a person from local tax's income information. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class FutanWariaiServiceTest {

    @Inject
    JuminFeed feed;

    private void resident(String a, String s, String zokugara, String birth) throws Exception {
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "負担　三郎", "フタン　サブロウ", birth, "jumin", "転居",
                "2010-05-01", "2000-04-01");
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    @Test
    @Tag("fn:kaigo.futan-wariai")
    void shouldSimulateTheShareAsEntered() {
        JsonPath j = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "honnin", Map.of("kazei", true, "gokei_shotoku_kingaku", 1_600_000,
                "nenkin_shunyu", 2_800_000, "koteki_nenkin_shotoku", 1_600_000))).post("/v1/kaigo/futan-wariai/shisan").then()
                .statusCode(200).extract().jsonPath();
        assertThat(j.getInt("futan_wariai")).isEqualTo(2);
        assertThat(j.getString("yuko_kaishibi")).isEqualTo("2025-08-01");
        assertThat(j.getString("yuko_shuryobi")).isEqualTo("2026-07-31");
        assertThat(j.getList("santei_konkyo.rule_id", String.class)).contains("futan-wariai");
        Api.as(Api.clerk()).body(Map.of("nendo", 2023, "honnin", Map.of("kazei", true, "gokei_shotoku_kingaku", 0)))
                .post("/v1/kaigo/futan-wariai/shisan").then().statusCode(422).body("code", equalTo("parameter-nashi"));
    }

    @Test
    @Tag("fn:kaigo.futan-wariai")
    void shouldJudgeAPersonFromLocalTaxAndFollowATaxCorrection() throws Exception {
        String a = Api.bango(5);
        String b = Api.bango(5);
        String c = Api.bango(5);
        String s = Api.bango(6);
        resident(a, s, "世帯主", "1955-05-05");
        resident(b, s, "妻", "1957-06-06");
        resident(c, s, "子", "1990-01-01");
        // 本人: 合計所得 2,500,000 (年金所得 1,900,000; 年金収入 3,000,000) → 3,600,000; 妻: 年金収入 1,000,000 → 世帯 4,600,000
        IncomeServer.shotoku(a, 2025, 2_500_000, 3_000_000, 1_900_000, true);
        IncomeServer.shotoku(b, 2025, 0, 1_000_000, 0, false);
        JsonPath j = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/futan-wariai/" + a).then().statusCode(200)
                .extract().jsonPath();
        assertThat(j.getInt("dai1go_su")).as("the child under 65 is not counted").isEqualTo(2);
        assertThat(j.getLong("setai_nenkin_sonota")).isEqualTo(4_600_000);
        assertThat(j.getInt("futan_wariai")).isEqualTo(2);
        // local tax corrects the wife's income: 年金収入 1,030,000 → 4,630,000 → 3割
        IncomeServer.shotoku(b, 2025, 0, 1_030_000, 0, false);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/futan-wariai/" + a).then().statusCode(200)
                .body("futan_wariai", equalTo(3)).body("riyu[0]", org.hamcrest.Matchers.containsString("4,630,000"));
        // the child is not insured (第2号 not kept here)
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/futan-wariai/" + c).then().statusCode(422)
                .body("code", equalTo("hihokensha-nashi"));
    }
}
