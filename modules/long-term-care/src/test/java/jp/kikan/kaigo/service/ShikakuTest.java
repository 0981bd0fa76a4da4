package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
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
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 第1号被保険者 from the resident records feed and from a clerk's 届出, over HTTP and contract-validated (business
 * date 2026-12-01). Dates: 肝付町 https://kimotsuki-town.jp/soshiki/fukushika/1/2/1097.html (65歳到達日 = 誕生日の前日,
 * 4/1生 → 3/31), 摂津市 (喪失 = 転出日・死亡日の翌日); 住所地特例 浦安市; 適用除外施設 大村市 (URLs in standard-specs).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ShikakuTest {

    @Inject
    JuminFeed feed;

    @Inject
    AgroalDataSource ds;

    static ObjectNode person(String a, String birth, String jotai, String jiyu, String ido, String nattabi) {
        return ResidentFeedServer.jumin(Api.CITY, a, Api.bango(2), "世帯主", "介護　花子", "カイゴ　ハナコ", birth, jotai, jiyu, ido,
                nattabi);
    }

    private void publish(ObjectNode o) {
        ResidentFeedServer.publish(o);
        try {
            feed.consumer().drain();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath hihokensha(String a) {
        return Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> todokede(String a, String shubetsu, String date) {
        Map<String, Object> m = new HashMap<>(Map.of("atenabango", a, "todokede_shubetsu", shubetsu, "idonengappi", date));
        if (shubetsu.equals("jushochi_tokurei_tekiyo")) {
            m.put("shisetsu_mei", "特別養護老人ホームきた苑");
            m.put("shisetsu_shozaichi", "架空県きた町");
        }
        return m;
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    @Tag("fn:kaigo.shikaku.bango")
    void shouldAcquireOnTheDayBeforeThe65thBirthdayWithANewNumber() {
        String a = Api.bango(1);
        publish(person(a, "1961-07-15", "jumin", "転居", "2010-05-01", "2000-04-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("nenrei_totatsubi")).isEqualTo("2026-07-14");
        assertThat(j.getBoolean("hihokensha")).isTrue();
        assertThat(j.getString("hihokensha_kubun")).isEqualTo("dai1go");
        assertThat(j.getString("shikaku_rireki[0].shikaku_ido_jiyu")).isEqualTo("nenrei_totatsu");
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-07-14");
        assertThat(j.getString("shikaku_rireki[0].legal_basis")).contains("介護保険法第9条第1号・第10条第4号");
        assertThat(j.getString("hihokensha_bango")).matches("[0-9]{10}");
        String b = Api.bango(1);
        publish(person(b, "1958-01-20", "jumin", "転居", "2010-05-01", "2000-04-01"));
        assertThat(hihokensha(b).getString("hihokensha_bango")).matches("[0-9]{10}").isNotEqualTo(j.getString("hihokensha_bango"));
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    void shouldAcquireOn31MarchWhenBornOn1April() {
        String a = Api.bango(1);
        publish(person(a, "1961-04-01", "jumin", "転居", "2010-05-01", "2000-04-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("nenrei_totatsubi")).isEqualTo("2026-03-31");
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-03-31");
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    void shouldAcquireOn28FebruaryWhenBornOn29February() {
        String a = Api.bango(1);
        // 2025 is a common year: the 65th year ends on the last day of February (民法第143条第2項ただし書)
        publish(person(a, "1960-02-29", "jumin", "転居", "2010-05-01", "2000-04-01"));
        assertThat(hihokensha(a).getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2025-02-28");
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    void shouldNotAcquireBeforeThe65thTotatsubi() {
        String a = Api.bango(1);
        // born 1961-12-03: reaches 65 on 2026-12-02, the day after the business date
        publish(person(a, "1961-12-03", "jumin", "転居", "2010-05-01", "2000-04-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getBoolean("hihokensha")).isFalse();
        assertThat(j.getString("nenrei_totatsubi")).isEqualTo("2026-12-02");
        assertThat(j.getList("shikaku_rireki")).isEmpty();
        assertThat(j.getString("hihokensha_bango")).isNull();
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    void shouldAcquireOnTheDailyRunWhenTheResidentReached65WithoutAChange() {
        String a = Api.bango(1);
        // recorded as the head was on the eve of the birthday (the feed had no change since): reached 65 on 2026-11-30
        Sql.update(ds, "insert into jumin (lg_code, atenabango, henko_bango, setaibango, shimei, seinengappi, zokugara, "
                + "jumin_jotai) values (?, ?, 1, ?, '到達　一郎', date '1961-12-01', '世帯主', 'jumin')", Api.CITY, a, Api.bango(2));
        assertThat(hihokensha(a).getBoolean("hihokensha")).as("due, though not yet recorded").isTrue();
        Api.command(Api.clerk()).body(Map.of()).post("/v1/shikaku/nenrei-totatsu").then().statusCode(200)
                .body("kijunbi", equalTo("2026-12-01"));
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-11-30");
        assertThat(j.getString("hihokensha_bango")).matches("[0-9]{10}");
        // a second run finds no one
        Api.command(Api.clerk()).body(Map.of()).post("/v1/shikaku/nenrei-totatsu").then().statusCode(200)
                .body("shutoku_su", equalTo(0));
        assertThat(hihokensha(a).getList("shikaku_rireki")).hasSize(1);
        Api.command(Api.clerk()).body(Map.of("kijunbi", "2026-12-02")).post("/v1/shikaku/nenrei-totatsu").then()
                .statusCode(422).body("code", equalTo("date-future"));
    }

    @Test
    @Tag("fn:kaigo.shikaku.ido")
    void shouldAcquireOnMovingInWhen65AndLoseTheDayAfterMovingOut() {
        String a = Api.bango(1);
        ObjectNode p = person(a, "1950-05-05", "jumin", "国内転入", "2026-04-10", "2026-04-10");
        publish(p);
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[0].shikaku_ido_jiyu")).isEqualTo("tennyu");
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-04-10");
        assertThat(j.getString("shikaku_rireki[0].legal_basis")).contains("第10条第2号");
        String bango = j.getString("hihokensha_bango");
        ObjectNode out = p.deepCopy();
        out.put("jumin_jotai", "tenshutsu").put("idojiyu", "国内転出").put("idonengappi", "2026-09-30");
        publish(out);
        j = hihokensha(a);
        assertThat(j.getBoolean("hihokensha")).isFalse();
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("tenshutsu");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-10-01");
        assertThat(j.getString("shikaku_rireki[1].legal_basis")).contains("第11条");
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-04-10");
        assertThat(j.getString("hihokensha_bango")).isEqualTo(bango);
    }

    @Test
    @Tag("fn:kaigo.shikaku.ido")
    void shouldLoseTheDayAfterDeathAndNeverAcquireOnMovingInUnder65() {
        String a = Api.bango(1);
        ObjectNode p = person(a, "1950-05-05", "jumin", "転居", "2019-03-01", "2015-04-01");
        publish(p);
        ObjectNode died = p.deepCopy();
        died.put("jumin_jotai", "shibo").put("idojiyu", "死亡").put("idonengappi", "2026-11-03");
        publish(died);
        JsonPath j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2015-05-04");
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("shibo");
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-11-04");
        String b = Api.bango(1);
        publish(person(b, "1970-01-01", "jumin", "国内転入", "2026-07-01", "2026-07-01"));
        assertThat(hihokensha(b).getList("shikaku_rireki")).isEmpty();
    }

    @Test
    @Tag("fn:kaigo.shikaku.todokede")
    void shouldKeepTheQualificationUnderJushochiTokureiWhenMovingOutToAFacility() {
        String a = Api.bango(1);
        ObjectNode p = person(a, "1945-06-01", "jumin", "転居", "2019-03-01", "2000-04-01");
        publish(p);
        JsonPath j = Api.command(Api.clerk()).body(todokede(a, "jushochi_tokurei_tekiyo", "2026-06-01"))
                .post("/v1/shikaku/todokede").then().statusCode(201).extract().jsonPath();
        assertThat(j.getString("shikaku_rireki[1].shikaku_ido_jiyu")).isEqualTo("jushochi_tokurei_tekiyo");
        assertThat(j.getString("shikaku_rireki[1].shisetsu_shozaichi")).isEqualTo("架空県きた町");
        assertThat(j.getString("shikaku_rireki[1].legal_basis")).contains("第13条");
        ObjectNode out = p.deepCopy();
        out.put("jumin_jotai", "tenshutsu").put("idojiyu", "国内転出").put("idonengappi", "2026-06-01");
        publish(out);
        j = hihokensha(a);
        assertThat(j.getString("shikaku_rireki[2].shikaku_ido_jiyu")).isEqualTo("jushochi_tokurei_tenshutsu");
        assertThat(j.getString("shikaku_rireki[2].ido_kubun")).isEqualTo("keizoku");
        assertThat(j.getBoolean("hihokensha")).isTrue();
        assertThat(j.getBoolean("jushochi_tokurei")).isTrue();
        // leaves the facility and settles elsewhere: lost the day after
        j = Api.command(Api.clerk()).body(todokede(a, "jushochi_tokurei_shuryo", "2026-10-31")).post("/v1/shikaku/todokede")
                .then().statusCode(201).extract().jsonPath();
        assertThat(j.getString("shikaku_rireki[3].shikaku_soshitsubi")).isEqualTo("2026-11-01");
        assertThat(j.getBoolean("hihokensha")).isFalse();
        assertThat(j.getBoolean("jushochi_tokurei")).isFalse();
    }

    @Test
    @Tag("fn:kaigo.shikaku.todokede")
    void shouldContinueFromTheLossDayWhenJushochiTokureiIsFiledAfterTheMoveOut() {
        String a = Api.bango(1);
        ObjectNode p = person(a, "1945-06-01", "jumin", "転居", "2019-03-01", "2000-04-01");
        publish(p);
        ObjectNode out = p.deepCopy();
        out.put("jumin_jotai", "tenshutsu").put("idojiyu", "国内転出").put("idonengappi", "2026-08-20");
        publish(out);
        assertThat(hihokensha(a).getBoolean("hihokensha")).isFalse();
        JsonPath j = Api.command(Api.clerk()).body(todokede(a, "jushochi_tokurei_tekiyo", "2026-08-20"))
                .post("/v1/shikaku/todokede").then().statusCode(201).extract().jsonPath();
        assertThat(j.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-08-21");
        assertThat(j.getString("shikaku_rireki[2].shikaku_ido_jiyu")).isEqualTo("jushochi_tokurei_kaifuku");
        assertThat(j.getString("shikaku_rireki[2].shikaku_shutokubi")).isEqualTo("2026-08-21");
        assertThat(j.getBoolean("hihokensha")).isTrue();
        assertThat(j.getBoolean("jushochi_tokurei")).isTrue();
    }

    @Test
    @Tag("fn:kaigo.shikaku.todokede")
    void shouldLoseTheDayAfterEnteringAnExcludedFacilityAndRegainOnLeaving() {
        String a = Api.bango(1);
        publish(person(a, "1950-05-05", "jumin", "転居", "2019-03-01", "2000-04-01"));
        String bango = hihokensha(a).getString("hihokensha_bango");
        Api.command(Api.clerk()).body(todokede(a, "tekiyo_jogai_nyusho", "2026-05-10")).post("/v1/shikaku/todokede")
                .then().statusCode(201).body("shikaku_rireki[1].shikaku_soshitsubi", equalTo("2026-05-11"))
                .body("tekiyo_jogai", equalTo(true)).body("hihokensha", equalTo(false));
        Api.command(Api.clerk()).body(todokede(a, "tekiyo_jogai_taisho", "令和8年8月1日")).post("/v1/shikaku/todokede")
                .then().statusCode(201).body("shikaku_rireki[2].shikaku_shutokubi", equalTo("2026-08-01"))
                .body("hihokensha", equalTo(true)).body("hihokensha_bango", equalTo(bango));
    }

    @Test
    @Tag("fn:kaigo.shikaku.todokede")
    void shouldRefuseATodokedeTheHistoryContradictsAndStoreNothing() {
        String a = Api.bango(1);
        publish(person(a, "1950-05-05", "jumin", "転居", "2019-03-01", "2000-04-01"));
        List<String> tables = List.of("shikaku_rireki", "shikaku_todokede", "hihokensha_bango");
        var before = DbSnapshot.of(tables);
        Api.command(Api.clerk()).body(todokede(a, "jushochi_tokurei_shuryo", "2026-06-01")).post("/v1/shikaku/todokede")
                .then().statusCode(422).body("code", equalTo("tokurei-nashi")).body("errors.field", hasItem("idonengappi"));
        Api.command(Api.clerk()).body(todokede(a, "tekiyo_jogai_taisho", "2026-06-01")).post("/v1/shikaku/todokede")
                .then().statusCode(422).body("code", equalTo("jogai-nashi"));
        Api.command(Api.clerk()).body(todokede(a, "tekiyo_jogai_nyusho", "2026-12-02")).post("/v1/shikaku/todokede")
                .then().statusCode(422).body("code", equalTo("date-future"));
        Api.command(Api.clerk()).body(todokede(a, "tekiyo_jogai_nyusho", "2026-02-30")).post("/v1/shikaku/todokede")
                .then().statusCode(422).body("code", equalTo("date-exists"));
        Map<String, Object> noShisetsu = new HashMap<>(todokede(a, "jushochi_tokurei_tekiyo", "2026-06-01"));
        noShisetsu.remove("shisetsu_mei");
        Api.command(Api.clerk()).body(noShisetsu).post("/v1/shikaku/todokede").then().statusCode(422)
                .body("code", equalTo("shisetsu-hissu"));
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "bad-" + a).body(todokede(a, "tennyu", "2026-06-01"))
                .post("/v1/shikaku/todokede").then().statusCode(400).body("errors.field", hasItem("todokede_shubetsu"));
        Api.command(Api.clerk()).body(todokede(Api.bango(1), "tekiyo_jogai_nyusho", "2026-06-01")).post("/v1/shikaku/todokede")
                .then().statusCode(404);
        assertThat(DbSnapshot.of(tables)).isEqualTo(before);
    }

    @Test
    @Tag("fn:kaigo.shikaku.shokai")
    void shouldBlockLookupOfAProtectedPersonButForTheShienRoleAndHideOtherMunicipalities() {
        String a = Api.bango(1);
        ObjectNode p = person(a, "1950-05-05", "jumin", "転居", "2019-03-01", "2000-04-01");
        p.put("shien_sochi_taisho", true);
        publish(p);
        Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.as(Api.shien()).get("/v1/hihokensha/" + a).then().statusCode(200).body("hihokensha", equalTo(true));
        assertThat(DbSnapshot.count("select count(*) from access_log where target_id = '" + a + "'")).isEqualTo(2);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/hihokensha/" + a).then().statusCode(404);
    }
}
