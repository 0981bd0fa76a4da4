package jp.kikan.jumin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The municipality comes from the token: one municipality can never read or change another's residents. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:authz")
class TenantIsolationTest {

    private static final String OTHER_CLERK = Tokens.staff("other", Tokens.OTHER_CITY, "jumin-clerk");

    @Test
    void shouldNotLetAnotherMunicipalityReadOrChangeOurResidents() {
        JsonPath ours = Fixtures.family(Tokens.clerk(), "伊藤", "イトウ", "2022-04-01");
        String setaibango = ours.getString("setaibango[0]");
        String head = ours.getString("jumin[0].atenabango");

        Api.as(OTHER_CLERK).get("/v1/jumin/" + head).then().statusCode(404);
        Api.as(OTHER_CLERK).get("/v1/jumin/" + head + "/rireki").then().statusCode(404);
        Api.as(OTHER_CLERK).get("/v1/setai/" + setaibango).then().statusCode(404);
        Api.as(OTHER_CLERK).queryParam("kana", "イトウ").get("/v1/jumin").then().statusCode(200)
                .body("total", equalTo(0));

        String before = Db.snapshot();
        Api.as(OTHER_CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("setaibango", setaibango, "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("9")))
                .post("/v1/ido/tenkyo").then().statusCode(404);
        Api.as(OTHER_CLERK).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("atenabango", List.of(head), "idonengappi", "2024-01-01", "tenshutsusakijusho", "x"))
                .post("/v1/ido/tenshutsu").then().statusCode(404);
        Api.as(OTHER_CLERK).body(Map.of("atenabango", List.of(head), "yoshiki", "kojin"))
                .post("/v1/shomei/juminhyo").then().statusCode(404);
        assertThat(Db.snapshot()).isEqualTo(before);

        // and the feed of the other municipality does not carry our residents
        Api.as(Tokens.renkeiClient(Tokens.OTHER_CITY)).queryParam("limit", 1000).get("/v1/renkei/jumin").then()
                .statusCode(200).body("result.findAll { it.atenabango == '" + head + "' }.size()", equalTo(0))
                .body("metadata.lg_code", equalTo(Tokens.OTHER_CITY));
    }

    @Test
    void shouldRefuseATokenWithoutAValidMunicipalityCode() {
        String noCode = io.smallrye.jwt.build.Jwt.preferredUserName("x").groups("jumin-clerk")
                .issuer("https://server.example.com").sign();
        Api.as(noCode).queryParam("kana", "ア").get("/v1/jumin").then().statusCode(403);
        Api.as(Tokens.staff("x", "999990", "jumin-clerk")).queryParam("kana", "ア").get("/v1/jumin").then()
                .statusCode(403).body("code", equalTo("lg-code-claim"));
    }

    @Test
    void shouldRequireATokenAndTheRightRole() {
        Api.anonymous().queryParam("kana", "ア").get("/v1/jumin").then().statusCode(401);
        Api.anonymous().auth().oauth2("garbage").queryParam("kana", "ア").get("/v1/jumin").then().statusCode(401);
        Api.as(Tokens.auditor()).queryParam("kana", "ア").get("/v1/jumin").then().statusCode(403);
        Api.as(Tokens.clerk()).get("/v1/access-log/verification").then().statusCode(403);
        Api.as(Tokens.clerk()).get("/v1/renkei/jumin").then().statusCode(403);
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
    }
}
