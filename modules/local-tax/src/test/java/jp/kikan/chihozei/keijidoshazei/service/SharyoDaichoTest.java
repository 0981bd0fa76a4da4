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
import java.util.UUID;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The vehicle register over HTTP: dated versions never overwritten, idempotent commands, refusals that store nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:keijidoshazei.sharyo-toroku")
class SharyoDaichoTest {

    private static final List<String> TABLES = List.of("sharyo", "sharyo_rireki", "sharyo_file", "keijidosha_fuka",
            "keijidosha_genmen");

    @Test
    @Tag("fn:keijidoshazei.sharyo-ido")
    @Tag("fn:keijidoshazei.sharyo-shokai")
    void shouldKeepEachChangeAsAVersionAndAnswerTheOwnerOfAnyDay() {
        String a = Sharyos.owner();
        String b = Sharyos.owner();
        String id = Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2015-04", "2024-05-01"));
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "令和7年3月20日", "shoyusha_atenabango", b))
                .post("/v1/keijidoshazei/sharyo/" + id + "/ido").then().statusCode(200).body("rireki.size()", equalTo(2));
        Api.as(Api.clerk()).queryParam("kijunbi", "2025-03-19").get("/v1/keijidoshazei/sharyo/" + id).then().statusCode(200)
                .body("genzai.shoyusha_atenabango", equalTo(a)).body("rireki[0].ido_jiyu", equalTo("toroku"));
        Api.as(Api.clerk()).queryParam("kijunbi", "2025-04-01").get("/v1/keijidoshazei/sharyo/" + id).then().statusCode(200)
                .body("genzai.shoyusha_atenabango", equalTo(b)).body("genzai.ido_jiyu", equalTo("meigi_henko"))
                .body("genzai.idobi", equalTo("2025-03-20"));
        assertThat(Api.as(Api.clerk()).queryParam("kijunbi", "2025-04-01").get("/v1/keijidoshazei/nozeigimusha/" + a + "/sharyo")
                .then().statusCode(200).extract().jsonPath().getList("sharyo")).isEmpty();
        assertThat(Api.as(Api.clerk()).queryParam("kijunbi", "2024-12-31").get("/v1/keijidoshazei/nozeigimusha/" + a + "/sharyo")
                .then().statusCode(200).extract().jsonPath().getList("sharyo.sharyo_id")).containsExactly(id);
        // 廃車: the last version; nothing after it
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "haisha", "idobi", "2025-10-01"))
                .post("/v1/keijidoshazei/sharyo/" + id + "/ido").then().statusCode(200).body("rireki[2].haisha", equalTo(true));
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "henko", "idobi", "2025-11-01", "hyoshiki_bango", "みなみ 1"))
                .post("/v1/keijidoshazei/sharyo/" + id + "/ido").then().statusCode(422).body("code", equalTo("haisha-zumi"));
        assertThat(Api.as(Api.clerk()).queryParam("kijunbi", "2025-12-01").get("/v1/keijidoshazei/nozeigimusha/" + b + "/sharyo")
                .then().statusCode(200).extract().jsonPath().getList("sharyo")).isEmpty();
    }

    @Test
    void shouldReplayARegistrationSentTwiceWithTheSameKey() {
        String a = Sharyos.owner();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01");
        String first = Api.as(Api.clerk()).header("Idempotency-Key", key).body(body).post("/v1/keijidoshazei/sharyo").then()
                .statusCode(201).extract().path("sharyo_id");
        var before = DbSnapshot.of(TABLES);
        String again = Api.as(Api.clerk()).header("Idempotency-Key", key).body(body).post("/v1/keijidoshazei/sharyo").then()
                .statusCode(201).extract().path("sharyo_id");
        assertThat(again).isEqualTo(first);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadVehiclesWithProblemJsonAndStoreNothing() {
        String a = Sharyos.owner();
        String bango = Sharyos.bango();
        Sharyos.register(Sharyos.yonrin(a, bango, "2020-06", "2024-05-01"));
        var before = DbSnapshot.of(TABLES);
        Map<String, Object> noShodo = new HashMap<>(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01"));
        noShodo.remove("shodo_kensa_nengetsu");
        Api.command(Api.clerk()).body(noShodo).post("/v1/keijidoshazei/sharyo").then().statusCode(422)
                .body("errors.field", hasItem("shodo_kensa_nengetsu"));
        Api.command(Api.clerk()).body(Sharyos.yonrin(a, bango, "2020-06", "2024-05-01")).post("/v1/keijidoshazei/sharyo").then()
                .statusCode(422).body("code", equalTo("hyoshiki-bango-jufuku"));
        Api.command(Api.clerk()).body(Sharyos.yonrin("80000000019", Sharyos.bango(), "2020-06", "2024-05-01"))
                .post("/v1/keijidoshazei/sharyo").then().statusCode(404);
        Api.command(Api.clerk()).body(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2025-02-30")).post("/v1/keijidoshazei/sharyo")
                .then().statusCode(422).body("errors.field", hasItem("idobi"));
        Map<String, Object> gentsuki = Map.of("hyoshiki_bango", Sharyos.bango(), "shashu_kubun", "gentsuki_50", "haikiryo", 110,
                "shoyusha_atenabango", a, "idobi", "2024-05-01");
        Api.command(Api.clerk()).body(gentsuki).post("/v1/keijidoshazei/sharyo").then().statusCode(422)
                .body("errors.field", hasItem("haikiryo"));
        Map<String, Object> unknownClass = new HashMap<>(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01"));
        unknownClass.put("shashu_kubun", "kei_jidosha");
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", UUID.randomUUID().toString()).body(unknownClass)
                .post("/v1/keijidoshazei/sharyo").then().statusCode(400).body("errors.field", hasItem("shashu_kubun"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAChangeDatedBeforeTheLatestVersion() {
        String a = Sharyos.owner();
        String b = Sharyos.owner();
        String id = Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01"));
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "2024-04-30", "shoyusha_atenabango", b))
                .post("/v1/keijidoshazei/sharyo/" + id + "/ido").then().statusCode(422).body("code", equalTo("idobi-order"));
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "meigi_henko", "idobi", "2024-06-01"))
                .post("/v1/keijidoshazei/sharyo/" + id + "/ido").then().statusCode(422).body("errors.field", hasItem("shoyusha_atenabango"));
        Api.command(Api.clerk()).body(Map.of("ido_jiyu", "haisha", "idobi", "2024-06-01"))
                .post("/v1/keijidoshazei/sharyo/" + UUID.randomUUID() + "/ido").then().statusCode(404);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    @Tag("fn:keijidoshazei.sharyo-torikomi")
    void shouldImportTheGoodLinesReportTheBadOnesByLineAndFieldAndChangeNothingOnTheSameFileAgain() {
        String a = Sharyos.owner();
        String b1 = Sharyos.bango();
        String b2 = Sharyos.bango();
        String csv = "shashu_kubun,hyoshiki_bango,shoyusha_atenabango,idobi,shodo_kensa_nengetsu,nenryo,haikiryo\n"
                + "yonrin_kamotsu_jikayo," + b1 + "," + a + ",2024-05-01,2019-07,gasoline,\n"
                + "gentsuki,\"" + b2 + "\"," + a + ",2024-05-01,,,49\n"
                + "yonrin_joyo_jikayo,みなみ 9," + a + ",2024-05-01,,gasoline,\n"
                + "kuruma,みなみ 10," + a + ",2024-05-01,,,\n"
                + "gentsuki,みなみ 11,80000000019,2024-05-01,,,90\n";
        JsonPath r = Api.command(Api.clerk()).body(Map.of("file_name", "sharyo.csv", "csv", csv))
                .post("/v1/keijidoshazei/sharyo-file").then().statusCode(200).extract().jsonPath();
        assertThat(r.getInt("gyosu")).isEqualTo(5);
        assertThat(r.getInt("torikomi")).isEqualTo(2);
        assertThat(r.getList("errors.line", Integer.class)).containsExactly(4, 5, 6);
        assertThat(r.getList("errors.field", String.class)).containsExactly("shodo_kensa_nengetsu", "shashu_kubun",
                "shoyusha_atenabango");
        assertThat(Api.as(Api.clerk()).queryParam("kijunbi", "2025-04-01").get("/v1/keijidoshazei/nozeigimusha/" + a + "/sharyo")
                .then().statusCode(200).extract().jsonPath().getList("sharyo.version.hyoshiki_bango", String.class))
                .containsExactlyInAnyOrder(b1, b2);
        String rows = "select (select count(*) from sharyo_rireki) * 1000 + (select count(*) from sharyo_file)";
        long before = DbSnapshot.count(rows);
        JsonPath again = Api.command(Api.clerk()).body(Map.of("file_name", "sharyo-2.csv", "csv", csv))
                .post("/v1/keijidoshazei/sharyo-file").then().statusCode(200).extract().jsonPath();
        assertThat(again.getBoolean("saisoshin")).isTrue();
        assertThat(again.getString("file_id")).isEqualTo(r.getString("file_id"));
        assertThat(DbSnapshot.count(rows)).isEqualTo(before);
    }
}
