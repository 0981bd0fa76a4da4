package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.owner;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.shares;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.tochi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The land and house registers over HTTP: versions with 異動日 and 処理日 never overwritten, the owner of 1月1日 as the
 * 年度's taxpayer (地方税法第343条・第359条), co-owners with 持分 and 代表者, idempotent commands, bad input refused with
 * problem+json and nothing stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:koteishisanzei.daicho")
class KoteishisanDaichoTest {

    @jakarta.inject.Inject
    jp.kikan.chihozei.application.JuminFeed feed;

    private static final List<String> TABLES = List.of("tochi_rireki", "kaoku_rireki", "koteishisan_fuka", "koteishisan_saiban");

    @Test
    void shouldKeepEveryVersionAndMakeTheOwnerOfTheFirstOfJanuaryTheTaxpayer() {
        String a = owner("固定　一郎", "コテイ　イチロウ");
        String b = owner("買主　二郎", "カイヌシ　ジロウ");
        String id = tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        Map<String, Object> sold = jutakuYochi("2025-03-01", 12_000_000, sole(b));
        sold.put("ido_jiyu", "所有権移転（売買）");
        JsonPath t = KoteishisanDaichoData.post("/v1/koteishisanzei/tochi/" + id + "/ido", sold);
        assertThat(t.getList("versions.version", Integer.class)).containsExactly(1, 2);
        assertThat(t.getString("versions[0].shoyusha[0].atenabango")).isEqualTo(a);
        assertThat(t.getString("versions[1].ido_bi")).isEqualTo("2025-03-01");
        assertThat(t.getString("versions[1].shorinengappi")).isNotBlank();
        // 令和7年度 (賦課期日 2025-01-01): still the seller's; 令和8年度: the buyer's
        assertThat(shoyu(a, 2025).getList("nozeigimusha.tochi.flatten().tochi_id", String.class)).contains(id);
        assertThat(shoyu(a, 2026).getList("nozeigimusha.tochi.flatten().tochi_id", String.class)).doesNotContain(id);
        assertThat(shoyu(b, 2026).getList("nozeigimusha.tochi.flatten().tochi_id", String.class)).contains(id);
        Api.as(Api.clerk()).get("/v1/koteishisanzei/tochi/" + id).then().statusCode(200).body("versions.size()", equalTo(2));
    }

    @Test
    void shouldGroupCoOwnersAsOneTaxpayerWithTheirRepresentative() {
        String a = owner("共有　太郎", "キョウユウ　タロウ");
        String b = owner("共有　花子", "キョウユウ　ハナコ");
        Map<String, Object> body = jutakuYochi("2021-05-01", 9_000_000, shares(a, "2/3", b, "1/3"));
        body.put("daihyosha", b);
        String kyoyu = tochi(body);
        String own = tochi(jutakuYochi("2021-05-01", 6_000_000, sole(a)));
        JsonPath s = shoyu(a, 2025);
        String key = String.join("+", java.util.stream.Stream.of(a, b).sorted().toList());
        assertThat(s.getList("nozeigimusha.shoyusha_key", String.class)).containsExactlyInAnyOrder(a, key);
        assertThat(s.getString("nozeigimusha.find { it.shoyusha_key == '" + key + "' }.daihyosha")).isEqualTo(b);
        assertThat(s.getList("nozeigimusha.find { it.shoyusha_key == '" + key + "' }.tochi.tochi_id", String.class))
                .containsExactly(kyoyu);
        assertThat(s.getList("nozeigimusha.find { it.shoyusha_key == '" + a + "' }.tochi.tochi_id", String.class))
                .containsExactly(own);
    }

