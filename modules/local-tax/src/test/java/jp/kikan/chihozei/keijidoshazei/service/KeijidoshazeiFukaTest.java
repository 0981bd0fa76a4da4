package jp.kikan.chihozei.keijidoshazei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 試算, 賦課 (当初・更正) and 減免 of 軽自動車税（種別割） over HTTP, contract-validated: the owner of 4月1日 pays the whole
 * year; a 更正 is a new version with the difference; bad input refused with problem+json and nothing stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:keijidoshazei.keisan")
class KeijidoshazeiFukaTest {

    private static final List<String> TABLES = List.of("sharyo", "sharyo_rireki", "keijidosha_fuka", "keijidosha_genmen");

    private static JsonPath shisan(Map<String, Object> body) {
        return Api.as(Api.clerk()).body(body).post("/v1/keijidoshazei/shisan").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath fuka(String atenabango, int nendo, String riyu) {
        Map<String, Object> body = new HashMap<>(Map.of("atenabango", atenabango, "nendo", nendo));
        if (riyu != null) {
            body.put("riyu", riyu);
        }
        return Api.command(Api.clerk()).body(body).post("/v1/keijidoshazei/fuka").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldSimulateTheThirteenYearBoundaryByFiscalYearWithItsExplanation() {
        // 初度検査 平成24年3月: 13 years in 令和7年3月 → 重課 from 令和7年度 (松戸市's table)
        Map<String, Object> car = Map.of("nendo", 2025, "shashu_kubun", "yonrin_joyo_jikayo", "shodo_kensa_nengetsu", "2012-03",
                "nenryo", "gasoline");
        JsonPath r7 = shisan(car);
        assertThat(r7.getLong("zeigaku.zeigaku")).isEqualTo(12_900);
        assertThat(r7.getString("zeigaku.zeiritsu_kubun")).isEqualTo("juka");
        assertThat(r7.getString("parameter_set")).isEqualTo("kitei");
        assertThat(r7.getList("zeigaku.santei_konkyo.setsumei", String.class)).anyMatch(s -> s.contains("13年"));
        Map<String, Object> april = new HashMap<>(car);
        april.put("shodo_kensa_nengetsu", "2012-04");
        assertThat(shisan(april).getLong("zeigaku.zeigaku")).isEqualTo(7_200);
        april.put("nendo", 2026);
        assertThat(shisan(april).getLong("zeigaku.zeigaku")).isEqualTo(12_900);
    }

    @Test
    void shouldSimulateWithAnInlineParameterSetAndRefuseABadOneNamingTheField() {
        Map<String, Object> moped = Map.of("nendo", 2025, "shashu_kubun", "gentsuki", "haikiryo", 50, "parameters",
                Map.of("zeiritsu", Map.of("source", "架空市税条例（超過課税の試算）", "values",
                        List.of(Map.of("nendo", "R7", "value", Map.of("gentsuki_50", 3_000))))));
        JsonPath r = shisan(moped);
        assertThat(r.getLong("zeigaku.zeigaku")).isEqualTo(3_000);
        assertThat(r.getString("parameter_set")).isEqualTo("inline");
        assertThat(r.getList("zeigaku.santei_konkyo.parameters.level").toString()).contains("試算の入力");
        Map<String, Object> bad = Map.of("nendo", 2025, "shashu_kubun", "gentsuki", "haikiryo", 50, "parameters",
                Map.of("zeiritsu", Map.of("values", List.of(Map.of("nendo", "R7", "value", Map.of("gentsuki_50", -1))))));
        Api.as(Api.clerk()).body(bad).post("/v1/keijidoshazei/shisan").then().statusCode(400)
                .body("errors.field", hasItem("parameters.zeiritsu.values[0].value.gentsuki_50"));
        Api.as(Api.clerk()).body(Map.of("nendo", 2031, "shashu_kubun", "minicar")).post("/v1/keijidoshazei/shisan").then()
                .statusCode(422).body("errors.field", hasItem("nendo"));
    }

    @Test
    @Tag("fn:keijidoshazei.kosei")
    void shouldTaxTheOwnerOfTheFirstOfAprilForTheWholeYear() {
        String seller = Sharyos.owner();
        String buyer = Sharyos.owner();
        String onFirst = Sharyos.register(Sharyos.yonrin(seller, Sharyos.bango(), "2015-04", "2024-04-01"));
        String onSecond = Sharyos.register(Sharyos.yonrin(seller, Sharyos.bango(), "2015-03", "2024-04-01"));
        String after = Sharyos.register(Sharyos.yonrin(seller, Sharyos.bango(), "2015-03", "2024-04-02"));
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "2025-04-01", "shoyusha_atenabango", buyer))
                .post("/v1/keijidoshazei/sharyo/" + onFirst + "/ido").then().statusCode(200);
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "2025-04-02", "shoyusha_atenabango", buyer))
                .post("/v1/keijidoshazei/sharyo/" + onSecond + "/ido").then().statusCode(200);
        JsonPath s = fuka(seller, 2025, null);
        assertThat(s.getList("sharyo.sharyo_id")).containsExactlyInAnyOrder(onSecond, after);
        assertThat(s.getLong("nenzeigaku")).isEqualTo(7_200 + 7_200);
        JsonPath b = fuka(buyer, 2025, null);
        assertThat(b.getList("sharyo.sharyo_id")).containsExactly(onFirst);
        assertThat(b.getLong("nenzeigaku")).isEqualTo(10_800);
        assertThat(b.getString("kubun")).isEqualTo("tosho");
        // 令和6年度: the two registered on 4月1日 were the seller's, the one registered on 4月2日 not yet
        JsonPath r6 = fuka(seller, 2024, null);
        assertThat(r6.getList("sharyo.sharyo_id")).containsExactlyInAnyOrder(onFirst, onSecond);
        assertThat(r6.getLong("nenzeigaku")).isEqualTo(10_800 + 7_200);
    }

    @Test
    @Tag("fn:keijidoshazei.genmen")
    void shouldCorrectAnAssessmentWithAnApprovedExemptionAsANewVersionWithTheDifference() {
        String a = Sharyos.owner();
        String car = Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01"));
        Sharyos.register(Map.of("hyoshiki_bango", Sharyos.bango(), "shashu_kubun", "gentsuki", "haikiryo", 110,
                "shoyusha_atenabango", a, "idobi", "2024-05-01"));
        JsonPath tosho = fuka(a, 2025, null);
        assertThat(tosho.getLong("nenzeigaku")).isEqualTo(10_800 + 2_400);
        assertThat(tosho.getLong("sagaku")).isEqualTo(10_800 + 2_400);

        String genmen = Api.command(Api.clerk()).body(Map.of("sharyo_id", car, "nendo", 2025, "riyu", "shogaisha",
                "shinseibi", "2025-05-10", "techo", "身体障害者手帳 1級")).post("/v1/keijidoshazei/genmen").then().statusCode(201)
                .body("jotai", equalTo("shinsei")).extract().path("genmen_id");
        // an application alone changes nothing
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025, "riyu", "減免の申請")).post("/v1/keijidoshazei/fuka")
                .then().statusCode(422).body("code", equalTo("kosei-naiyo-nashi"));
        Api.command(Api.clerk()).body(Map.of("kettei", "shonin", "ketteibi", "2025-05-20"))
                .post("/v1/keijidoshazei/genmen/" + genmen + "/kettei").then().statusCode(200).body("jotai", equalTo("shonin"))
                .body("version", equalTo(2));
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/keijidoshazei/fuka").then()
                .statusCode(422).body("errors.field", hasItem("riyu"));
        JsonPath kosei = fuka(a, 2025, "身体障害者等の減免の承認");
        assertThat(kosei.getString("kubun")).isEqualTo("kosei");
        assertThat(kosei.getLong("version")).isEqualTo(2);
        assertThat(kosei.getLong("nenzeigaku")).isEqualTo(2_400);
        assertThat(kosei.getLong("mae_nenzeigaku")).isEqualTo(13_200);
        assertThat(kosei.getLong("sagaku")).isEqualTo(-10_800);
        JsonPath all = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/keijidoshazei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("versions.nenzeigaku", Long.class)).containsExactly(13_200L, 2_400L);
        assertThat(all.getList("versions[1].sharyo.zeigaku.santei_konkyo.rule_id").toString()).contains("keijidosha-genmen");
        // a decided application is not decided again
        Api.command(Api.clerk()).body(Map.of("kettei", "kyakka", "ketteibi", "2025-05-21"))
                .post("/v1/keijidoshazei/genmen/" + genmen + "/kettei").then().statusCode(422)
                .body("code", equalTo("genmen-kettei-zumi"));
    }

    @Test
    void shouldRefuseAnAssessmentWithoutVehiclesOrBeforeTheFirstOfAprilAndStoreNothing() {
        String a = Sharyos.owner();
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/keijidoshazei/fuka").then()
                .statusCode(422).body("code", equalTo("shoyu-sharyo-nashi"));
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2027)).post("/v1/keijidoshazei/fuka").then()
                .statusCode(422);
        Api.command(Api.clerk()).body(Map.of("atenabango", "80000000019", "nendo", 2025)).post("/v1/keijidoshazei/fuka").then()
                .statusCode(404);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/keijidoshazei/fuka/" + a).then().statusCode(404);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }
}
