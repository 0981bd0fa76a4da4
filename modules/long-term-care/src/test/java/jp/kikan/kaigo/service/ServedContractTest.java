package jp.kikan.kaigo.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** Contract-first: the served document is contracts/long-term-care/v1.yaml as written; metrics only on the management port. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ServedContractTest {

    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL managementMetrics;

    @Test
    void shouldServeTheHandWrittenContractWithoutAToken() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kikan 介護保険 (long-term care insurance) API"))
                .body("info.version", equalTo("1.0.0-alpha.1"))
                .body("paths.'/v1/hihokensha/{atenabango}'.get.operationId", equalTo("getHihokensha"))
                .body("paths.'/v1/shikaku/nenrei-totatsu'.post.x-kikan-function", hasItem("kaigo.shikaku.nenrei-totatsu"));
    }

    @Test
    void shouldExposeHealthWithoutATokenAndMetricsOnlyOnTheManagementPort() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(404);
        given().get(managementMetrics).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldRefuseEveryOperationWithoutAToken() {
        given().contentType("application/json").body("{}").post("/v1/shikaku/todokede").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/v1/shikaku/nenrei-totatsu").then().statusCode(401);
        given().get("/v1/hihokensha/0000000019").then().statusCode(401);
    }
}
