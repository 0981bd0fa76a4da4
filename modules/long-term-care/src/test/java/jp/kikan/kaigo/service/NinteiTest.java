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
import java.util.HashMap;
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

/** 要介護・要支援認定 over HTTP, contract-validated (business date 2026-12-01). */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class NinteiTest {

    @Inject
    JuminFeed feed;

    private String resident(boolean shien) throws Exception {
        String a = Api.bango(7);
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, Api.bango(7), "世帯主", "認定　四郎", "ニンテイ　シロウ", "1948-03-03",
                "jumin", "転居", "2010-05-01", "2000-04-01");
        o.put("shien_sochi_taisho", shien);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
        return a;
    }

    private static JsonPath shinsei(String a, String kubun, String date, int status) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", a, "shinsei_kubun", kubun, "shinseibi", date))
                .post("/v1/kaigo/nintei/shinsei").then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath step(long id, Map<String, Object> body, int status) {
        return Api.command(Api.clerk()).body(body).post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki").then().statusCode(status)
                .extract().jsonPath();
    }

    private static Map<String, Object> step(String shubetsu, String date) {
        return new HashMap<>(Map.of("shubetsu", shubetsu, "jisshibi", date));
    }

    @Test
    @Tag("fn:kaigo.nintei.shinsei")
    @Tag("fn:kaigo.nintei.tetsuzuki")
    @Tag("fn:kaigo.nintei.yuko-kikan")
    void shouldTakeAnApplicationThroughItsStepsToADecisionWithItsValidityPeriod() throws Exception {
        String a = resident(false);
        JsonPath j = shinsei(a, "shinki", "令和8年11月10日", 201);
        long id = j.getLong("shinsei_id");
        assertThat(j.getString("shori_kigen")).isEqualTo("2026-12-10");
        assertThat(j.getLong("nokori_nissu")).isEqualTo(9);
        assertThat(j.getBoolean("chien")).isFalse();
        step(id, step("chosa", "2026-11-15"), 201);
        step(id, step("ikensho", "2026-11-20"), 201);
        step(id, step("shinsakai", "2026-11-28"), 201);
        Map<String, Object> kettei = step("kettei", "2026-11-30");
        kettei.put("kekka", "yokaigo2");
        j = step(id, kettei, 201);
        assertThat(j.getBoolean("kettei")).isTrue();
        assertThat(j.getString("nintei.kekka")).isEqualTo("yokaigo2");
        assertThat(j.getString("nintei.yuko_kaishibi")).isEqualTo("2026-11-10");
        assertThat(j.getString("nintei.yuko_shuryobi")).isEqualTo("2027-05-31");
        assertThat(j.getString("nintei.koshin_kanobi")).isEqualTo("2027-04-01");
        assertThat(j.getList("tetsuzuki.tantosha", String.class)).containsOnly("kaigo1");
        assertThat(j.getList("tetsuzuki.shubetsu", String.class)).containsExactly("chosa", "ikensho", "shinsakai", "kettei");
        JsonPath r = Api.as(Api.clerk()).get("/v1/kaigo/nintei/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("yuko_nintei.kekka")).isEqualTo("yokaigo2");
        assertThat(r.getList("items")).hasSize(1);
        // in force: a second 新規 is refused, a 区分変更 is taken
        assertThat(shinsei(a, "shinki", "2026-12-01", 422).getString("code")).isEqualTo("nintei-chu");
        shinsei(a, "kubun_henko", "2026-12-01", 201);
    }

    @Test
    @Tag("fn:kaigo.nintei.kigen")
    void shouldListApplicationsPastTheThirtyDaysAndMoveTheDueDateOnAnExtensionNotice() throws Exception {
        String late = resident(false);
        long lateId = shinsei(late, "shinki", "2026-10-20", 201).getLong("shinsei_id");
        String extended = resident(false);
        long extId = shinsei(extended, "shinki", "2026-11-05", 201).getLong("shinsei_id");
        Map<String, Object> encho = step("encho", "2026-11-28");
        encho.put("encho_riyu", "主治医意見書が届いていないため");
        encho.put("mikomibi", "2026-12-20");
        JsonPath j = step(extId, encho, 201);
        assertThat(j.getString("kigen")).isEqualTo("2026-12-20");
        // 10/20 + 30 = 11/19: an extension notice is too late now, and the application is overdue
        encho.put("jisshibi", "2026-11-25");
        assertThat(step(lateId, encho, 422).getString("code")).isEqualTo("kigen-keika");
        JsonPath c = Api.as(Api.clerk()).get("/v1/kaigo/nintei/chien").then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("kijunbi")).isEqualTo("2026-12-01");
        assertThat(c.getList("items.atenabango", String.class)).contains(late).doesNotContain(extended);
        assertThat(c.getLong("items.find { it.atenabango == '" + late + "' }.nokori_nissu")).isEqualTo(-12);
    }

    @Test
    @Tag("fn:kaigo.nintei.tetsuzuki")
    void shouldRefuseStepsOutOfOrderAndStoreNothing() throws Exception {
        String a = resident(false);
        long id = shinsei(a, "shinki", "2026-11-20", 201).getLong("shinsei_id");
        var before = DbSnapshot.of(List.of("nintei_shinsei", "nintei_tetsuzuki"));
        assertThat(step(id, step("shinsakai", "2026-11-25"), 422).getString("code")).isEqualTo("junban");
        Map<String, Object> kettei = step("kettei", "2026-11-25");
        kettei.put("kekka", "yokaigo1");
        assertThat(step(id, kettei, 422).getString("code")).isEqualTo("junban");
        assertThat(step(id, step("chosa", "2026-11-19"), 422).getString("code")).isEqualTo("date-before-shinsei");
        assertThat(step(id, step("chosa", "2026-12-02"), 422).getString("code")).isEqualTo("date-future");
        assertThat(shinsei(a, "koshin", "2026-11-25", 422).getString("code")).isEqualTo("shinsei-chu");
        step(999_999_999L, step("chosa", "2026-11-25"), 404);
        assertThat(DbSnapshot.of(List.of("nintei_shinsei", "nintei_tetsuzuki"))).isEqualTo(before);
    }

    @Test
    @Tag("fn:kaigo.nintei.shokai")
    void shouldBlockAProtectedPersonButForTheShienRole() throws Exception {
        String a = resident(true);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "shinsei_kubun", "shinki", "shinseibi", "2026-11-20"))
                .post("/v1/kaigo/nintei/shinsei").then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Api.clerk()).get("/v1/kaigo/nintei/" + a).then().statusCode(403);
        Api.as(Api.shien()).get("/v1/kaigo/nintei/" + a).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
