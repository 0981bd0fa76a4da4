package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ParameterDocs;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A municipality's published values loaded through the admin API (新座市 112305, so that no other test's figures change):
 * each load a new version, used by the later 試算 and 賦課, listed in the history, audited; a replay stores nothing new;
 * another municipality's staff, a clerk without the role and an invalid document are refused with nothing stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.parameter-toroku")
class ParameterTorokuTest {

    private static final String NIIZA = "112305";
    private static final String PATH = "/v1/kojin-juminzei/parameters/municipalities/";
    private static final List<String> TABLES = List.of("parameter_overlay", "platform_command");

    @Inject
    JuminFeed feed;

    private static String admin(String lgCode) {
        return TestTokens.staff("zeimu-admin-" + lgCode, lgCode, "zeimu-admin");
    }

    /** 新座市's shipped overlay with a 均等割の超過課税 (地方税法第310条) of the given amount. */
    private static Map<String, Object> niiza(long chokakazei) {
        return ParameterDocs.with(ParameterDocs.shipped("municipalities/112305-niiza.yaml"), "kintowari_shi_chokakazei",
                ParameterDocs.chokakazei(chokakazei, "新座市 (Kikan test: not a published value)"));
    }

    private static Response load(String token, String lgCode, String key, Object document) {
        return Api.as(token).header("Idempotency-Key", key).body(document).put(PATH + lgCode);
    }

    private static long shisan() {
        Map<String, Object> body = Map.of("nendo", 2025, "shikuchosonkodo", NIIZA, "honnin", Map.of("seinengappi", "1980-04-01"),
                "shunyu", Map.of("kyuyo_shunyu", 3_000_000), "shiharai", Map.of("shakai_hokenryo", 450_000));
        return Api.as(Api.clerkOf(NIIZA)).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract()
                .jsonPath().getLong("fuka.nenzeigaku");
    }

