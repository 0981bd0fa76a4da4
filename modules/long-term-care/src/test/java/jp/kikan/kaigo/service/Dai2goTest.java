package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import jp.kikan.kaigo.infrastructure.NenjiFukaStore;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 第2号被保険者 (介護保険法第9条第2号: 40〜64歳の医療保険加入者) recorded from a 要介護認定の申請 naming the 医療保険者 and
 * the 特定疾病 (施行令第2条), over HTTP and contract-validated (business date 2026-12-01): certified like a 第1号, never
 * assessed a premium here (第129条第4項), and a 第1号 with the same number from the 65歳到達日.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.nintei.shinsei")
class Dai2goTest {

    private static final List<String> TABLES = List.of("shikaku_rireki", "hihokensha_bango", "nintei_shinsei", "nintei_tetsuzuki");

    @Inject
    JuminFeed feed;

    @Inject
    AgroalDataSource ds;

    @Inject
    NenjiFukaStore nenji;

    private String resident(String birth, String jotai) throws Exception {
        String a = Api.bango(8);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, Api.bango(8), "世帯主", "医療　二郎", "イリョウ　ジロウ", birth,
                jotai, "jumin".equals(jotai) ? "転居" : "転出", "2015-05-01", "2000-04-01"));
        feed.consumer().drain();
        return a;
    }

    private static Map<String, Object> shinsei(String a, String date, String tokutei) {
        Map<String, Object> m = new HashMap<>(Map.of("atenabango", a, "shinsei_kubun", "shinki", "shinseibi", date,
                "iryo_hokensha", Map.of("meisho", "全国健康保険協会　架空支部", "hokensha_bango", "01130012", "kigo_bango", "1234・56")));
        if (tokutei != null) {
            m.put("tokutei_shippei", tokutei);
        }
        return m;
    }

    private static JsonPath post(String path, Map<String, Object> body, int status) {
        return Api.command(Api.clerk()).body(body).post(path).then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath hihokensha(String a) {
        return Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> step(String shubetsu, String date) {
        return new HashMap<>(Map.of("shubetsu", shubetsu, "jisshibi", date));
    }

    @Test
    @Tag("fn:kaigo.nintei.tetsuzuki")
    @Tag("fn:kaigo.shikaku.dai2go")
    @Tag("fn:kaigo.shikaku.bango")
    void shouldRecordAFiftyYearOldResidentAsDai2goFromTheApplicationAndCertifyHim() throws Exception {
        String a = resident("1976-05-05", "jumin");
        assertThat(hihokensha(a).getBoolean("dai2go")).isFalse();
        JsonPath j = post("/v1/kaigo/nintei/shinsei", shinsei(a, "2026-11-10", "nokekkan_shikkan"), 201);
        assertThat(j.getString("hihokensha_kubun")).isEqualTo("dai2go");
        assertThat(j.getString("tokutei_shippei")).isEqualTo("nokekkan_shikkan");
        assertThat(j.getString("tokutei_shippei_mei")).isEqualTo("脳血管疾患");
        assertThat(j.getString("iryo_hokensha.meisho")).isEqualTo("全国健康保険協会　架空支部");
        assertThat(j.getString("iryo_hokensha.hokensha_bango")).isEqualTo("01130012");
        assertThat(j.getString("legal_basis")).contains("第9条第2号").contains("施行令第2条");

        JsonPath h = hihokensha(a);
        assertThat(h.getBoolean("hihokensha")).as("not a 第1号").isFalse();
        assertThat(h.getBoolean("dai2go")).isTrue();
        assertThat(h.getString("hihokensha_bango")).matches("[0-9]{10}");
        assertThat(h.getList("shikaku_rireki")).isEmpty();
        assertThat(h.getString("dai2go_rireki[0].shikaku_ido_jiyu")).isEqualTo("dai2go_shinsei");
        assertThat(h.getString("dai2go_rireki[0].ido_kubun")).isEqualTo("shutoku");
        assertThat(h.getString("dai2go_rireki[0].koryokubi")).isEqualTo("2026-11-10");
        assertThat(h.getString("dai2go_rireki[0].legal_basis")).contains("介護保険法第9条第2号");
        assertThat(h.getString("dai2go_kikan[0].shutokubi")).isEqualTo("2026-11-10");
        assertThat(Sql.one(ds, "select hihokensha_kubun from shikaku_rireki where lg_code = ? and atenabango = ?",
                rs -> rs.getString(1), Api.CITY, a)).contains("dai2go");

        // and on to the certification, as a 第1号's
        long id = j.getLong("shinsei_id");
        post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki", step("chosa", "2026-11-15"), 201);
        post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki", step("ikensho", "2026-11-20"), 201);
        post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki", step("shinsakai", "2026-11-28"), 201);
        Map<String, Object> kettei = step("kettei", "2026-11-30");
        kettei.put("kekka", "yokaigo1");
        j = post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki", kettei, 201);
        assertThat(j.getString("nintei.kekka")).isEqualTo("yokaigo1");
        assertThat(j.getString("nintei.yuko_kaishibi")).isEqualTo("2026-11-10");
        assertThat(j.getString("nintei.yuko_shuryobi")).isEqualTo("2027-05-31");
        // a 区分変更 while certified: still a 第2号, no second qualification entry
        post("/v1/kaigo/nintei/shinsei", Map.of("atenabango", a, "shinsei_kubun", "kubun_henko", "shinseibi", "2026-12-01",
                "tokutei_shippei", "nokekkan_shikkan", "iryo_hokensha", Map.of("meisho", "全国健康保険協会　架空支部")), 201);
        assertThat(hihokensha(a).getList("dai2go_rireki")).hasSize(1);
    }

    @Test
    void shouldRefuseADai2goApplicationWithoutTokuteiShippeiOrMedicalInsurerAndStoreNothing() throws Exception {
        String a = resident("1976-06-06", "jumin");
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(shinsei(a, "2026-11-10", null)).post("/v1/kaigo/nintei/shinsei").then().statusCode(422)
                .body("code", equalTo("tokutei-shippei-nashi")).body("errors.field", hasItem("tokutei_shippei"));
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "shinsei_kubun", "shinki", "shinseibi", "2026-11-10",
                "tokutei_shippei", "gan")).post("/v1/kaigo/nintei/shinsei").then().statusCode(422)
                .body("code", equalTo("iryo-hokensha-nashi")).body("errors.field", hasItem("iryo_hokensha.meisho"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        assertThat(hihokensha(a).getBoolean("dai2go")).isFalse();
    }

    @Test
    void shouldRefuseAThirtyNineYearOldAndANonResidentAndStoreNothing() throws Exception {
        // 40歳到達日 = 2026-11-19 (誕生日の前日): the day before is still 39
        String young = resident("1986-11-20", "jumin");
        String gone = resident("1970-01-01", "tenshutsu");
        String old = resident("1950-02-02", "tenshutsu");
        var before = DbSnapshot.of(TABLES);
        JsonPath p = post("/v1/kaigo/nintei/shinsei", shinsei(young, "2026-11-18", "gan"), 422);
        assertThat(p.getString("code")).isEqualTo("hihokensha-nashi");
        assertThat(p.getString("detail")).contains("40歳未満");
        assertThat(p.getList("errors.field", String.class)).contains("shinseibi");
        assertThat(post("/v1/kaigo/nintei/shinsei", shinsei(gone, "2026-11-18", "gan"), 422).getString("detail")).contains("住所がない");
        assertThat(post("/v1/kaigo/nintei/shinsei", shinsei(old, "2026-11-18", "gan"), 422).getString("detail")).contains("65歳以上");
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        // on his 40歳到達日 he is a 第2号
        assertThat(post("/v1/kaigo/nintei/shinsei", shinsei(young, "2026-11-19", "gan"), 201).getString("hihokensha_kubun"))
                .isEqualTo("dai2go");
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    @Tag("fn:kaigo.hokenryo.nenji-fuka")
    void shouldNotAssessADai2goAPremium() throws Exception {
        String a = resident("1970-03-03", "jumin");
        IncomeServer.shotoku(a, 2026, 3_000_000, 0, 0, true);
        post("/v1/kaigo/nintei/shinsei", shinsei(a, "2026-10-01", "kansetsu_riumachi"), 201);
        JsonPath p = Api.command(Api.shien()).body(Map.of("atenabango", a, "nendo", 2026)).post("/v1/kaigo/fuka").then()
                .statusCode(422).extract().jsonPath();
        assertThat(p.getString("code")).isEqualTo("hihokensha-nashi");
        assertThat(p.getString("detail")).contains("第2号被保険者").contains("医療保険者");
        assertThat(DbSnapshot.count("select count(*) from kaigo_fuka where atenabango = '" + a + "'")).isZero();
        // the annual run's targets (one partition: everyone) leave him out, a 第1号 of the same 世帯 age is in
        List<String> targets = nenji.next(Api.CITY, 2026, 0, 1, null, 1_000_000);
        assertThat(targets).doesNotContain(a);
        String dai1go = resident("1950-03-03", "jumin");
        assertThat(nenji.next(Api.CITY, 2026, 0, 1, null, 1_000_000)).contains(dai1go).doesNotContain(a);
    }

    @Test
    @Tag("fn:kaigo.shikaku.nenrei-totatsu")
    @Tag("fn:kaigo.shikaku.dai2go")
    void shouldTurnADai2goReaching65IntoDai1goOnTheTotatsubiWithTheSameNumber() throws Exception {
        // the head as on the eve of the 65th birthday (no feed change since): 65歳到達日 2026-11-19
        String a = Api.bango(8);
        Sql.update(ds, "insert into jumin (lg_code, atenabango, henko_bango, setaibango, shimei, seinengappi, zokugara, "
                + "jumin_jotai) values (?, ?, 1, ?, '到達　二郎', date '1961-11-20', '世帯主', 'jumin')", Api.CITY, a, Api.bango(8));
        IncomeServer.shotoku(a, 2026, 1_500_000, 0, 0, true);
        // 64 on 2026-09-15: a 第2号
        assertThat(post("/v1/kaigo/nintei/shinsei", shinsei(a, "2026-09-15", "shoroki_ninchisho"), 201).getString("hihokensha_kubun"))
                .isEqualTo("dai2go");
        String bango = hihokensha(a).getString("hihokensha_bango");
        assertThat(bango).matches("[0-9]{10}");

        Api.command(Api.clerk()).body(Map.of()).post("/v1/shikaku/nenrei-totatsu").then().statusCode(200);
        JsonPath h = hihokensha(a);
        assertThat(h.getBoolean("hihokensha")).isTrue();
        assertThat(h.getString("hihokensha_kubun")).isEqualTo("dai1go");
        assertThat(h.getBoolean("dai2go")).isFalse();
        assertThat(h.getString("hihokensha_bango")).as("no second number").isEqualTo(bango);
        assertThat(h.getString("shikaku_rireki[0].shikaku_ido_jiyu")).isEqualTo("nenrei_totatsu");
        assertThat(h.getString("shikaku_rireki[0].shikaku_shutokubi")).isEqualTo("2026-11-19");
        assertThat(h.getString("dai2go_kikan[0].shutokubi")).isEqualTo("2026-09-15");
        assertThat(h.getString("dai2go_kikan[0].soshitsubi")).isEqualTo("2026-11-19");
        assertThat(DbSnapshot.count("select count(*) from hihokensha_bango where atenabango = '" + a + "'")).isEqualTo(1);
        // a second run finds no one
        Api.command(Api.clerk()).body(Map.of("kijunbi", "2026-12-01")).post("/v1/shikaku/nenrei-totatsu").then().statusCode(200)
                .body("shutoku_su", equalTo(0));
        // the premium counts the months from the 到達日 (11月〜3月), not the 第2号 months, and the annual run now has him
        JsonPath f = Api.command(Api.shien()).body(Map.of("atenabango", a, "nendo", 2026)).post("/v1/kaigo/fuka").then()
                .statusCode(201).extract().jsonPath();
        assertThat(f.getInt("kekka.tsukisu")).isEqualTo(5);
        assertThat(nenji.next(Api.CITY, 2026, 0, 1, null, 1_000_000)).contains(a);
    }
}