    @Test
    void shouldAnswerTheFirstResultForTheSameIdempotencyKey() {
        String a = owner("冪等　三郎", "ベキトウ　サブロウ");
        String key = "kotei-" + UUID.randomUUID();
        Map<String, Object> body = jutakuYochi("2022-04-01", 5_000_000, sole(a));
        String first = Api.as(Api.clerk()).header("Idempotency-Key", key).body(body).post("/v1/koteishisanzei/tochi").then()
                .statusCode(201).extract().jsonPath().getString("tochi_id");
        var before = DbSnapshot.of(TABLES);
        String again = Api.as(Api.clerk()).header("Idempotency-Key", key).body(body).post("/v1/koteishisanzei/tochi").then()
                .statusCode(201).extract().jsonPath().getString("tochi_id");
        assertThat(again).isEqualTo(first);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadInputWithProblemJsonAndStoreNothing() {
        String a = owner("誤入　四郎", "ゴニュウ　シロウ");
        String b = owner("誤入　五郎", "ゴニュウ　ゴロウ");
        var before = DbSnapshot.of(TABLES);
        refused(jutakuYochi("2022-04-01", 5_000_000, shares(a, "1/2", b, "1/3")), 422, "shoyusha");
        Map<String, Object> noKosu = jutakuYochi("2022-04-01", 5_000_000, sole(a));
        noKosu.remove("kosu");
        refused(noKosu, 422, "kosu");
        Map<String, Object> daihyo = jutakuYochi("2022-04-01", 5_000_000, shares(a, "1/2", b, "1/2"));
        daihyo.put("daihyosha", "1000000009");
        refused(daihyo, 422, "daihyosha");
        refused(jutakuYochi("2999-04-01", 5_000_000, sole(a)), 422, "ido_bi");
        refused(jutakuYochi("2022-02-30", 5_000_000, sole(a)), 422, "ido_bi");
        Map<String, Object> area = jutakuYochi("2022-04-01", 5_000_000, sole(a));
        area.put("chiseki", 100.123);
        refused(area, 422, "chiseki");
        refused(jutakuYochi("2022-04-01", 5_000_000, shares(a, "1/2", a, "1/2")), 422, "shoyusha[1].atenabango");
        Map<String, Object> chimoku = jutakuYochi("2022-04-01", 5_000_000, sole(a));
        chimoku.put("chimoku_genkyo", "住宅");
        refused(chimoku, 400, "chimoku_genkyo");
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(jutakuYochi("2022-04-01", 5_000_000, sole("1999999999"))).post("/v1/koteishisanzei/tochi").then()
                .statusCode(404).contentType("application/problem+json");
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(jutakuYochi("2022-04-01", 5_000_000, sole(a))).post("/v1/koteishisanzei/tochi/T999999999/ido").then()
                .statusCode(404).body("errors.field", hasItem("tochi_id"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldNotShowAnotherMunicipalitysParcel() {
        String a = owner("他市　六郎", "タシ　ロクロウ");
        String id = tochi(jutakuYochi("2022-04-01", 5_000_000, sole(a)));
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/koteishisanzei/tochi/" + id).then().statusCode(404);
    }

    @Test
    void shouldTakeAResidentFromTheFeedAsOwnerAndHideAProtectedOwnersParcel() throws Exception {
        String a = jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", 871));
        com.fasterxml.jackson.databind.node.ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, "住民　保護", "ジュウミン　ホゴ",
                "1980-04-01", "jumin", "tennyu", "2020-04-01", "2020-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        String id = tochi(jutakuYochi("2021-04-01", 7_000_000, sole(a)));
        long logged = DbSnapshot.count("select count(*) from access_log where action = 'koteishisanzei.daicho.shokai' "
                + "and target_id = '" + id + "'");
        Api.as(Api.clerk()).get("/v1/koteishisanzei/tochi/" + id).then().statusCode(200);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'koteishisanzei.daicho.shokai' "
                + "and target_id = '" + id + "'")).isEqualTo(logged + 1);
        com.fasterxml.jackson.databind.node.ObjectNode shien = item.deepCopy();
        shien.put("henko_shubetsu", "shien_sochi");
        shien.put("shien_sochi_taisho", true);
        ResidentFeedServer.publish(shien);
        feed.consumer().drain();
        // 支援措置: only the 支援措置 clerk may look the parcel or its owner up
        Api.as(Api.clerk()).get("/v1/koteishisanzei/tochi/" + id).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/koteishisanzei/shoyusha/" + a).then().statusCode(403);
        Api.as(Api.shien()).get("/v1/koteishisanzei/tochi/" + id).then().statusCode(200);
    }

    private static JsonPath shoyu(String a, int nendo) {
        return Api.as(Api.clerk()).queryParam("nendo", nendo).get("/v1/koteishisanzei/shoyusha/" + a).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body)
                .post("/v1/koteishisanzei/tochi").then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