    @Test
    void shouldLoadNewVersionsThatLaterShisanAndFukaUseWithTheirHistory() throws Exception {
        long shipped = shisan();
        JsonPath none = Api.as(admin(NIIZA)).get(PATH + NIIZA).then().statusCode(200).extract().jsonPath();
        assertThat(none.getString("kubun")).isEqualTo("kitei");
        int start = none.getList("versions").size();

        String key = "param-" + UUID.randomUUID();
        JsonPath v1 = load(admin(NIIZA), NIIZA, key, niiza(500)).then().statusCode(200).extract().jsonPath();
        assertThat(v1.getInt("version")).isEqualTo(start + 1);
        assertThat(v1.getString("toroku_sha")).isEqualTo("zeimu-admin-" + NIIZA);
        assertThat(v1.getString("shutten")).isEqualTo("https://www.city.niiza.lg.jp/soshiki/10/keisannrei.html");
        assertThat(shisan()).isEqualTo(shipped + 500);

        // the same request with the same key: the first result, no second version
        long rows = DbSnapshot.count("select count(*) from parameter_overlay");
        JsonPath replay = load(admin(NIIZA), NIIZA, key, niiza(500)).then().statusCode(200).extract().jsonPath();
        assertThat(replay.getMap("")).isEqualTo(v1.getMap(""));
        assertThat(DbSnapshot.count("select count(*) from parameter_overlay")).isEqualTo(rows);

        load(admin(NIIZA), NIIZA, "param-" + UUID.randomUUID(), niiza(1_000)).then().statusCode(200)
                .body("version", equalTo(start + 2));
        assertThat(shisan()).isEqualTo(shipped + 1_000);

        JsonPath rireki = Api.as(admin(NIIZA)).get(PATH + NIIZA).then().statusCode(200).extract().jsonPath();
        assertThat(rireki.getString("kubun")).isEqualTo("toroku");
        assertThat(rireki.getInt("version")).isEqualTo(start + 2);
        assertThat(rireki.getInt("parameters.parameters.kintowari_shi_chokakazei.values[0].value")).isEqualTo(1_000);
        assertThat(rireki.getList("versions.version", Integer.class)).endsWith(start + 1, start + 2);
        assertThat(rireki.getList("versions.sha256", String.class)).doesNotHaveDuplicates().allMatch(s -> s.length() == 64);
        // every load is in the access log
        assertThat(DbSnapshot.count("select count(*) from access_log where lg_code = '" + NIIZA
                + "' and action = 'kojin-juminzei.parameter-toroku'")).isEqualTo(start + 2);

        // the 賦課 of a resident of 新座市 uses the loaded version, and its 算定根拠 says which one
        String a = Modulus11.withCheckDigit(String.format("%09d", 8_100_000 + start));
        ResidentFeedServer.publish(ResidentFeedServer.jumin(NIIZA, a, "新座　一郎", "ニイザ　イチロウ", "1980-04-01", "jumin",
                "tennyu", "2020-04-01", "2020-04-01"));
        feed.consumer().drain();
        Api.command(Api.clerkOf(NIIZA)).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", 3_000_000),
                "shiharai", Map.of("shakai_hokenryo", 450_000))).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        JsonPath fuka = Api.command(Api.clerkOf(NIIZA)).body(Map.of("atenabango", a, "nendo", 2025))
                .post("/v1/kojin-juminzei/fuka").then().statusCode(201).extract().jsonPath();
        assertThat(fuka.getLong("nenzeigaku")).isEqualTo(shipped + 1_000);
        assertThat(fuka.getList("fuka.santei_konkyo.parameters.flatten().level", String.class))
                .contains("新座市 (112305, 登録第" + (start + 2) + "版)");
    }

    @Test
    void shouldRefuseAnotherMunicipalitysStaff() {
        var before = DbSnapshot.withoutAccessLog(TABLES);
        load(admin(Api.CITY), NIIZA, "param-" + UUID.randomUUID(), niiza(500)).then().statusCode(403)
                .body("errors[0].field", equalTo("shikuchosonkodo"));
        Api.as(admin(Api.CITY)).get(PATH + NIIZA).then().statusCode(403);
        assertThat(DbSnapshot.withoutAccessLog(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRequireTheParameterAdministrationRole() {
        var before = DbSnapshot.withoutAccessLog(TABLES);
        load(Api.clerkOf(NIIZA), NIIZA, "param-" + UUID.randomUUID(), niiza(500)).then().statusCode(403);
        Api.as(Api.clerkOf(NIIZA)).get(PATH + NIIZA).then().statusCode(403);
        assertThat(DbSnapshot.withoutAccessLog(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnInvalidOverlayAndStoreNothing() {
        var before = DbSnapshot.of(TABLES);
        Map<String, Object> bad = ParameterDocs.with(ParameterDocs.shipped("municipalities/112305-niiza.yaml"), "kyuchi",
                ParameterDocs.definition("級地", "地方税法第295条第3項", "x", 4));
        load(admin(NIIZA), NIIZA, "param-" + UUID.randomUUID(), bad).then().statusCode(400)
                .body("code", equalTo("parameter-set"))
                .body("errors[0].field", equalTo("parameters.kyuchi.values[0].value"));
        // the document must be the city's of the URL
        Map<String, Object> minami = new HashMap<>(ParameterDocs.shipped("municipalities/999997-minami.yaml"));
        minami.put("source", "みなみ市 (fictional)");
        load(admin(NIIZA), NIIZA, "param-" + UUID.randomUUID(), minami).then().statusCode(422)
                .body("errors[0].field", equalTo("dantai_code"));
        // the publication it comes from is required (the contract)
        Map<String, Object> noSource = new HashMap<>(niiza(500));
        noSource.remove("source");
        Api.badInputAs(admin(NIIZA)).header("Idempotency-Key", "param-" + UUID.randomUUID()).body(noSource).put(PATH + NIIZA)
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        assertThat(shisanKubun()).isNotNull();
    }

    private static String shisanKubun() {
        Map<String, Object> body = Map.of("nendo", 2025, "shikuchosonkodo", NIIZA, "honnin", Map.of("seinengappi", "1980-04-01"));
        return Api.as(Api.clerkOf(NIIZA)).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract()
                .jsonPath().getString("parameter_set.kubun");
    }
}
