package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 介護保険料の賦課 from this service's history and local tax's income information (the income API's test side held to
 * contracts/local-tax/v1.yaml), over HTTP and contract-validated; demo city 令和7年度 (基準額 80,400円).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class FukaTest {

    @Inject
    JuminFeed feed;

    private void resident(String a, String s, String zokugara, String birth, boolean shien) throws Exception {
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "賦課　次郎", "フカ　ジロウ", birth, "jumin", "転居",
                "2010-05-01", "2000-04-01");
        o.put("shien_sochi_taisho", shien);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    private static JsonPath fuka(String a, int status) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kaigo/fuka").then()
                .statusCode(status).extract().jsonPath();
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    void shouldAssessFromLocalTaxsIncomeAndRecordACorrectionWithItsDifference() throws Exception {
        String a = Api.bango(3);
        String b = Api.bango(3);
        String s = Api.bango(4);
        resident(a, s, "世帯主", "1950-05-05", false);
        resident(b, s, "妻", "1980-05-05", false);
        IncomeServer.shotoku(a, 2025, 0, 700_000, 0, false);
        IncomeServer.shotoku(b, 2025, 0, 0, 0, false);
        JsonPath j = fuka(a, 201);
        assertThat(j.getInt("version")).isEqualTo(1);
        assertThat(j.getBoolean("kosei")).isFalse();
        assertThat(j.getInt("dankai")).isEqualTo(1);
        assertThat(j.getLong("nengaku")).isEqualTo(22_900);
        assertThat(j.getLong("sagaku")).isEqualTo(22_900);
        assertThat(j.getString("hihokensha_bango")).matches("[0-9]{10}");
        assertThat(j.getList("kekka.santei_konkyo.rule_id", String.class)).contains("kohi-keigen");

        // local tax's 更正: the spouse is now taxed → 本人非課税・世帯課税 → 第4段階
        IncomeServer.shotoku(b, 2025, 2_000_000, 0, 0, true);
        j = fuka(a, 201);
        assertThat(j.getInt("version")).isEqualTo(2);
        assertThat(j.getBoolean("kosei")).isTrue();
        assertThat(j.getInt("dankai")).isEqualTo(4);
        assertThat(j.getLong("nengaku")).isEqualTo(72_300);
        assertThat(j.getLong("sagaku")).isEqualTo(49_400);
        // nothing changed: the latest version, no new one
        assertThat(fuka(a, 201).getInt("version")).isEqualTo(2);
        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract()
                .jsonPath();
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1, 2);
        assertThat(h.getList("items.nengaku", Long.class)).containsExactly(22_900L, 72_300L);
        // each assessment logs the household member whose 課税状況 it read
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'kaigo.hokenryo.fuka' and t.target_id = '" + b + "'")).isEqualTo(3);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    @Tag("fn:kaigo.hokenryo.tsukiwari")
    void shouldChargeTheMonthsFromThe65thTotatsubi() throws Exception {
        String a = Api.bango(3);
        resident(a, Api.bango(4), "世帯主", "1960-10-15", false);
        IncomeServer.shotoku(a, 2025, 1_500_000, 0, 0, true);
        JsonPath j = fuka(a, 201);
        assertThat(j.getInt("dankai")).isEqualTo(7);
        assertThat(j.getLong("kekka.hokenryo_nengaku")).isEqualTo(104_500);
        assertThat(j.getInt("kekka.tsukisu")).isEqualTo(6);
        // 104,500 × 6/12 = 52,250 → 100円未満切捨て
        assertThat(j.getLong("nengaku")).isEqualTo(52_200);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    void shouldRefuseWhenAnIncomeIsUnknownOrThePersonWasNotInsuredAndStoreNothing() throws Exception {
        String a = Api.bango(3);
        String b = Api.bango(3);
        String s = Api.bango(4);
        resident(a, s, "世帯主", "1950-05-05", false);
        resident(b, s, "子", "1985-05-05", false);
        IncomeServer.shotoku(a, 2025, 0, 700_000, 0, false);
        IncomeServer.mishinkoku(b, 2025);
        String young = Api.bango(3);
        resident(young, Api.bango(4), "世帯主", "1975-05-05", false);
        var before = DbSnapshot.of(List.of("kaigo_fuka", "shikaku_rireki"));
        JsonPath j = fuka(a, 422);
        assertThat(j.getString("code")).isEqualTo("shotoku-fumei");
        assertThat(j.getList("errors.field", String.class)).containsExactly("setaiin");
        Api.command(Api.clerk()).body(Map.of("atenabango", young, "nendo", 2025)).post("/v1/kaigo/fuka").then()
                .statusCode(422).body("code", equalTo("hihokensha-nashi")).body("errors.field", hasItem("nendo"));
        Api.command(Api.clerk()).body(Map.of("atenabango", Api.bango(3), "nendo", 2025)).post("/v1/kaigo/fuka").then()
                .statusCode(404);
        assertThat(DbSnapshot.of(List.of("kaigo_fuka", "shikaku_rireki"))).isEqualTo(before);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    void shouldBlockAProtectedPersonButForTheShienRole() throws Exception {
        String a = Api.bango(3);
        resident(a, Api.bango(4), "世帯主", "1950-05-05", true);
        IncomeServer.shotoku(a, 2025, 0, 700_000, 0, false);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kaigo/fuka").then().statusCode(403)
                .body("code", equalTo("shien-sochi"));
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/fuka/" + a).then().statusCode(403);
        Api.as(Api.shien()).queryParam("nendo", 2025).get("/v1/kaigo/fuka/" + a).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
