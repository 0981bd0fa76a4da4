package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 賦課 of a household over HTTP: members and months from this service's qualification history, incomes from local
 * tax's income information (the fake provider holds every answer to contracts/local-tax/v1.yaml); a change of either is
 * a 更正 (a new version with the difference). 令和7年度, みなみ市: 医療分 7.2% / 30,000 / 22,000, 支援金分 2.6% / 10,000 /
 * 7,000, 介護分 2.2% / 12,000.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.fuka")
@Tag("fn:kokuho.shotoku-fumei")
class FukaTest {

    @Inject
    JuminFeed feed;

    private void publish(String a, String s, String zokugara, String birth, String jotai, String jiyu, String ido) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "賦課　一郎", "フカ　イチロウ", birth, jotai,
                jiyu, ido, "2020-04-01"));
        feed.consumer().drain();
    }

    private static JsonPath fuka(String s) {
        return Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2025)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldAssessAHouseholdAndRecordEachChangeAsACorrection() throws Exception {
        String nushi = Api.bango(3);
        String ko = Api.bango(3);
        String s = Api.bango(4);
        publish(nushi, s, "世帯主", "1980-06-06", "jumin", "転居", "2021-05-01");
        publish(ko, s, "子", "2010-07-07", "jumin", "転居", "2021-05-01");
        IncomeServer.shotoku(nushi, 2025, 3_430_000, 5_000_000);
        IncomeServer.shotoku(ko, 2025, 0, 0);

        // 医療分 216,000 + 60,000 + 22,000 = 298,000; 支援金分 78,000 + 20,000 + 7,000 = 105,000; 介護分 (世帯主 45歳)
        // 66,000 + 12,000 = 78,000
        JsonPath j = fuka(s);
        assertThat(j.getInt("version")).isEqualTo(1);
        assertThat(j.getBoolean("kosei")).isFalse();
        assertThat(j.getString("nozeigimusha_atenabango")).isEqualTo(nushi);
        assertThat(j.getList("kekka.kubun.nengaku", Integer.class)).containsExactly(298_000, 105_000, 78_000);
        assertThat(j.getLong("nengaku")).isEqualTo(481_000);
        // nothing changed: no new version
        assertThat(fuka(s).getInt("version")).isEqualTo(1);

        // the child moved out on 2025-09-30 (喪失 2025-10-01): 医療分 (298,000 × 6 + 268,000 × 6) / 12 = 283,000;
        // 支援金分 (105,000 × 6 + 95,000 × 6) / 12 = 100,000
        publish(ko, s, "子", "2010-07-07", "tenshutsu", "国内転出", "2025-09-30");
        j = fuka(s);
        assertThat(j.getInt("version")).isEqualTo(2);
        assertThat(j.getBoolean("kosei")).isTrue();
        assertThat(j.getLong("nengaku")).isEqualTo(461_000);
        assertThat(j.getLong("sagaku")).isEqualTo(-20_000);

        // an income correction in local tax (+100万): 所得割 +72,000 / +26,000 / +22,000
        IncomeServer.shotoku(nushi, 2025, 4_430_000, 6_000_000);
        j = fuka(s);
        assertThat(j.getInt("version")).isEqualTo(3);
        assertThat(j.getLong("sagaku")).isEqualTo(120_000);

        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/fuka/" + s).then().statusCode(200)
                .extract().jsonPath();
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1, 2, 3);
        assertThat(h.getList("items.nengaku", Integer.class)).containsExactly(481_000, 461_000, 581_000);
    }

    @Test
    void shouldNeverAssessAnUnknownIncomeAsZero() throws Exception {
        String nushi = Api.bango(3);
        String ko = Api.bango(3);
        String s = Api.bango(4);
        publish(nushi, s, "世帯主", "1980-06-06", "jumin", "転居", "2021-05-01");
        publish(ko, s, "子", "2000-07-07", "jumin", "転居", "2021-05-01");
        IncomeServer.mishinkoku(nushi, 2025);
        var before = DbSnapshot.of(List.of("kokuho_fuka"));
        // the head filed nothing; the child is unknown to local tax
        JsonPath p = Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2025)).post("/v1/kokuho/fuka").then()
                .statusCode(422).body("code", equalTo("shotoku-fumei")).extract().jsonPath();
        assertThat(p.getList("errors.message", String.class)).hasSize(2)
                .anyMatch(m -> m.contains(nushi) && m.contains("未申告")).anyMatch(m -> m.contains(ko) && m.contains("所得情報なし"));
        assertThat(DbSnapshot.of(List.of("kokuho_fuka"))).isEqualTo(before);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/fuka/" + s).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // listed for follow-up (簡易申告) until an assessment succeeds
        JsonPath list = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/shotoku-fumei").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getList("items.setaibango")).contains(s);
        assertThat(list.getList("items.find { it.setaibango == '" + s + "' }.atenabango")).containsExactlyInAnyOrder(nushi, ko);
        IncomeServer.shotoku(nushi, 2025, 0, 0);
        IncomeServer.shotoku(ko, 2025, 0, 0);
        assertThat(fuka(s).getInt("version")).isEqualTo(1);
        assertThat(Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/shotoku-fumei").then().statusCode(200)
                .extract().jsonPath().getList("items.setaibango")).doesNotContain(s);
    }

    @Test
    void shouldRefuseAHouseholdThisMunicipalityHasNotRecorded() {
        Api.command(Api.clerk()).body(Map.of("setaibango", Api.bango(4), "nendo", 2025)).post("/v1/kokuho/fuka").then()
                .statusCode(404);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/fuka/" + Api.bango(4)).then().statusCode(404);
    }
}
