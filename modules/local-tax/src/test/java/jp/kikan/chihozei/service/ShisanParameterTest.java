package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ParameterDocs;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 試算 with a parameter set carried in the request: any city's published values reproduce its worked example without
 * being loaded, a what-if changes the result, and the stored parameters stay as they were; a bad set is refused with
 * 400 naming the field of the request.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.shisan-parameter")
class ShisanParameterTest {

    private static final String NIIGATA = "151009";
    private static final List<String> TABLES = List.of("parameter_overlay", "fuka", "shinkoku");

    /** みなみ市, 令和7年度, 給与収入 300万円, 社会保険料 45万円: 116,500円 with the stored values (ShisanTest). */
    private static Map<String, Object> minami() {
        return new HashMap<>(Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY, "honnin", Map.of("seinengappi", "昭和55年4月1日"),
                "shunyu", Map.of("kyuyo_shunyu", 3_000_000), "shiharai", Map.of("shakai_hokenryo", 450_000)));
    }

    private static Map<String, Object> minamiWith(Map<String, Object> definition, String key) {
        Map<String, Object> body = minami();
        body.put("parameters", ParameterDocs.with(ParameterDocs.shipped("municipalities/999997-minami.yaml"), key, definition));
        return body;
    }

    /**
     * 新潟市「計算例」給与所得者の場合(1) (NiigataKeisanreiTest): 令和8年度, 夫婦・子供2人, 給与収入 5,000,000円, 社会保険料
     * 500,000円 → 年税額 194,500円 with 新潟市's published values (指定都市 8% / 2%, 2級地, 4期) and 新潟県's, both sent in
     * the request.
     */
    @Test
    void shouldReproduceNiigataWorkedExampleWithInlineParameters() {
        Map<String, Object> body = new HashMap<>(Map.of("nendo", 2026, "shikuchosonkodo", NIIGATA,
                "honnin", Map.of("seinengappi", "1985-05-01"), "shunyu", Map.of("kyuyo_shunyu", 5_000_000),
                "shiharai", Map.of("shakai_hokenryo", 500_000), "haigusha", Map.of("seinengappi", "1986-07-01", "gokei_shotoku", 0),
                "fuyo_shinzoku", List.of(Map.of("seinengappi", "2007-06-01", "gokei_shotoku", 0),
                        Map.of("seinengappi", "2011-06-01", "gokei_shotoku", 0))));
        body.put("parameters", ParameterDocs.shipped("municipalities/151009-niigata.yaml"));
        body.put("todofuken_parameters", ParameterDocs.shipped("prefectures/150002-niigata.yaml"));
        var before = DbSnapshot.of(TABLES);
        JsonPath r = Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(r.getLong("fuka.kazei_soshotoku_kingaku")).isEqualTo(1_970_000);
        assertThat(r.getLong("fuka.shi.shotokuwari_saishu")).isEqualTo(151_600);
        assertThat(r.getLong("fuka.ken.shotokuwari_saishu")).isEqualTo(37_900);
        assertThat(r.getLong("fuka.nenzeigaku")).isEqualTo(194_500);
        assertThat(r.getString("parameter_set.kubun")).isEqualTo("inline");
        assertThat(r.getString("parameter_set.dantai_mei")).contains("新潟市");
        // the 算定根拠 says the city's values came with the request
        List<String> levels = r.getList("fuka.santei_konkyo.parameters.flatten().level");
        assertThat(levels).contains("新潟市 (151009, 試算の入力)");
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldComputeAWhatIfWithInlineValuesAndLeaveTheStoredParametersUnchanged() {
        // 均等割の超過課税 500円 (地方税法第310条) on みなみ市's own overlay: 116,500 → 117,000
        Map<String, Object> whatIf = minamiWith(ParameterDocs.chokakazei(500, "what-if (Kikan test)"), "kintowari_shi_chokakazei");
        JsonPath r = Api.as(Api.clerk()).body(whatIf).post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(r.getLong("fuka.shi.kintowari")).isEqualTo(3_500);
        assertThat(r.getLong("fuka.nenzeigaku")).isEqualTo(117_000);
        assertThat(r.getString("parameter_set.kubun")).isEqualTo("inline");
        // 1級地 instead of 3級地: the same income is taxed the same (well above every 非課税 limit) — the set is whole
        Api.as(Api.clerk()).body(minamiWith(ParameterDocs.definition("級地", "地方税法第295条第3項", "what-if", 1), "kyuchi"))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(200).body("fuka.nenzeigaku", equalTo(116_500));
        // the next 試算 without a set uses the stored values again
        JsonPath again = Api.as(Api.clerk()).body(minami()).post("/v1/kojin-juminzei/shisan").then().statusCode(200)
                .extract().jsonPath();
        assertThat(again.getLong("fuka.nenzeigaku")).isEqualTo(116_500);
        assertThat(again.getString("parameter_set.kubun")).isEqualTo("kitei");
        assertThat(again.getString("parameter_set.shikuchosonkodo")).isEqualTo(Api.CITY);
    }

    @Test
    void shouldComputeForAMunicipalityWithoutStoredParametersWhenTheRequestCarriesThem() {
        Map<String, Object> body = minami();
        body.put("shikuchosonkodo", Api.OTHER_CITY);
        Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(422)
                .body("errors[0].field", equalTo("shikuchosonkodo"));
        Map<String, Object> kita = new HashMap<>(ParameterDocs.shipped("municipalities/999997-minami.yaml"));
        kita.put("dantai_code", Api.OTHER_CITY);
        kita.put("name_ja", "きた町");
        body.put("parameters", kita);
        Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(200)
                .body("fuka.nenzeigaku", equalTo(116_500)).body("parameter_set.dantai_mei", equalTo("きた町"));
    }

    @Test
    void shouldRefuseAMalformedInlineSetNamingTheField() {
        var before = DbSnapshot.of(TABLES);
        Api.as(Api.clerk()).body(minamiWith(ParameterDocs.definition("級地", "地方税法第295条第3項", "x", "三級地"), "kyuchi"))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(400)
                .body("code", equalTo("parameter-set"))
                .body("errors[0].field", equalTo("parameters.parameters.kyuchi.values[0].value"))
                .body("errors[0].code", equalTo("E0004")).body("errors[0].rule", equalTo("parameter-set"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("が正しくありません"));
        // a national parameter is not the city's to set (地方税法第34条: the 基礎控除 is the law's)
        Api.as(Api.clerk()).body(minamiWith(ParameterDocs.definition("基礎控除", "地方税法第34条", "x", 1), "kiso_kojo"))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(400)
                .body("errors[0].field", equalTo("parameters.parameters.kiso_kojo"));
        // a 年度 the shipped index does not have
        Map<String, Object> r9 = Map.of("name_ja", "級地", "legal_basis", "地方税法第295条第3項", "source", "x", "status", "confirmed",
                "values", List.of(Map.of("nendo", "R9", "value", 1)));
        Api.as(Api.clerk()).body(minamiWith(r9, "kyuchi")).post("/v1/kojin-juminzei/shisan").then().statusCode(400)
                .body("errors[0].field", equalTo("parameters.parameters.kyuchi.values[0].nendo"));
        // a prefecture overlay of another prefecture than the city's
        Map<String, Object> body = minamiWith(ParameterDocs.chokakazei(0, "x"), "kintowari_shi_chokakazei");
        body.put("todofuken_parameters", ParameterDocs.shipped("prefectures/150002-niigata.yaml"));
        Api.as(Api.clerk()).body(body).post("/v1/kojin-juminzei/shisan").then().statusCode(400)
                .body("errors[0].field", equalTo("parameters.todofuken"));
        // the set must be the city's the 試算 is for
        Map<String, Object> other = minami();
        other.put("parameters", ParameterDocs.shipped("municipalities/151009-niigata.yaml"));
        Api.as(Api.clerk()).body(other).post("/v1/kojin-juminzei/shisan").then().statusCode(422)
                .body("errors[0].field", equalTo("parameters.dantai_code"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }
}
