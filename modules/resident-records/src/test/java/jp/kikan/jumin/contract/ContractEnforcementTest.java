package jp.kikan.jumin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each request is checked against the contract before a use case sees it: what the contract forbids is
 * refused with 400 problem+json naming the field, and nothing — not even the access log — changes.
 * These are the inputs that once reached the use cases (three kinds of HTTP 500, a measure that blocked
 * nothing, a 転入 dated 0000-01-01, clamped limits).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractEnforcementTest {

    private String setaibango;
    private String head;
    private String wife;
    private String child;

    @BeforeEach
    void moveInAFamily() {
        JsonPath family = Fixtures.family(Tokens.clerk(), "契約", "ケイヤク", "2023-04-01");
        setaibango = family.getString("setaibango[0]");
        head = family.getString("jumin[0].atenabango");
        wife = family.getString("jumin[1].atenabango");
        child = family.getString("jumin[2].atenabango");
    }

    /** Sends the request and checks it was refused with the status, as problem+json, changing nothing. */
    private static ValidatableResponse refused(int status, java.util.function.Function<RequestSpecification,
            io.restassured.response.Response> send, RequestSpecification spec) {
        Map<String, Long> before = Db.everything();
        ValidatableResponse r = send.apply(spec).then().statusCode(status)
                .contentType(startsWith("application/problem+json"));
        assertThat(Db.everything()).as("a refused request changes nothing, not even the access log").isEqualTo(before);
        return r;
    }

    private static RequestSpecification command(String token) {
        return Api.badInputAs(token).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void shouldRefuseANullZokugaraItemInEveryIdoCommandThatTakesZokugara() {
        List<Object> nullItem = new java.util.ArrayList<>();
        nullItem.add(null);
        Map<String, Map<String, Object>> bodies = Map.of(
                "tenshutsu", Map.of("atenabango", List.of(head), "idonengappi", "2024-05-01", "tenshutsusakijusho", "大阪府"),
                "shibo", Map.of("atenabango", head, "idonengappi", "2024-05-01"),
                "setai-bunri", Map.of("atenabango", List.of(child), "idonengappi", "2024-05-01", "shin_setainushi", child),
                "setai-gappei", Map.of("setaibango", setaibango, "gappeisaki_setaibango", setaibango, "idonengappi", "2024-05-01"),
                "setai-henko", Map.of("atenabango", List.of(child), "henkosaki_setaibango", setaibango, "idonengappi", "2024-05-01"),
                "setainushi-henko", Map.of("setaibango", setaibango, "shin_setainushi", wife, "idonengappi", "2024-05-01"),
                "shokken-shojo", Map.of("atenabango", head, "idonengappi", "2024-05-01", "riyu", "実態調査"));
        bodies.forEach((path, body) -> {
            Map<String, Object> withNull = new java.util.HashMap<>(body);
            withNull.put("zokugara", nullItem);
            refused(400, s -> s.body(withNull).post("/v1/ido/" + path), command(Tokens.clerk()))
                    .body("errors.field", hasItem("zokugara[0]")).body("errors.code", hasItem("E0002"));
        });
    }

    @Test
    void shouldRefuseANullOrNulAtenabangoItemInJuminhyoIssuance() {
        List<Object> nullItem = new java.util.ArrayList<>();
        nullItem.add(null);
        refused(400, s -> s.body(Map.of("atenabango", nullItem, "yoshiki", "kojin")).post("/v1/shomei/juminhyo"),
                Api.badInputAs(Tokens.clerk())).body("errors.field", hasItem("atenabango[0]"));
        refused(400, s -> s.body(Map.of("atenabango", List.of(head + "\u0000"), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo"), Api.badInputAs(Tokens.clerk())).body("errors.field", hasItem("atenabango[0]"));
    }

    @Test
    void shouldRefuseNulInAnAccessLogQueryValue() {
        refused(400, s -> s.queryParam("target_id", head + "\u0000").get("/v1/access-log"), Api.badInputAs(Tokens.auditor()))
                .body("errors.field", hasItem("target_id")).body("errors.code", hasItem("E0002"));
        refused(400, s -> s.queryParam("actor", "clerk\u0001").get("/v1/access-log"), Api.badInputAs(Tokens.auditor()));
    }

    @Test
    void shouldRefuseAProcessNameThatIsNotExactlyOneOfTheContract() {
        for (String taisho : List.of(" hakko ", "hakko ", "HAKKO", "hakko\u0000")) {
            refused(400, s -> s.body(Map.of("kaishibi", "2024-01-01", "taisho", List.of(taisho)))
                    .post("/v1/jumin/" + wife + "/shien-sochi"), command(Tokens.supervisor()))
                    .body("errors.field", hasItem("taisho[0]"));
        }
    }

    @Test
    void shouldRefuseYearZeroAndImplausibleDates() {
        refused(400, s -> s.body(Map.of("setaibango", setaibango, "idonengappi", "0000-01-01", "jusho", Fixtures.jusho("9")))
                .post("/v1/ido/tenkyo"), command(Tokens.clerk())).body("errors.field", hasItem("idonengappi"))
                .body("errors.code", hasItem("E0004"));
        var p = Fixtures.person("零年　一", "レイネン　イチ", "0000-01-01", "1", "世帯主");
        refused(400, s -> s.body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("9"),
                "members", List.of(p))).post("/v1/ido/tennyu"), command(Tokens.clerk()))
                .body("errors.field", hasItem("members[0].seinengappi"));
        refused(400, s -> s.queryParam("kijunbi", "0000-01-01").get("/v1/jumin/" + head), Api.badInputAs(Tokens.clerk()));
        refused(400, s -> s.body(Map.of("kaishibi", "9999-12-31", "taisho", List.of("hakko")))
                .post("/v1/jumin/" + wife + "/shien-sochi"), command(Tokens.supervisor()));
    }

    @Test
    void shouldReadTheBodyStrictly() {
        String tenkyo = "{\"setaibango\":\"" + setaibango + "\",\"idonengappi\":\"2024-05-01\",\"jusho\":"
                + "{\"jusho_todofuken\":\"架空県\",\"jusho_shikugunchosonmei\":\"みなみ市\"}}";
        refused(400, s -> s.body(tenkyo + " garbage").post("/v1/ido/tenkyo"), command(Tokens.clerk()))
                .body("errors.rule", hasItem("json-trailing"));
        refused(400, s -> s.body(tenkyo.replace("{\"setaibango\"", "{\"idonengappi\":\"2024-05-02\",\"setaibango\""))
                .post("/v1/ido/tenkyo"), command(Tokens.clerk())).body("errors.rule", hasItem("json-duplicate"));
        refused(400, s -> s.body(Map.of("atenabango", head, "rirekibango", "1", "riyu", "x")).post("/v1/ido/torikeshi"),
                command(Tokens.clerk())).body("errors.field", hasItem("rirekibango"));
        refused(400, s -> s.body(Map.of("atenabango", List.of(head), "yoshiki", "kojin", "kojinbango", "true"))
                .post("/v1/shomei/juminhyo"), Api.badInputAs(Tokens.clerk())).body("errors.field", hasItem("kojinbango"));
        refused(400, s -> s.queryParam("include_kojinbango", "yes").get("/v1/jumin/" + head), Api.badInputAs(Tokens.clerk()))
                .body("errors.field", hasItem("include_kojinbango"));
    }

    @Test
    void shouldRefuseOutOfRangeLimitsInsteadOfClampingThem() {
        for (Map<String, Object> q : List.<Map<String, Object>>of(Map.of("kana", "ケイヤク", "limit", 0),
                Map.of("kana", "ケイヤク", "limit", 101), Map.of("kana", "ケイヤク", "offset", -1),
                Map.of("kana", "ケイヤク", "offset", 10001))) {
            refused(400, s -> s.queryParams(q).get("/v1/jumin"), Api.badInputAs(Tokens.clerk()))
                    .body("errors.code", hasItem("E0003"));
        }
        refused(400, s -> s.queryParam("limit", 1001).get("/v1/access-log"), Api.badInputAs(Tokens.auditor()));
        refused(400, s -> s.queryParam("atenabango", head).queryParam("limit", 501).get("/v1/shomei/kofu-rireki"),
                Api.badInputAs(Tokens.clerk()));
        Api.as(Tokens.clerk()).queryParam("kana", "ケイヤク").queryParam("limit", 100).get("/v1/jumin").then().statusCode(200);
    }

    @Test
    void shouldRefuseFieldsAndParametersTheContractDoesNotDeclare() {
        // a property of another command (shusei_kubun belongs to 修正), nested or at the top
        refused(400, s -> s.body(Map.of("setaibango", setaibango, "idonengappi", "2024-05-01", "shusei_kubun", "goki_shusei",
                "jusho", Fixtures.jusho("9"))).post("/v1/ido/tenkyo"), command(Tokens.clerk()))
                .body("errors.field", hasItem("shusei_kubun"));
        Map<String, Object> jusho = new java.util.HashMap<>(Fixtures.jusho("9"));
        jusho.put("jusho_kana", "x");
        refused(400, s -> s.body(Map.of("setaibango", setaibango, "idonengappi", "2024-05-01", "jusho", jusho))
                .post("/v1/ido/tenkyo"), command(Tokens.clerk())).body("errors.field", hasItem("jusho.jusho_kana"));
        refused(400, s -> s.queryParam("kana", "ケイヤク").queryParam("sort", "shimei").get("/v1/jumin"),
                Api.badInputAs(Tokens.clerk())).body("errors.field", hasItem("sort"));
    }

    @Test
    void shouldRefuseACommandWithoutTheIdempotencyKeyTheContractRequires() {
        refused(400, s -> s.body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("hakko")))
                .post("/v1/jumin/" + wife + "/shien-sochi"), Api.badInputAs(Tokens.supervisor()))
                .body("errors.field", hasItem("Idempotency-Key")).body("errors.code", hasItem("E0001"))
                .body("code", equalTo("E0001"));
    }
}
