package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An insurer's premium parameters loaded through the admin API (PUT/GET /v1/kaigo/parameters/hokensha/{code}): a new
 * version, checked as the shipped file is, used by the later 試算 with its 算定根拠 naming the version and the source.
 * Each test loads for a municipality no other test computes for, since the loaded version stays in the shared database.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.parameter-toroku")
class HokenshaParameterTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String LOADED = "999954";
    private static final String REFUSED = "999946";
    private static final List<String> TABLES = List.of("platform_parameter_han");
    private static final String PATH = "/v1/kaigo/parameters/hokensha/";

    private static String admin(String lgCode) {
        return TestTokens.staff("kaigo-admin-" + lgCode, lgCode, "kaigo-admin");
    }

    /** みなみ市's shipped document as another city's, with its 出典. */
    static ObjectNode document(String lgCode) throws Exception {
        try (InputStream in = HokenshaParameterTest.class.getResourceAsStream("/parameters/kaigo/municipalities/999997-minami.yaml")) {
            ObjectNode doc = (ObjectNode) YAML.readTree(in);
            doc.put("dantai_code", lgCode);
            doc.put("name_ja", "架空県ひがし市");
            doc.put("source", "ひがし市介護保険条例（架空） https://example.jp/higashi/kaigo");
            return doc;
        }
    }

    /** 本人非課税・世帯課税, 課税年金収入 80万円 only: 第4段階 (乗率 0.9). */
    private static JsonPath shisan(String lgCode) {
        return Api.as(Api.clerkOf(lgCode)).body(Map.of("nendo", 2025, "honnin", ShisanTest.nenkinOnly(800_000),
                "setaiin", List.of(Map.of("kazei", true)))).post("/v1/kaigo/shisan").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath load(String lgCode, Object doc, String key) {
        return Api.as(admin(lgCode)).header("Idempotency-Key", key).body(doc).put(PATH + lgCode)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldUseTheLoadedVersionInTheLater試算AndNameItInTheExplanation() throws Exception {
        ObjectNode doc = document(LOADED);
        assertThat(load(LOADED, doc, "p-" + UUID.randomUUID()).getInt("version")).isEqualTo(1);
        // 80,400 × 0.9 = 72,360 → 72,300 (100円未満切捨て), as みなみ市
        assertThat(shisan(LOADED).getLong("hokenryo_nengaku")).isEqualTo(72_300);

        ((ObjectNode) doc.at("/parameters/kijungaku/values/0")).put("value", 90_000);
        ((ObjectNode) doc.at("/parameters/kijungaku")).put("source", "ひがし市 第9期介護保険事業計画 https://example.jp/higashi/dai9ki");
        String key = "p-" + UUID.randomUUID();
        JsonPath v2 = load(LOADED, doc, key);
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("toroku_sha")).isEqualTo("kaigo-admin-" + LOADED);
        // 90,000 × 0.9 = 81,000
        JsonPath after = shisan(LOADED);
        assertThat(after.getLong("kijungaku")).isEqualTo(90_000);
        assertThat(after.getLong("hokenryo_nengaku")).isEqualTo(81_000);
        List<Map<String, Object>> used = after.getList("santei_konkyo.parameters.flatten().findAll { it.id == 'kijungaku' }");
        assertThat(used).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("level")).isEqualTo(LOADED + "（登録第2版）");
            assertThat((String) p.get("source")).contains("第9期介護保険事業計画");
        });

        Map<String, Long> stored = DbSnapshot.of(TABLES);
        assertThat(load(LOADED, doc, key).getInt("version")).isEqualTo(2);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(stored);

        JsonPath rireki = Api.as(admin(LOADED)).get(PATH + LOADED).then().statusCode(200).extract().jsonPath();
        assertThat(rireki.getString("kubun")).isEqualTo("toroku");
        assertThat(rireki.getInt("version")).isEqualTo(2);
        assertThat(rireki.getList("versions.version", Integer.class)).containsExactly(1, 2);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kaigo.parameter-toroku' and target_id like '"
                + LOADED + ":%'")).isEqualTo(2);
    }

    @Test
    void shouldRefuseABadDocumentNamingTheFieldAndStoreNothing() throws Exception {
        Map<String, Long> before = DbSnapshot.of(TABLES);
        ObjectNode gap = document(REFUSED); // stage 2 removed: the stages are no longer numbered 1, 2, …
        ((ArrayNode) gap.at("/parameters/dankai_hyo/values/0/value")).remove(1);
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(gap).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.dankai_hyo"));
        ObjectNode noNokigen = document(REFUSED);
        noNokigen.withObject("/parameters").remove("nokigen");
        Api.as(admin(REFUSED)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(noNokigen).put(PATH + REFUSED)
                .then().statusCode(422).body("errors[0].field", equalTo("parameters.nokigen"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        Api.as(Api.clerkOf(REFUSED)).body(Map.of("nendo", 2025, "honnin", ShisanTest.nenkinOnly(800_000)))
                .post("/v1/kaigo/shisan").then().statusCode(422).body("code", equalTo("parameter-nashi"));
    }

    @Test
    void shouldRefuseAnotherMunicipalitysParametersAndOtherRoles() throws Exception {
        Map<String, Long> before = DbSnapshot.of(TABLES);
        Api.as(admin(Api.OTHER_CITY)).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(document(Api.CITY))
                .put(PATH + Api.CITY).then().statusCode(403).body("code", equalTo("other-municipality"));
        Api.as(admin(Api.OTHER_CITY)).get(PATH + Api.CITY).then().statusCode(403);
        Api.as(Api.clerk()).header("Idempotency-Key", "p-" + UUID.randomUUID()).body(document(Api.CITY))
                .put(PATH + Api.CITY).then().statusCode(403);
        JsonPath kitei = Api.as(admin(Api.CITY)).get(PATH + Api.CITY).then().statusCode(200).extract().jsonPath();
        assertThat(kitei.getString("kubun")).isEqualTo("kitei");
        assertThat(kitei.getInt("parameters.parameters.kijungaku.values[0].value")).isEqualTo(80_400);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }
}
