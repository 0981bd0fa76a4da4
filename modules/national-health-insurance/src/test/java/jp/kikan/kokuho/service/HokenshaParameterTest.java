package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An insurer's rates loaded through the admin API (PUT/GET /v1/kokuho/parameters/hokensha/{code}): a new version,
 * checked as the shipped file is, used by the later 試算 with its 算定根拠 naming the version and the source. Each test
 * loads for a municipality no other test computes for, since the loaded version stays in the shared database.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.parameter-toroku")
class HokenshaParameterTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String LOADED = "999954";
    private static final String REFUSED = "999946";
    private static final List<String> TABLES = List.of("platform_parameter_han");
    private static final String PATH = "/v1/kokuho/parameters/hokensha/";

    private static String admin(String lgCode) {
        return TestTokens.staff("hoken-admin-" + lgCode, lgCode, "hoken-admin");
    }

    /** みなみ市's shipped document as another city's, with its 出典. */
    static ObjectNode document(String lgCode) throws Exception {
        try (InputStream in = HokenshaParameterTest.class.getResourceAsStream("/parameters/kokuho/municipalities/999997-minami.yaml")) {
            ObjectNode doc = (ObjectNode) YAML.readTree(in);
            doc.put("dantai_code", lgCode);
            doc.put("name_ja", "架空県ひがし市");
            doc.put("source", "ひがし市国民健康保険税条例（架空） https://example.jp/higashi/kokuhozei");
            return doc;
        }
    }

    private static JsonPath shisan(String lgCode) {
        return Api.as(Api.clerkOf(lgCode)).body(Map.of("nendo", 2025, "setaiin", List.of(Map.of("seinengappi", "1980-01-01",
                "setainushi", true, "shotoku", Map.of("sosho_kingaku_to", 3_430_000, "kyuyo_shunyu", 5_000_000)))))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath load(String lgCode, Object doc, String key) {
        return Api.as(admin(lgCode)).header("Idempotency-Key", key).body(doc).put(PATH + lgCode)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldUseTheLoadedVersionInTheLater試算AndNameItInTheExplanation() throws Exception {
        ObjectNode doc = document(LOADED);
        JsonPath v1 = load(LOADED, doc, "p-" + UUID.randomUUID());
        assertThat(v1.getInt("version")).isEqualTo(1);
        assertThat(v1.getString("toroku_sha")).isEqualTo("hoken-admin-" + LOADED);
        assertThat(v1.getString("shutten")).contains("ひがし市国民健康保険税条例");
        // 医療分 as みなみ市: 所得割 (3,430,000 − 430,000) × 7.20% = 216,000 + 均等割 30,000 + 平等割 22,000 = 268,000
        JsonPath before = shisan(LOADED);
        assertThat(before.getInt("kubun[0].nengaku")).isEqualTo(268_000);

        ((ObjectNode) doc.at("/parameters/zeiritsu_iryo/values/0/value")).put("shotokuwari", "8.00");
        ((ObjectNode) doc.at("/parameters/zeiritsu_iryo")).put("source", "ひがし市 令和7年度 国保税率の改定 https://example.jp/higashi/r7");
        String key = "p-" + UUID.randomUUID();
        JsonPath v2 = load(LOADED, doc, key);
        assertThat(v2.getInt("version")).isEqualTo(2);
        // 所得割 3,000,000 × 8.00% = 240,000: 24,000 more
        JsonPath after = shisan(LOADED);
        assertThat(after.getInt("kubun[0].nengaku")).isEqualTo(292_000);
        List<Map<String, Object>> used = after.getList("santei_konkyo.parameters.flatten().findAll { it.id == 'zeiritsu_iryo' }");
        assertThat(used).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("level")).isEqualTo(LOADED + "（登録第2版）");
            assertThat((String) p.get("source")).contains("国保税率の改定");
        });

        // the same key again: the first answer, no third version
        Map<String, Long> stored = DbSnapshot.of(TABLES);
        assertThat(load(LOADED, doc, key).getInt("version")).isEqualTo(2);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(stored);

        JsonPath rireki = Api.as(admin(LOADED)).get(PATH + LOADED).then().statusCode(200).extract().jsonPath();
        assertThat(rireki.getString("kubun")).isEqualTo("toroku");
        assertThat(rireki.getInt("version")).isEqualTo(2);
        assertThat(rireki.getString("parameters.parameters.zeiritsu_iryo.values[0].value.shotokuwari")).isEqualTo("8.00");
        assertThat(rireki.getList("versions.version", Integer.class)).containsExactly(1, 2);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kokuho.parameter-toroku' and target_id like '"
                + LOADED + ":%'")).isEqualTo(2);
    }

    @Test
    void shouldShowTheShippedFileWhileNothingIsLoaded() {
        JsonPath rireki = Api.as(admin(Api.CITY)).get(PATH + Api.CITY).then().statusCode(200).extract().jsonPath();
        assertThat(rireki.getString("kubun")).isEqualTo("kitei");
        assertThat(rireki.getString("dantai_mei")).isEqualTo("みなみ市");
        assertThat(rireki.getString("parameters.parameters.zeiritsu_iryo.values[0].value.shotokuwari")).isEqualTo("7.20");
        assertThat(rireki.getList("versions")).isEmpty();
    }

    @Test
    void shouldRefuseABadDocumentNamingTheFieldAndStoreNothing() throws Exception {
        Map<String, Long> before = DbSnapshot.of(TABLES);
        ObjectNode noKubun = document(REFUSED);
        ((ObjectNode) noKubun.at("/parameters/zeiritsu_iryo/values/0/value")).remove("kintowari");
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(noKubun).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.zeiritsu_iryo"));
        ObjectNode shortHasu = document(REFUSED); // 端数 for 令和5〜6年度 only: the 令和7年度 of the rates has none
        ((ObjectNode) shortHasu.at("/parameters/hasu_tani/values/0")).put("nendo", "R5..R6");
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(shortHasu).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.hasu_tani"));
        ObjectNode badYear = document(REFUSED);
        ((ObjectNode) badYear.at("/parameters/nokigen/values/0")).put("nendo", "R8..R5");
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(badYear).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.nokigen.values[0].nendo"));
        ObjectNode capWithoutKubun = document(REFUSED); // the city's own 限度額 without its 介護分
        ObjectNode cap = capWithoutKubun.withObject("/parameters").putObject("gendogaku");
        cap.put("name_ja", "賦課限度額").put("legal_basis", "ひがし市国民健康保険税条例（架空）").put("source", "ひがし市");
        cap.putArray("values").addObject().put("nendo", "R5..R8").put("status", "confirmed").putObject("value")
                .put("iryo", 650_000).put("shien", 240_000);
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(capWithoutKubun).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.gendogaku"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        Api.as(Api.clerkOf(REFUSED)).body(Map.of("nendo", 2025, "setaiin", List.of(Map.of("seinengappi", "1980-01-01",
                "shotoku", Map.of("sosho_kingaku_to", 0))))).post("/v1/kokuho/shisan").then().statusCode(422)
                .body("code", equalTo("parameter-nashi"));
    }

    @Test
    void shouldRefuseAnotherMunicipalitysParametersAndOtherRoles() throws Exception {
        Map<String, Long> before = DbSnapshot.of(TABLES);
        Api.badInputAs(admin(Api.OTHER_CITY)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(document(Api.CITY))
                .put(PATH + Api.CITY).then().statusCode(403).body("code", equalTo("other-municipality"));
        Api.badInputAs(admin(Api.OTHER_CITY)).get(PATH + Api.CITY).then().statusCode(403);
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(document(Api.CITY))
                .put(PATH + Api.CITY).then().statusCode(403);
        ObjectNode wrongCode = document(Api.OTHER_CITY);
        Api.as(admin(Api.CITY)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(wrongCode).put(PATH + Api.CITY)
                .then().statusCode(422).body("code", equalTo("dantai-code"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }
}
