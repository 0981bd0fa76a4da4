package jp.kikan.jumin.ido;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The remaining 異動 as a clerk records them, each leaving the history readable afterwards. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IdoCommandsTest {

    private String setaibango;
    private String head;
    private String wife;
    private String child;

    @BeforeEach
    void moveInAFamily() {
        JsonPath f = Fixtures.family(Tokens.clerk(), "中村", "ナカムラ", "2020-04-01");
        setaibango = f.getString("setaibango[0]");
        head = f.getString("jumin[0].atenabango");
        wife = f.getString("jumin[1].atenabango");
        child = f.getString("jumin[2].atenabango");
    }

    @Test
    @Tag("fn:ido.shussei")
    void shouldRecordABirthIntoTheHousehold() {
        var baby = Fixtures.person("中村　陽菜", "ナカムラ　ヒナ", "2024-03-03", "2", "子");
        String born = Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "令和6年3月3日",
                        "todokedenengappi", "2024-03-10", "member", baby))
                .post("/v1/ido/shussei").then().statusCode(201).body("idojiyu", equalTo("出生"))
                .extract().path("jumin[0].atenabango");
        Api.as(Tokens.clerk()).get("/v1/jumin/" + born).then().statusCode(200)
                .body("seinengappi", equalTo("2024-03-03")).body("jumintonattanengappi", equalTo("2024-03-03"))
                .body("todokedenengappi", equalTo("2024-03-10")).body("seinengappi_wareki", equalTo("令和6年3月3日"));
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().body("members.size()", equalTo(4));
    }

    @Test
    @Tag("fn:ido.setainushi-henko")
    @Tag("fn:ido.setainushi-henko.zokugara")
    void shouldChangeTheSetainushiAndRestateEveryZokugara() {
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "shin_setainushi", wife, "idonengappi", "2024-04-01",
                        "zokugara", List.of(Map.of("atenabango", head, "zokugara", "夫"),
                                Map.of("atenabango", child, "zokugara", "子"))))
                .post("/v1/ido/setainushi-henko").then().statusCode(201);
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then()
                .body("setainushi_atenabango", equalTo(wife))
                .body("members.find { it.atenabango == '" + head + "' }.zokugara", equalTo("夫"));
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango + "?kijunbi=2024-03-31").then()
                .body("setainushi_atenabango", equalTo(head));
    }

    @Test
    @Tag("fn:ido.setai-henko")
    void shouldMoveAMemberIntoAnotherHousehold() {
        JsonPath other = Fixtures.family(Tokens.clerk(), "中川", "ナカガワ", "2020-04-01");
        String otherSetai = other.getString("setaibango[0]");
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", List.of(child), "henkosaki_setaibango", otherSetai,
                        "idonengappi", "2024-05-01", "zokugara", List.of(Map.of("atenabango", child, "zokugara", "同居人"))))
                .post("/v1/ido/setai-henko").then().statusCode(201);
        Api.as(Tokens.clerk()).get("/v1/setai/" + otherSetai).then().body("members.atenabango", hasItem(child));
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().body("members.atenabango", not(hasItem(child)));
    }

    @Test
    @Tag("fn:ido.shokken-shojo")
    @Tag("fn:records.johyo")
    void shouldRemoveByShokkenAndKeepTheRecordAsAJohyo() {
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", child, "idonengappi", "2024-06-01", "riyu", "実態調査により居住の事実なし"))
                .post("/v1/ido/shokken-shojo").then().statusCode(201).body("idojiyu", equalTo("職権消除"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + child).then().statusCode(200)
                .body("jumin_jotai", equalTo("shokken_shojo"));
        Api.as(Tokens.clerk()).queryParam("atenabango", child).get("/v1/jumin").then().body("total", equalTo(0));
        Api.as(Tokens.clerk()).queryParam("atenabango", child).queryParam("include_removed", true).get("/v1/jumin")
                .then().body("total", equalTo(1));
    }

    @Test
    @Tag("fn:ido.goki-shusei")
    @Tag("fn:ido.kojinbango")
    void shouldCorrectAMistakeAsANewVersionAndKeepTheWrongOneInHistory() {
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", wife, "shusei_kubun", "goki_shusei", "idonengappi", "2020-04-01",
                        "riyu", "入力誤り", "shimei", "中村　華子", "kojinbango", "123456789018"))
                .post("/v1/ido/shusei").then().statusCode(201).body("idojiyu", equalTo("誤記修正"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + wife + "/rireki").then()
                .body("items.size()", equalTo(2))
                .body("items[0].shimei", equalTo("中村　花子"))
                .body("items[1].shimei", equalTo("中村　華子"));
        Api.as(Tokens.clerk()).queryParam("include_kojinbango", true).get("/v1/jumin/" + wife).then()
                .body("kojinbango", equalTo("123456789018"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + wife).then().body("containsKey('kojinbango')", equalTo(false));
    }
}
