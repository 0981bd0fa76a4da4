package jp.kikan.jumin.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Refusals that happen before the contract is even consulted — too long a URL, too large headers or body,
 * no token, another content type — carry a problem+json body like every other refusal.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class RequestLimitsTest {

    @Test
    void shouldAnswerAnOverlongUrlWith414ProblemJson() {
        Api.badInputAs(Tokens.clerk()).queryParam("kana", "ア".repeat(3000)).get("/v1/jumin").then().statusCode(414)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("uri-too-long"));
    }

    @Test
    void shouldAnswerOversizedHeadersWith431ProblemJson() {
        Api.badInputAs(Tokens.clerk()).header("X-Padding", "x".repeat(20_000)).queryParam("kana", "ア").get("/v1/jumin")
                .then().statusCode(431).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("header-fields-too-large"));
    }

    @Test
    void shouldAnswerAnOversizedBodyWith413ProblemJsonAndWriteNothing() {
        Map<String, Long> before = Db.everything();
        Api.badInputAs(Tokens.clerk()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "tennyumaejusho", "あ".repeat(400_000),
                        "members", List.of()))
                .post("/v1/ido/tennyu").then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("payload-too-large"));
        assertThat(Db.everything()).isEqualTo(before);
    }

    @Test
    void shouldAskForATokenBeforeLookingAtTheInput() {
        Api.anonymous().body("{not json").post("/v1/ido/tenkyo").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        Api.anonymous().queryParam("limit", 0).get("/v1/jumin").then().statusCode(401);
    }

    @Test
    void shouldAnswerAnotherContentTypeWith415AndAnUnacceptableAcceptWith406() {
        Api.badInputAs(Tokens.clerk()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/plain")
                .body("setaibango=1").post("/v1/ido/tenkyo").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        Api.badInputAs(Tokens.clerk()).accept("text/csv").queryParam("kana", "ア").get("/v1/jumin").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerAnUnknownPathAndMethodWithProblemJson() {
        given().get("/v1/no-such-thing").then().statusCode(404).contentType(startsWith("application/problem+json"));
        Api.badInputAs(Tokens.clerk()).get("/v1/no-such-thing").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.clerk()).delete("/v1/jumin").then().statusCode(405)
                .contentType(startsWith("application/problem+json"));
    }
}
