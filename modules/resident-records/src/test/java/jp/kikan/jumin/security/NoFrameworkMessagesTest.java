package jp.kikan.jumin.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.UUID;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller of the API port gets a problem+json in Japanese for every error, never a framework's page or
 * message (which may name classes, SQL, or echo another person's data).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:authz")
class NoFrameworkMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"setaibango\": ", "[1, 2", "{\"setaibango\": \"x\"} trailing", "\u0000", "{\"a\":1e999999}"})
    void shouldAnswerBrokenJsonWithAProblemThatNamesNoFrameworkClass(String body) {
        Response r = given().auth().oauth2(Tokens.clerk()).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/ido/tenkyo");
        assertPlainProblem(r, 400);
    }

    @Test
    void shouldAnswerAnUnknownPathAWrongMethodAndAWrongMediaTypeWithProblems() {
        assertPlainProblem(given().auth().oauth2(Tokens.clerk()).get("/v1/no-such-thing"), 404);
        assertPlainProblem(given().auth().oauth2(Tokens.clerk()).delete("/v1/jumin"), 405);
        assertPlainProblem(given().auth().oauth2(Tokens.clerk()).contentType("text/plain").body("x")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/v1/ido/tenkyo"), 415);
        assertPlainProblem(given().get("/v1/jumin"), 401);
        assertPlainProblem(given().auth().oauth2("not-a-token").get("/v1/jumin"), 401);
    }

    private static void assertPlainProblem(Response r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        String body = r.asString();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("com.fasterxml")
                .doesNotContain("jakarta.").doesNotContain("io.quarkus").doesNotContain("org.jboss")
                .doesNotContain("at [Source").doesNotContain("SQL");
        assertThat(r.jsonPath().getString("title")).isNotBlank();
    }
}
