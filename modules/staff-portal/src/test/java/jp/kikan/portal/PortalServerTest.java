package jp.kikan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal served on its own: the screens, and config.json from the run-time configuration (%test values). */
@QuarkusTest
class PortalServerTest {

    @Test
    void configJsonNamesTheLoginAndEveryConfiguredService() {
        JsonPath json = given().get("/config.json").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .extract().jsonPath();
        assertThat(json.getString("oidc")).isEqualTo("http://kc.example.lg.jp:8180/realms/kikan");
        assertThat(json.getString("clientId")).isEqualTo("kikan-staff");
        assertThat(json.getMap("services")).isEqualTo(Map.of(
                "jumin", Map.of("baseUrl", "https://jumin.example.lg.jp"),
                "zeimu", Map.of("baseUrl", "https://zeimu.example.lg.jp"),
                "kokuho", Map.of("baseUrl", "https://kokuho.example.lg.jp")));
    }

    @Test
    void theScreensAreServedAtTheRoot() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("職員ポータル"), containsString("<script type=\"module\" src=\"main.js\">"));
        given().get("/main.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/jumin/index.js").then().statusCode(200).body(containsString("住民検索"));
        given().get("/kokuho/index.js").then().statusCode(200).body(containsString("被保険者照会"));
        given().get("/kaigo/index.js").then().statusCode(200).body(containsString("認定の申請"));
        given().get("/generated/code-tables.js").then().statusCode(200)
                .body(containsString("export const CODE_TABLES"), containsString("\"resident-records\""));
        given().get("/no-such-file.js").then().statusCode(404);
    }

    @Test
    void theScreensMayTalkOnlyToTheLoginServerAndTheServices() {
        String csp = given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .extract().header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'");
        // the services' origins in whatever order the configuration lists them
        String connect = csp.replaceAll("^.*connect-src ([^;]*);.*$", "$1");
        assertThat(connect.split(" ")).containsExactlyInAnyOrder("'self'", "http://kc.example.lg.jp:8180",
                "https://jumin.example.lg.jp", "https://zeimu.example.lg.jp", "https://kokuho.example.lg.jp");
    }

    @Test
    void healthForTheDeployment() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
