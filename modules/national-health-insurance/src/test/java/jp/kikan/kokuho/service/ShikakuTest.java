package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.client.jumin.model.RenkeiJumin;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 資格 from the resident records feed and from a clerk's 届出, over HTTP and contract-validated (business date
 * 2026-12-01). Dates: 広島市 https://www.city.hiroshima.lg.jp/soshiki/71/3083.html (取得日・喪失日).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ShikakuTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    JuminFeed feed;


    static ObjectNode person(String a, String setai, String zokugara, String birth, String jotai, String jiyu, String ido,
            String nattabi) {
        return ResidentFeedServer.jumin(Api.CITY, a, setai, zokugara, "国保　太郎", "コクホ　タロウ", birth, jotai, jiyu, ido, nattabi);
    }

    private void publish(ObjectNode o) throws Exception {
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    private static JsonPath hihokensha(String a) {
        return Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> todokede(String a, String shubetsu, String date) {
        return Map.of("atenabango", a, "todokede_shubetsu", shubetsu, "idonengappi", date);
    }

    @Test
    @Tag("fn:kokuho.shikaku.ido")
    @Tag("fn:kokuho.shikaku.shokai")
    void shouldAcquireOnMovingInAndLoseTheDayAfterMovingOut() throws Exception {
        String a = Api.bango(1);
        String s = Api.bango(2);
        publish(person(a, s, "世帯主", "1980-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10"));
        JsonPath j = hihokensha(a);
        assertThat(j.getBoolean("hihokensha")).isTrue();
        assertThat(j.getString("shikaku_rireki[0].shikaku_ido_jiyu")).isEqualTo("tennyu");
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-04-10");
        assertThat(j.getString("shikaku_rireki[0].legal_basis")).contains("国民健康保険法第5条・第7条");

        publish(person(a, s, "世帯主", "1980-05-05", "tenshutsu", "国内転出", "2026-09-30", "2026-04-10"));
        j = hihokensha(a);
        assertThat(j.getBoolean("hihokensha")).isFalse();
        assertThat(j.getString("shikaku_rireki[1].ido_kubun")).isEqualTo("soshitsu");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-10-01");
        assertThat(j.getString("shikaku_rireki[1].idonengappi")).isEqualTo("2026-09-30");
        assertThat(j.getString("shikaku_rireki[1].legal_basis")).contains("第8条");
        assertThat(j.getString("shikaku_soshitsubi")).isEqualTo("2026-10-01");
        // the first entry is still there as it was: history, never overwrite
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-04-10");
    }

    @Test
    @Tag("fn:kokuho.shikaku.ido")
    void shouldAcquireOnBirthAndLoseTheDayAfterDeath() throws Exception {
        String a = Api.bango(1);
        String s = Api.bango(2);
        publish(person(a, s, "子", "2026-05-20", "jumin", "出生", "2026-05-20", "2026-05-20"));
        assertThat(hihokensha(a).getString("shikaku_rireki[0].shikaku_ido_jiyu")).isEqualTo("shussei");
        publish(person(a, s, "子", "2026-05-20", "shibo", "死亡", "2026-08-03", "2026-05-20"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("shibo");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-08-04");
    }

    @Test
    @Tag("fn:kokuho.shikaku.ido")
    void shouldLoseQualificationOnThe75thBirthday() throws Exception {
        String a = Api.bango(1);
        // a resident since 2015 (snapshot: 変更番号 of a migrated resident) who turned 75 on 2026-06-10
        publish(person(a, Api.bango(2), "世帯主", "1951-06-10", "jumin", "転居", "2019-03-01", "2015-04-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2015-04-01");
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("koki_korei");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-06-10");
        assertThat(j.getBoolean("hihokensha")).isFalse();
        // one already 75 when moving in never acquires (後期高齢者医療)
        String b = Api.bango(1);
        publish(person(b, Api.bango(2), "世帯主", "1940-01-01", "jumin", "国内転入", "2026-07-01", "2026-07-01"));
        assertThat(hihokensha(b).getList("shikaku_rireki")).isEmpty();
    }

    @Test
    @Tag("fn:kokuho.shikaku.ido")
    void shouldLoseQualificationOnTheFirstOfMarchWhenBornOnTheTwentyNinthOfFebruary() throws Exception {
        // born 1948-02-29: 75 is reached at the end of 2023-02-28 (年齢計算ニ関スル法律), 後期高齢者医療 from 2023-03-01
        String a = Api.bango(1);
        publish(person(a, Api.bango(2), "世帯主", "1948-02-29", "jumin", "転居", "2019-03-01", "2015-04-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("koki_korei");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2023-03-01");
    }

    @Test
    @Tag("fn:kokuho.shikaku.ido")
    void shouldAddNothingWhenAChangeIsDeliveredAgain() throws Exception {
        String a = Api.bango(1);
        ObjectNode o = person(a, Api.bango(2), "世帯主", "1980-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10");
        publish(o);
        RenkeiJumin again = JSON.treeToValue(o, RenkeiJumin.class);
        applyInTransaction(again);
        applyInTransaction(again);
        assertThat(hihokensha(a).getList("shikaku_rireki")).hasSize(1);
        assertThat(DbSnapshot.count("select count(*) from jumin_kiroku where atenabango = '" + a + "'")).isEqualTo(1);
    }

    void applyInTransaction(RenkeiJumin j) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> feed.torikomi(j));
    }

    @Test
    @Tag("fn:kokuho.shikaku.todokede")
    void shouldLoseTheDayAfterJoiningEmployeeInsuranceAndRegainOnLeavingIt() throws Exception {
        String a = Api.bango(1);
        publish(person(a, Api.bango(2), "世帯主", "1985-01-15", "jumin", "国内転入", "2026-04-01", "2026-04-01"));
        String key = "todokede-" + a;
        JsonPath j = Api.as(Api.clerk()).header("Idempotency-Key", key).body(todokede(a, "shaho_kanyu", "令和8年6月1日"))
                .post("/v1/shikaku/todokede").then().statusCode(201).extract().jsonPath();
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-06-02");
        assertThat(j.getString("shikaku_rireki[1].todokede_shubetsu")).isEqualTo("shaho_kanyu");
        // the same key again: the first result, nothing recorded twice
        Api.as(Api.clerk()).header("Idempotency-Key", key).body(todokede(a, "shaho_kanyu", "令和8年6月1日"))
                .post("/v1/shikaku/todokede").then().statusCode(201);
        assertThat(hihokensha(a).getList("shikaku_rireki")).hasSize(2);

        // 退職 2026-10-15 → 社保の喪失日 2026-10-16 → 国保 取得 that day
        j = Api.command(Api.clerk()).body(todokede(a, "shaho_soshitsu", "2026-10-16")).post("/v1/shikaku/todokede")
                .then().statusCode(201).extract().jsonPath();
        assertThat(j.getString("shikaku_rireki[2].shikaku_shutokubi")).isEqualTo("2026-10-16");
        assertThat(j.getBoolean("hihokensha")).isTrue();
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kokuho.shikaku.todokede' and target_id = '"
                + a + "'")).isEqualTo(2);
    }

    @Test
    @Tag("fn:kokuho.shikaku.todokede")
    void shouldLoseOnTheDaySeikatsuHogoStartsAndRegainOnItsEnd() throws Exception {
        String a = Api.bango(1);
        publish(person(a, Api.bango(2), "世帯主", "1970-03-03", "jumin", "国内転入", "2026-04-01", "2026-04-01"));
        Api.command(Api.clerk()).body(todokede(a, "seikatsu_hogo_kaishi", "2026-07-01")).post("/v1/shikaku/todokede")
                .then().statusCode(201).body("shikaku_rireki[1].shikaku_soshitsubi", equalTo("2026-07-01"));
        Api.command(Api.clerk()).body(todokede(a, "seikatsu_hogo_haishi", "2026-11-20")).post("/v1/shikaku/todokede")
                .then().statusCode(201).body("shikaku_rireki[2].shikaku_shutokubi", equalTo("2026-11-20"))
                .body("shikaku_rireki[2].shikaku_ido_jiyu", equalTo("seikatsu_hogo_haishi"));
    }

    @Test
    @Tag("fn:kokuho.shikaku.todokede")
    void shouldNotAcquireOnMovingInWhileOnSeikatsuHogo() throws Exception {
        String a = Api.bango(1);
        String s = Api.bango(2);
        publish(person(a, s, "世帯主", "1970-03-03", "jumin", "国内転入", "2026-04-01", "2026-04-01"));
        Api.command(Api.clerk()).body(todokede(a, "seikatsu_hogo_kaishi", "2026-05-01")).post("/v1/shikaku/todokede")
                .then().statusCode(201);
        publish(person(a, s, "世帯主", "1970-03-03", "tenshutsu", "国内転出", "2026-06-30", "2026-04-01"));
        publish(person(a, s, "世帯主", "1970-03-03", "jumin", "国内転入", "2026-09-01", "2026-09-01"));
        assertThat(hihokensha(a).getList("shikaku_rireki")).hasSize(2);
    }

    @Test
    @Tag("fn:kokuho.shikaku.todokede")
    void shouldRefuseATodokedeTheHistoryContradictsAndStoreNothing() throws Exception {
        String a = Api.bango(1);
        publish(person(a, Api.bango(2), "世帯主", "1980-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10"));
        List<String> tables = List.of("shikaku_rireki", "shikaku_todokede");
        var before = DbSnapshot.of(tables);
        // before the 取得日
        Api.command(Api.clerk()).body(todokede(a, "shaho_kanyu", "2026-04-01")).post("/v1/shikaku/todokede").then()
                .statusCode(422).body("code", equalTo("shikaku-nashi")).body("errors.field", hasItem("idonengappi"));
        // already insured
        Api.command(Api.clerk()).body(todokede(a, "shaho_soshitsu", "2026-05-01")).post("/v1/shikaku/todokede").then()
                .statusCode(422).body("code", equalTo("shikaku-ari"));
        // after the business date, a date that does not exist, a missing item, an unknown kind
        Api.command(Api.clerk()).body(todokede(a, "shaho_kanyu", "2026-12-02")).post("/v1/shikaku/todokede").then()
                .statusCode(422).body("code", equalTo("date-future"));
        Api.command(Api.clerk()).body(todokede(a, "shaho_kanyu", "2026-02-30")).post("/v1/shikaku/todokede").then()
                .statusCode(422).body("code", equalTo("date-exists"));
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "bad-" + a)
                .body(Map.of("atenabango", a, "todokede_shubetsu", "shaho_kanyu")).post("/v1/shikaku/todokede").then()
                .statusCode(400).body("errors.field", hasItem("idonengappi"));
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "bad2-" + a).body(todokede(a, "nenkin", "2026-06-01"))
                .post("/v1/shikaku/todokede").then().statusCode(400).body("errors.field", hasItem("todokede_shubetsu"));
        // someone this municipality has not recorded
        Api.command(Api.clerk()).body(todokede(Api.bango(1), "shaho_kanyu", "2026-06-01")).post("/v1/shikaku/todokede")
                .then().statusCode(404);
        assertThat(DbSnapshot.of(tables)).isEqualTo(before);
    }

    @Test
    @Tag("fn:kokuho.setai")
    void shouldShowTheHouseholdWithItsLiableHeadWhoIsNotInsured() throws Exception {
        String nushi = Api.bango(1);
        String ko = Api.bango(1);
        String s = Api.bango(2);
        publish(person(nushi, s, "世帯主", "1975-02-02", "jumin", "国内転入", "2026-04-01", "2026-04-01"));
        publish(person(ko, s, "子", "2005-08-08", "jumin", "国内転入", "2026-04-01", "2026-04-01"));
        Api.command(Api.clerk()).body(todokede(nushi, "shaho_kanyu", "2026-05-01")).post("/v1/shikaku/todokede")
                .then().statusCode(201);
        JsonPath j = Api.as(Api.clerk()).get("/v1/setai/" + s).then().statusCode(200).extract().jsonPath();
        assertThat(j.getString("setainushi_atenabango")).isEqualTo(nushi);
        assertThat(j.getBoolean("gisei_setainushi")).isTrue();
        assertThat(j.getInt("hihokenshasu")).isEqualTo(1);
        assertThat(j.getList("setaiin.atenabango")).containsExactly(nushi, ko);
        assertThat(j.getList("setaiin.hihokensha")).containsExactly(false, true);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/setai/" + s).then().statusCode(404);
    }

    @Test
    @Tag("fn:kokuho.shikaku.shokai")
    void shouldBlockLookupOfAProtectedPersonUnlessShienAndLogTheRefusal() throws Exception {
        String a = Api.bango(1);
        String s = Api.bango(2);
        ObjectNode o = person(a, s, "世帯主", "1980-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10");
        o.put("shien_sochi_taisho", true);
        publish(o);
        long refusals = DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止'");
        Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Api.clerk()).get("/v1/setai/" + s).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.command(Api.clerk()).body(todokede(a, "shaho_kanyu", "2026-06-01")).post("/v1/shikaku/todokede").then()
                .statusCode(403);
        assertThat(DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止'")).isEqualTo(refusals + 3);
        Api.as(Api.shien()).get("/v1/hihokensha/" + a).then().statusCode(200);
    }

    @Test
    @Tag("fn:access-log")
    void shouldShowAnAuditorEveryReadAndNeverAnotherMunicipalitysPerson() throws Exception {
        String a = Api.bango(1);
        publish(person(a, Api.bango(2), "世帯主", "1980-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10"));
        hihokensha(a);
        Api.as(Api.auditor()).queryParam("target_id", a).get("/v1/access-log").then().statusCode(200)
                .body("items.action", hasItem("kokuho.shikaku.shokai"));
        Api.as(Api.auditor()).get("/v1/access-log/verification").then().statusCode(200).body("intact", equalTo(true));
        Api.badInputAs(Api.clerk()).get("/v1/access-log").then().statusCode(403);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/hihokensha/" + a).then().statusCode(404);
    }
}
