package jp.kikan.jumin.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.RenkeiConsumerDatabase;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the feed's items carry for tax, health insurance and long-term care, as JSON and as the CSV file link. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RenkeiConsumerDatabase.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.feed")
class FeedItemsTest {

    private static final String KOJINBANGO_SCOPE = "001:jumin-renkei-kojinbango:Read";

    @Test
    void shouldCarryTheItemsOtherServicesNeedAndKojinbangoOnlyToAClientAllowedIt() {
        String cursor = FeedCursors.latest(Tokens.renkeiClient(Tokens.CITY));
        var head = Fixtures.person("項目　一郎", "コウモク　イチロウ", "1980-04-01", "1", "世帯主");
        head.put("kojinbango", "123456789018");
        var wife = Fixtures.person("項目　花子", "コウモク　ハナコ", "1982-05-05", "2", "妻");
        wife.put("uji_nihonjin", "項目");
        wife.put("na_nihonjin", "花子");
        wife.put("kyuji", "旧姓");
        JsonPath fam = Api.ido(Tokens.clerk()).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2023-04-01",
                "jusho", Fixtures.jusho("44番地"), "tennyumaejusho", "東京都千代田区千代田1番1号",
                "members", List.of(head, wife))).post("/v1/ido/tennyu").then().statusCode(201).extract().jsonPath();
        String headNo = fam.getString("jumin[0].atenabango");
        String wifeNo = fam.getString("jumin[1].atenabango");

        JsonPath plain = diff(Tokens.renkeiClient(Tokens.CITY), cursor);
        assertThat(plain.getString("result.find { it.atenabango == '" + headNo + "' }.kojinbango")).isNull();
        assertThat(plain.getString("result.find { it.atenabango == '" + wifeNo + "' }.setainushi_shimei")).isEqualTo("項目　一郎");
        assertThat(plain.getString("result.find { it.atenabango == '" + wifeNo + "' }.kyuji")).isEqualTo("旧姓");
        assertThat(plain.getString("result.find { it.atenabango == '" + wifeNo + "' }.na_nihonjin")).isEqualTo("花子");
        assertThat(plain.getString("result.find { it.atenabango == '" + wifeNo + "' }.shikuchosonkodo")).isEqualTo(Tokens.CITY);
        assertThat(plain.getString("result.find { it.atenabango == '" + wifeNo + "' }.henko_shubetsu")).isEqualTo("jumin");
        assertThat(plain.getString("metadata.title")).isEqualTo("住民情報");

        String allowed = TestTokens.serviceClient("kikan-kokuho", Tokens.CITY, Tokens.RENKEI_SCOPE, KOJINBANGO_SCOPE);
        assertThat(diff(allowed, cursor).getString("result.find { it.atenabango == '" + headNo + "' }.kojinbango"))
                .isEqualTo("123456789018");
    }

    @Test
    void shouldAnnounceAShienSochiStartAndEndAsChangesOfTheirOwn() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "告知", "コクチ", "2021-04-01");
        String child = fam.getString("jumin[2].atenabango");
        String cursor = FeedCursors.latest(Tokens.renkeiClient(Tokens.CITY));
        String sochi = Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("shokai")))
                .post("/v1/jumin/" + child + "/shien-sochi").then().statusCode(201).extract().path("sochi_id");
        Api.as(Tokens.supervisor()).body(Map.of("shuryobi", "2024-02-01"))
                .post("/v1/jumin/" + child + "/shien-sochi/" + sochi + "/shuryo").then().statusCode(200);

        List<Map<String, Object>> changes = diff(Tokens.renkeiClient(Tokens.CITY), cursor)
                .getList("result.findAll { it.atenabango == '" + child + "' }");
        assertThat(changes).extracting(m -> m.get("henko_shubetsu")).containsExactly("shien_sochi", "shien_sochi");
        assertThat(changes).extracting(m -> m.get("shien_sochi_taisho")).containsExactly(true, false);
        assertThat(changes).extracting(m -> m.get("rirekibango")).containsOnly(1);
        long first = ((Number) changes.get(0).get("henko_bango")).longValue();
        long second = ((Number) changes.get(1).get("henko_bango")).longValue();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void shouldGiveTheSameItemsAsACsvFileInFullAndAsTheChangesSince() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "書類", "ショルイ", "2021-04-01");
        String head = fam.getString("jumin[0].atenabango");
        Response zenken = Api.as(Tokens.renkeiClient(Tokens.CITY)).queryParam("kubun", "zenken")
                .get("/v1/renkei/jumin/file").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().response();
        String[] lines = zenken.asString().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        assertThat(header).startsWith("henko_bango", "henko_shubetsu", "shikuchosonkodo", "atenabango", "rirekibango")
                .contains("setainushi_shimei", "shien_sochi_taisho", "jusho_katagaki_furigana");
        assertThat(Arrays.stream(lines).filter(l -> l.contains("," + head + ",")).count()).isEqualTo(1);
        String next = zenken.header("Kikan-Next-Cursor");

        Api.ido(Tokens.clerk()).body(Map.of("setaibango", fam.getString("setaibango[0]"), "idonengappi", "2024-06-01",
                "jusho", Fixtures.jusho("88番地"))).post("/v1/ido/tenkyo").then().statusCode(201);
        String sabun = Api.as(Tokens.renkeiClient(Tokens.CITY)).queryParam("kubun", "sabun").queryParam("cursor", next)
                .get("/v1/renkei/jumin/file").then().statusCode(200).extract().asString();
        String[] rows = sabun.split("\r\n");
        assertThat(rows).hasSize(4); // the header and the household's three members
        assertThat(rows[1]).contains("88番地");
        Api.badInputAs(Tokens.renkeiClient(Tokens.CITY)).queryParam("kubun", "sabun").get("/v1/renkei/jumin/file")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldAcceptTheFeedScopeByItsStandardAndItsDeprecatedNameOnly() {
        Api.as(TestTokens.serviceClient("kikan-tax", Tokens.CITY, "001:jumin-renkei:Read")).queryParam("limit", 1)
                .get("/v1/renkei/jumin").then().statusCode(200);
        Api.as(TestTokens.serviceClient("kikan-tax", Tokens.CITY, "001:renkei:read")).queryParam("limit", 1)
                .get("/v1/renkei/jumin").then().statusCode(200);
        Api.as(TestTokens.serviceClient("kikan-tax", Tokens.CITY, "010:jumin-renkei:Read")).queryParam("limit", 1)
                .get("/v1/renkei/jumin").then().statusCode(403);
        Api.as(Tokens.clerk()).queryParam("limit", 1).get("/v1/renkei/jumin").then().statusCode(403);
    }

    private static JsonPath diff(String token, String cursor) {
        return Api.as(token).queryParam("cursor", cursor).queryParam("limit", 1000).get("/v1/renkei/jumin").then()
                .statusCode(200).body("metadata.mode", equalTo("diff")).extract().jsonPath();
    }
}
