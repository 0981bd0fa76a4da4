package jp.kikan.jumin.arch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** Contract-first: the document the service serves is the hand-written contract; health and metrics are open. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ServedContractTest {

    @Test
    void shouldServeTheHandWrittenContractWithoutAToken() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kikan 住民記録 (resident records) API"))
                .body("paths.'/v1/renkei/jumin'.get.operationId", equalTo("getJuminRenkei"))
                .body("paths.'/v1/ido/tennyu'.post.x-kikan-function", org.hamcrest.Matchers.hasItem("ido.tennyu"))
                .body("components.schemas.Jumin.properties.atenabango", notNullValue())
                // nothing generated is mixed in: only the contract's own security schemes
                .body("components.securitySchemes.keySet()", org.hamcrest.Matchers.containsInAnyOrder("bearer", "oauth2"));
    }

    /** The management interface's own root is /q: this is its /q/metrics. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL managementMetrics;

    @Test
    void shouldExposeHealthWithoutATokenAndMetricsOnlyOnTheManagementPort() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        // callers of the API port never see the service's metrics (nor any other framework page)
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/dev-ui").then().statusCode(404);
        given().get(managementMetrics).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
    }
}
