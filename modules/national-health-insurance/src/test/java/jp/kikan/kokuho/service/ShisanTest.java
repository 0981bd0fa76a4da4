package jp.kikan.kokuho.service;

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
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 試算 over HTTP: the engine's answer with its 算定根拠, contract-validated; bad input refused, nothing stored. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.shisan")
class ShisanTest {

    private static final List<String> TABLES = List.of("jumin", "jumin_kiroku", "shikaku_rireki", "shikaku_todokede");

    private static Map<String, Object> setai(int nendo, Object... members) {
        return Map.of("nendo", nendo, "setaiin", List.of(members));
    }

    /**
     * 令和7年度, みなみ市: 擬制世帯主 (昭和45年生, 社保; 総所得金額等 90万) and his insured son (平成12年生, 所得なし) who
     * joined on 令和7年7月1日: 軽減 2割 (90万 ≤ 43万 + 56万 × 1); 医療分 (30,000 − 6,000 + 22,000 − 4,400) = 41,600 × 9 / 12 =
     * 31,200; 支援金分 (10,000 − 2,000 + 7,000 − 1,400) = 13,600 × 9/12 = 10,200; no 介護分 (the son is 25).
     */
    @Test
    @Tag("fn:kokuho.hokenzei.keisan")
    void shouldComputeAHouseholdWithAHeadWhoIsNotInsuredWithItsExplanation() {
        JsonPath r = Api.as(Api.clerk()).body(setai(2025,
                Map.of("seinengappi", "昭和45年1月1日", "setainushi", true, "kokuho", false,
                        "shotoku", Map.of("sosho_kingaku_to", 900_000, "kyuyo_shunyu", 1_550_000)),
                Map.of("seinengappi", "2000-01-01", "shikaku_shutokubi", "令和7年7月1日", "shotoku", Map.of("sosho_kingaku_to", 0))))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("nendo_label")).isEqualTo("令和7年度");
        assertThat(r.getBoolean("gisei_setainushi")).isTrue();
        assertThat(r.getInt("keigen.wari")).isEqualTo(2);
        assertThat(r.getString("keigen.hantei_kijunbi")).isEqualTo("2025-07-01");
        assertThat(r.getList("kubun.kubun")).containsExactly("iryo", "shien", "kaigo");
        assertThat(r.getList("kubun.nengaku", Integer.class)).containsExactly(31_200, 10_200, 0);
        assertThat(r.getInt("kubun[0].tsukisu")).isEqualTo(9);
        assertThat(r.getLong("nengaku")).isEqualTo(41_400);
        assertThat(r.getList("santei_konkyo.legal_basis", String.class)).allMatch(s -> s != null && !s.isBlank());
        assertThat(r.getList("santei_konkyo.setsumei", String.class)).anyMatch(s -> s.contains("低所得者の軽減") && s.contains("confirmed"));
        assertThat(r.getList("santei_konkyo.parameters.source", String.class).toString()).contains("https://");
    }

    @Test
    @Tag("fn:kokuho.hokenzei.keigen")
    void shouldTakeTheBirthAndTheInvoluntaryUnemploymentFromTheRequest() {
        // see TokureiTest: 医療分 186,000 (産前産後 7〜10月); 95,100 (非自発的失業者, 給与所得 × 30/100)
        JsonPath sanzen = Api.as(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1995-05-05", "setainushi", true,
                "shussan_yoteibi", "令和7年8月15日", "shotoku", Map.of("sosho_kingaku_to", 3_430_000, "kyuyo_shunyu", 5_000_000))))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(sanzen.getInt("kubun[0].nengaku")).isEqualTo(186_000);
        assertThat(sanzen.getList("santei_konkyo.rule_id")).contains("sanzen-sango");
        JsonPath shitsugyo = Api.as(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1990-01-01", "setainushi", true,
                "hijihatsuteki_shitsugyo", Map.of("rishokubi", "2024-09-30", "rishoku_riyu_kodo", "11"),
                "shotoku", Map.of("sosho_kingaku_to", 3_430_000, "kyuyo_shotoku", 3_430_000, "kyuyo_shunyu", 5_000_000))))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(shitsugyo.getInt("kubun[0].nengaku")).isEqualTo(95_100);
        assertThat(shitsugyo.getList("santei_konkyo.rule_id")).contains("hijihatsu");
    }

    @Test
    void shouldRefuseBadInputAndStoreNothing() {
        var before = DbSnapshot.of(TABLES);
        // a negative income: the contract (400, its field)
        Api.badInputAs(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1980-01-01", "shotoku", Map.of("sosho_kingaku_to", -1))))
                .post("/v1/kokuho/shisan").then().statusCode(400).body("errors.field", hasItem("setaiin[0].shotoku.sosho_kingaku_to"));
        // two heads, a loss before the acquisition, a date that does not exist: business rules (422, the field)
        Api.as(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1980-01-01", "setainushi", true, "shotoku", Map.of("sosho_kingaku_to", 0)),
                Map.of("seinengappi", "1981-01-01", "setainushi", true, "shotoku", Map.of("sosho_kingaku_to", 0))))
                .post("/v1/kokuho/shisan").then().statusCode(422).body("code", equalTo("setainushi-hitori"));
        Api.as(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1980-01-01", "shikaku_shutokubi", "2025-09-01",
                "shikaku_soshitsubi", "2025-08-01", "shotoku", Map.of("sosho_kingaku_to", 0))))
                .post("/v1/kokuho/shisan").then().statusCode(422).body("errors.field", hasItem("setaiin[0].shikaku_soshitsubi"));
        Api.as(Api.clerk()).body(setai(2025, Map.of("seinengappi", "1980-02-30", "shotoku", Map.of("sosho_kingaku_to", 0))))
                .post("/v1/kokuho/shisan").then().statusCode(422).body("code", equalTo("date-exists"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAYearOrAMunicipalityWithoutParameters() {
        Map<String, Object> one = Map.of("seinengappi", "1980-01-01", "shotoku", Map.of("sosho_kingaku_to", 0));
        Api.as(Api.clerk()).body(setai(2030, one)).post("/v1/kokuho/shisan").then().statusCode(422)
                .body("code", equalTo("parameter-nashi"));
        // きた町 (a 保険料 town) has parameters from 令和7年度 only; 999962 has none at all
        Api.as(Api.clerkOf(Api.OTHER_CITY)).body(setai(2024, one)).post("/v1/kokuho/shisan").then().statusCode(422)
                .body("code", equalTo("parameter-nashi"));
        Api.as(Api.clerkOf("999962")).body(setai(2025, one)).post("/v1/kokuho/shisan").then().statusCode(422)
                .body("code", equalTo("parameter-nashi"));
        Api.badInputAs(Api.auditor()).body(setai(2025, one)).post("/v1/kokuho/shisan").then().statusCode(403);
    }

    /**
     * 令和7年度, a 世帯主 of 45 with 総所得金額等 343万 (所得割の基礎 300万): the request's rates — 医療分 9.00% / 40,000 /
     * 25,000 and 支援金分 3.00% / 12,000 / 0, no 介護分, 医療分の限度額 250,000 — give 医療分 270,000 + 40,000 + 25,000 =
     * 335,000 capped to 250,000 and 支援金分 90,000 + 12,000 = 102,000, whatever みなみ市's rates; the 算定根拠 marks
     * them inline and keeps the national ones (基礎控除) as 国.
     */
    @Test
    @Tag("fn:kokuho.hokenzei.shisan-parameter")
    void shouldComputeWithTheRatesTheRequestGivesMarkedInline() {
        Map<String, Object> one = Map.of("seinengappi", "1980-01-01", "setainushi", true,
                "shotoku", Map.of("sosho_kingaku_to", 3_430_000, "kyuyo_shunyu", 5_000_000));
        Map<String, Object> rates = Map.of("zeiritsu", Map.of(
                "iryo", Map.of("shotokuwari", "9.00", "kintowari", 40_000, "byodowari", 25_000),
                "shien", Map.of("shotokuwari", "3.00", "kintowari", 12_000, "byodowari", 0)),
                "gendogaku", Map.of("iryo", 250_000), "hasu_tani", 100);
        JsonPath own = Api.as(Api.clerk()).body(setai(2025, one)).post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        JsonPath r = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "setaiin", List.of(one), "parameters", rates))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("kubun.kubun")).containsExactly("iryo", "shien");
        assertThat(r.getList("kubun.nengaku", Integer.class)).containsExactly(250_000, 102_000);
        assertThat(r.getLong("nengaku")).isEqualTo(352_000).isNotEqualTo(own.getLong("nengaku"));
        List<Map<String, Object>> used = r.getList("santei_konkyo.parameters.flatten()");
        assertThat(used).filteredOn(p -> String.valueOf(p.get("id")).startsWith("zeiritsu_"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.get("level")).isEqualTo("inline"));
        assertThat(used).filteredOn(p -> "kiso_kojo".equals(p.get("id"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("level")).isEqualTo("国"));

        Api.badInputAs(Api.clerk()).body(Map.of("nendo", 2025, "setaiin", List.of(one), "parameters",
                Map.of("zeiritsu", Map.of("iryo", Map.of("shotokuwari", "9%", "kintowari", 1, "byodowari", 0)))))
                .post("/v1/kokuho/shisan").then().statusCode(400);
        Api.as(Api.clerk()).body(Map.of("nendo", 2030, "setaiin", List.of(one), "parameters", rates))
                .post("/v1/kokuho/shisan").then().statusCode(422).body("code", equalTo("parameter-nashi"));
    }
}
