package jp.kikan.chihozei.service;

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
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 試算 over HTTP: the engine's answer with its 算定根拠, contract-validated; bad input refused, nothing stored. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.keisan")
class ShisanTest {

    private static Map<String, Object> kyuyo(int nendo, long kyuyo, long shakai) {
        return Map.of("nendo", nendo, "shikuchosonkodo", Api.CITY,
                "honnin", Map.of("seinengappi", "昭和55年4月1日"),
                "shunyu", Map.of("kyuyo_shunyu", kyuyo), "shiharai", Map.of("shakai_hokenryo", shakai));
    }

    /**
     * 令和7年度, 給与収入 300万円, 社会保険料 45万円, みなみ市 (6% / 4%): 給与所得 300万×70%−8万 = 202万 (所得税法
     * 別表第五, 令和6年分); 課税標準 202万 − 45万 − 基礎控除 43万 = 114万; 調整控除 5万 × 5% = 2,500 (市 3% 1,500 /
     * 県 2% 1,000); 所得割 市 68,400 − 1,500 = 66,900, 県 45,600 − 1,000 = 44,600; 均等割 市 3,000 県 1,000;
     * 森林環境税 1,000 → 116,500円.
     */
    @Test
    void shouldComputeASalaryEarnersTaxWithItsExplanation() {
        JsonPath r = Api.as(Api.clerk()).body(kyuyo(2025, 3_000_000, 450_000)).post("/v1/kojin-juminzei/shisan")
                .then().statusCode(200).extract().jsonPath();
        assertThat(r.getLong("fuka.shotoku.kyuyo_shotoku")).isEqualTo(2_020_000);
        assertThat(r.getLong("fuka.kazei_soshotoku_kingaku")).isEqualTo(1_140_000);
        assertThat(r.getLong("fuka.shi.shotokuwari_saishu")).isEqualTo(66_900);
        assertThat(r.getLong("fuka.ken.shotokuwari_saishu")).isEqualTo(44_600);
        assertThat(r.getLong("fuka.nenzeigaku")).isEqualTo(116_500);
        assertThat(r.getString("fuka.nendo_label")).isEqualTo("令和7年度");
        // the instalments add up to the tax; every step names its article
        List<Integer> kibetsu = r.getList("futsu_choshu.kibetsu.zeigaku");
        assertThat(kibetsu.stream().mapToLong(Integer::longValue).sum()).isEqualTo(116_500);
        assertThat(r.getList("fuka.santei_konkyo.legal_basis", String.class)).allMatch(s -> s != null && !s.isBlank());
        assertThat(r.getList("fuka.santei_konkyo.setsumei", String.class)).anyMatch(s -> s.contains("調整控除"));
    }

    @Test
    void shouldApplyTheIncomeYearsSalaryTableOfEachFiscalYear() {
        // 給与収入 100万円: 給与所得控除 55万 for 令和6年分 (令和7年度), 65万 for 令和7年分 (令和8年度, 令和7年度税制改正:
        // 所得税法第28条第3項 as amended; 地方税法第313条第2項)
        long r7 = Api.as(Api.clerk()).body(kyuyo(2025, 1_000_000, 0)).post("/v1/kojin-juminzei/shisan")
                .then().statusCode(200).extract().jsonPath().getLong("fuka.shotoku.kyuyo_shotoku");
        long r8 = Api.as(Api.clerk()).body(kyuyo(2026, 1_000_000, 0)).post("/v1/kojin-juminzei/shisan")
                .then().statusCode(200).extract().jsonPath().getLong("fuka.shotoku.kyuyo_shotoku");
        assertThat(r7).isEqualTo(1_000_000 - 550_000);
        assertThat(r8).isEqualTo(1_000_000 - 650_000);
    }

    @Test
    void shouldRefuseANegativeIncomeAsTheContractSaysAndStoreNothing() {
        var before = DbSnapshot.of(List.of("fuka", "shinkoku"));
        Api.badInputAs(Api.clerk()).body(kyuyo(2025, -1, 0)).post("/v1/kojin-juminzei/shisan").then().statusCode(400)
                .body("errors.field", hasItem("shunyu.kyuyo_shunyu"));
        assertThat(DbSnapshot.of(List.of("fuka", "shinkoku"))).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFiscalYearWithoutParameters() {
        Api.as(Api.clerk()).body(kyuyo(2031, 3_000_000, 0)).post("/v1/kojin-juminzei/shisan").then().statusCode(422)
                .body("errors.field", hasItem("nendo"));
    }

    @Test
    void shouldRefuseADependentBornAfterTheIncomeYear() {
        Map<String, Object> body = new java.util.HashMap<>(kyuyo(2025, 3_000_000, 0));
        body.put("fuyo_shinzoku", List.of(Map.of("seinengappi", "2025-03-01")));
        Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(422)
                .body("errors[0].field", equalTo("fuyo_shinzoku[0].seinengappi"));
    }

    @Test
    void shouldRefuseAnImpossibleDate() {
        Map<String, Object> body = Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY,
                "honnin", Map.of("seinengappi", "令和元年4月1日"));
        Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(422)
                .body("errors[0].field", equalTo("honnin.seinengappi"));
    }

    @Test
    void shouldRefuseACallerWithoutTheTaxRole() {
        Api.badInputAs(jp.kikan.platform.test.TestTokens.staff("jumin", Api.CITY, "jumin-clerk"))
                .body(kyuyo(2025, 3_000_000, 0)).post("/v1/kojin-juminzei/shisan").then().statusCode(403);
    }
}
