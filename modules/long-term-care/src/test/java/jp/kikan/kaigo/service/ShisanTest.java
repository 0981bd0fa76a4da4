package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 介護保険料の試算 over HTTP, contract-validated: the city's parameters, or a parameter set sent with the request. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ShisanTest {

    static Map<String, Object> nenkinOnly(long nenkin) {
        long shotoku = Math.max(0, nenkin - 1_100_000);
        return new HashMap<>(Map.of("kazei", false, "gokei_shotoku_kingaku", shotoku, "kazei_nenkin_shunyu", nenkin,
                "koteki_nenkin_shotoku", shotoku));
    }

    static JsonPath shisan(Map<String, Object> body) {
        return Api.as(Api.clerk()).body(body).post("/v1/kaigo/shisan").then().statusCode(200).extract().jsonPath();
    }

    /** 春日井市's 第9期 as levy notes C3 give it: 基準額 66,960円, 1円未満切捨て; its 第2段階 after the reduction 0.45. */
    static Map<String, Object> kasugai() {
        List<Map<String, Object>> dankai = new ArrayList<>();
        dankai.add(Map.of("dankai", 1, "taisho", "setai_hikazei", "ika_kijun_nenkin", true, "jyoritsu", "0.455",
                "keigen_jyoritsu", "0.285", "seikatsu_hogo", true, "rorei_fukushi", true));
        dankai.add(Map.of("dankai", 2, "taisho", "setai_hikazei", "ika", 1_200_000, "jyoritsu", "0.685", "keigen_jyoritsu", "0.45"));
        dankai.add(Map.of("dankai", 3, "taisho", "setai_hikazei", "jyoritsu", "0.69", "keigen_jyoritsu", "0.685"));
        dankai.add(Map.of("dankai", 4, "taisho", "honnin_hikazei", "ika_kijun_nenkin", true, "jyoritsu", "0.9"));
        dankai.add(Map.of("dankai", 5, "taisho", "honnin_hikazei", "jyoritsu", "1.0"));
        dankai.add(Map.of("dankai", 6, "taisho", "honnin_kazei", "jyoritsu", "1.2"));
        return new HashMap<>(Map.of("kijungaku", 66_960, "hasu_tani", 1, "keigen_hasu", "ikkatsu", "dankai", dankai));
    }

    @Test
    @Tag("fn:kaigo.hokenryo.shisan")
    @Tag("fn:kaigo.hokenryo.dankai")
    void shouldSimulateTheStageMultiplierAmountsAndReasonsWithTheCitysParameters() {
        JsonPath j = shisan(Map.of("nendo", 2025, "honnin", nenkinOnly(800_000), "setaiin", List.of(Map.of("kazei", true))));
        assertThat(j.getInt("dankai")).isEqualTo(4);
        assertThat(j.getInt("dankai_su")).isEqualTo(13);
        assertThat(j.getString("jyoritsu")).isEqualTo("0.9");
        assertThat(j.getLong("kijungaku")).isEqualTo(80_400);
        assertThat(j.getLong("hokenryo_nengaku")).isEqualTo(72_300);
        assertThat(j.getLong("nengaku")).isEqualTo(72_300);
        assertThat(j.getLong("tsukigaku")).isEqualTo(6_025);
        assertThat(j.getString("parameter_set")).isEqualTo("municipality");
        assertThat(j.getList("riyu", String.class)).anyMatch(r -> r.contains("第4段階"));
        assertThat(j.getList("santei_konkyo.rule_id", String.class)).contains("kazei-jokyo", "hantei-shotoku", "dankai",
                "honrai-nengaku", "hokenryo-nengaku", "tsukisu", "nengaku");
        assertThat(j.getString("santei_konkyo.find { it.rule_id == 'dankai' }.setsumei")).contains("介護保険法施行令第38条")
                .contains("809,000円");
    }

    @Test
    @Tag("fn:kaigo.hokenryo.tsukiwari")
    void shouldSimulateTheMonthsOfAMidYearAcquisition() {
        Map<String, Object> honnin = nenkinOnly(1_400_000);
        honnin.put("shikaku_shutokubi", "令和7年10月14日");
        JsonPath j = shisan(Map.of("nendo", 2025, "honnin", honnin, "setaiin", List.of(Map.of("kazei", true))));
        assertThat(j.getInt("dankai")).isEqualTo(5);
        assertThat(j.getInt("tsukisu")).isEqualTo(6);
        assertThat(j.getLong("nengaku")).isEqualTo(40_200);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.keigen")
    void shouldSimulateWithAParameterSetSentInlineAsKasugaiPublishes() {
        // 春日井市 (levy notes C3): 19,083 / 30,132 / 45,867
        JsonPath j = shisan(Map.of("nendo", 2025, "honnin", nenkinOnly(700_000), "parameters", kasugai()));
        assertThat(j.getString("parameter_set")).isEqualTo("inline");
        assertThat(j.getInt("dankai_su")).isEqualTo(6);
        assertThat(j.getLong("hokenryo_nengaku")).isEqualTo(19_083);
        assertThat(shisan(Map.of("nendo", 2025, "honnin", nenkinOnly(1_000_000), "parameters", kasugai()))
                .getLong("hokenryo_nengaku")).isEqualTo(30_132);
        assertThat(shisan(Map.of("nendo", 2025, "honnin", nenkinOnly(1_500_000), "parameters", kasugai()))
                .getLong("hokenryo_nengaku")).isEqualTo(45_867);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.shisan")
    void shouldRefuseContradictoryInputAndParameters() {
        Map<String, Object> bad = kasugai();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dankai = new ArrayList<>((List<Map<String, Object>>) bad.get("dankai"));
        dankai.remove(1);
        bad.put("dankai", dankai);
        Api.as(Api.clerk()).body(Map.of("nendo", 2025, "honnin", nenkinOnly(700_000), "parameters", bad)).post("/v1/kaigo/shisan")
                .then().statusCode(422).body("code", equalTo("parameter-invalid"));
        dankai.remove(dankai.size() - 1);
        Api.as(Api.clerk()).body(Map.of("nendo", 2025, "honnin", nenkinOnly(700_000), "parameters", Map.of("kijungaku", 66_960,
                "dankai", List.of(Map.of("dankai", 1, "taisho", "setai_hikazei", "jyoritsu", "0.5")))))
                .post("/v1/kaigo/shisan").then().statusCode(422).body("code", equalTo("parameter-invalid"));
        Map<String, Object> honnin = nenkinOnly(700_000);
        honnin.put("shikaku_shutokubi", "2025-10-01");
        honnin.put("shikaku_soshitsubi", "2025-09-01");
        Api.as(Api.clerk()).body(Map.of("nendo", 2025, "honnin", honnin)).post("/v1/kaigo/shisan").then().statusCode(422)
                .body("code", equalTo("soshitsubi-before-shutokubi"));
        // no stage table of the demo city before 第9期
        Api.as(Api.clerk()).body(Map.of("nendo", 2023, "honnin", nenkinOnly(700_000))).post("/v1/kaigo/shisan").then()
                .statusCode(422).body("code", equalTo("parameter-nashi"));
        Api.badInputAs(Api.clerk()).body(Map.of("honnin", nenkinOnly(700_000))).post("/v1/kaigo/shisan").then().statusCode(400);
        Api.as(Api.auditor()).body(Map.of("nendo", 2025, "honnin", nenkinOnly(700_000))).post("/v1/kaigo/shisan").then()
                .statusCode(403);
    }
}
