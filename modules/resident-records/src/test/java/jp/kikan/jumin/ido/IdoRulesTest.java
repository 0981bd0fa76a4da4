package jp.kikan.jumin.ido;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each 異動 rule refuses bad input with problem+json and leaves the database exactly as it was. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IdoRulesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private JsonPath family;
    private String setaibango;
    private String head;
    private String wife;
    private String child;

    @BeforeEach
    void moveInAFamily() {
        family = Fixtures.family(Tokens.clerk(), "鈴木", "スズキ", "2023-04-01");
        setaibango = family.getString("setaibango[0]");
        head = family.getString("jumin[0].atenabango");
        wife = family.getString("jumin[1].atenabango");
        child = family.getString("jumin[2].atenabango");
    }

    private ValidatableResponse refused(String path, Object body, int status) {
        String before = Db.snapshot();
        ValidatableResponse r = Api.badInputAs(Tokens.clerk()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/v1/ido/" + path).then().statusCode(status)
                .contentType(startsWith("application/problem+json"));
        assertThat(Db.snapshot()).as("a refused 異動 writes nothing").isEqualTo(before);
        return r;
    }

    @Test
    @Tag("fn:ido.dates")
    void shouldRejectADateThatDoesNotExist() {
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", "2024-02-30", "jusho", Fixtures.jusho("1")), 400)
                .body("errors.code", hasItem("E0004")).body("errors.field", hasItem("idonengappi"));
        // 令和元年4月1日 never existed: 令和 began on 2019-05-01
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", "令和元年4月1日", "jusho", Fixtures.jusho("1")), 400)
                .body("errors.rule", hasItem("date-exists"));
    }

    @Test
    @Tag("fn:ido.tenkyo")
    void shouldRejectAnIdoDateInTheFuture() {
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", TODAY.plusDays(1).toString(),
                "jusho", Fixtures.jusho("1")), 422).body("code", equalTo("idobi-not-future"));
    }

    @Test
    @Tag("fn:ido.tenshutsu")
    void shouldAcceptAPlannedTenshutsuDateInTheFutureButNotTwice() {
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", List.of(child), "idonengappi", TODAY.plusDays(14).toString(),
                "tenshutsusakijusho", "大阪府大阪市北区梅田1丁目1番1号")).post("/v1/ido/tenshutsu").then().statusCode(201);
        refused("tenshutsu", Map.of("atenabango", List.of(child), "idonengappi", TODAY.plusDays(14).toString(),
                "tenshutsusakijusho", "大阪府大阪市"), 422).body("code", equalTo("already-removed"));
    }

    @Test
    @Tag("fn:ido.tenkyo")
    void shouldRefuseATenkyoOutOfTheMunicipalityAndFillTheCityCodeOfAnInnerOne() {
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", "2024-01-01",
                "jusho", Map.of("jusho_todofuken", "夢見府", "jusho_shikugunchosonmei", "ゆめの市")), 422)
                .body("code", equalTo("address-in-municipality"));
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", "2024-01-01",
                "jusho", Map.of("jusho_shikuchosonkodo", "131016", "jusho_todofuken", "架空県",
                        "jusho_shikugunchosonmei", "みなみ市")), 422)
                .body("code", equalTo("address-in-municipality"));
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "2024-01-01",
                "jusho", Map.of("jusho_todofuken", "架空県", "jusho_shikugunchosonmei", "みなみ市",
                        "jusho_choaza", "みなみ町二丁目", "jusho_banchigohyoki", "5番地"))).post("/v1/ido/tenkyo")
                .then().statusCode(201);
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head).then().body("jusho.jusho_shikuchosonkodo", equalTo(Tokens.CITY));
    }

    @Test
    @Tag("fn:ido.goki-shusei")
    void shouldRefuseACorrectionDatedBeforeTheLastIdoSoThePastIsNotRewritten() {
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "2024-06-01",
                "jusho", Fixtures.jusho("6番地"))).post("/v1/ido/tenkyo").then().statusCode(201);
        refused("shusei", Map.of("atenabango", wife, "shusei_kubun", "goki_shusei", "idonengappi", "2023-04-01",
                "riyu", "入力誤り", "shimei", "鈴木　華子"), 422).body("code", equalTo("ido-order"));
    }

    @Test
    @Tag("fn:ido.torikeshi")
    void shouldAllowANewIdoAfterCancellingAPlannedTenshutsu() {
        int rireki = Api.ido(Tokens.clerk()).body(Map.of("atenabango", List.of(child),
                        "idonengappi", TODAY.plusDays(30).toString(), "tenshutsusakijusho", "大阪府大阪市"))
                .post("/v1/ido/tenshutsu").then().statusCode(201).extract().path("jumin[0].rirekibango");
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", child, "rirekibango", rireki, "riyu", "転出取りやめ"))
                .post("/v1/ido/torikeshi").then().statusCode(201);
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", TODAY.toString(),
                "jusho", Fixtures.jusho("11番地"))).post("/v1/ido/tenkyo").then().statusCode(201);
    }

    @Test
    @Tag("fn:ido.tenshutsu")
    void shouldRefuseTheSamePersonTwiceAndJsonOfTheWrongShape() {
        refused("tenshutsu", Map.of("atenabango", List.of(child, child), "idonengappi", "2024-05-01",
                "tenshutsusakijusho", "大阪府大阪市"), 400).body("errors.rule", hasItem("duplicate"));
        // a single number where the contract has a list: refused by the contract check, naming the field
        refused("tenshutsu", Map.of("atenabango", child, "idonengappi", "2024-05-01",
                "tenshutsusakijusho", "大阪府大阪市"), 400).body("errors.rule", hasItem("type"))
                .body("errors.field", hasItem("atenabango")).body("errors.code", hasItem("E0002"));
        Api.badInputAs(Tokens.clerk()).queryParam("kana", "スズキ").queryParam("limit", "abc").get("/v1/jumin")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        Api.badInputAs(Tokens.clerk()).get("/v1/jumin/%00").then().statusCode(400);
    }

    @Test
    @Tag("fn:ido.tenkyo")
    void shouldRejectMoveDateBeforeTheLastIdo() {
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", "2023-03-31", "jusho", Fixtures.jusho("2")), 422)
                .body("code", equalTo("ido-order"));
    }

    @Test
    @Tag("fn:records.setainushi")
    void shouldRejectAHouseholdWithoutExactlyOneSetainushi() {
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("3"),
                "members", List.of(Fixtures.person("田中　一", "タナカ　ハジメ", "1990-01-01", "1", "妻"))), 400)
                .body("errors.rule", hasItem("setainushi-exactly-one"));
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("3"),
                "members", List.of(Fixtures.person("田中　一", "タナカ　ハジメ", "1990-01-01", "1", "世帯主"),
                        Fixtures.person("田中　二", "タナカ　フタバ", "1990-01-01", "2", "世帯主"))), 400)
                .body("errors.rule", hasItem("setainushi-exactly-one"));
    }

    @Test
    @Tag("fn:records.zokugara")
    void shouldRejectZokugaraNotInTheStandardForm() {
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "setaibango", setaibango,
                "members", List.of(Fixtures.person("鈴木　孫", "スズキ　マゴ", "2020-01-01", "1", "孫"))), 400)
                .body("errors.rule", hasItem("zokugara-form"));
    }

    @Test
    @Tag("fn:ido.tennyu")
    void shouldRejectMissingItemsLengthAndNonKatakanaReading() {
        // what the contract says (required, maxLength) is refused by the contract check, all at once …
        var p = Fixtures.person("山".repeat(101), "ヤマダ", "1990-01-01", "1", "世帯主");
        p.remove("seibetsu");
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("4"),
                "members", List.of(p)), 400)
                .body("errors.code", hasItem("E0001")).body("errors.field", hasItem("members[0].seibetsu"))
                .body("errors.code", hasItem("E0003")).body("errors.field", hasItem("members[0].shimei"));
        // … and what only the standard says (a reading in katakana) by the 異動 rules
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("4"),
                "members", List.of(Fixtures.person("山田　一", "やまだ　はじめ", "1990-01-01", "1", "世帯主"))), 400)
                .body("errors.code", hasItem("E0002")).body("errors.rule", hasItem("katakana"));
    }

    @Test
    @Tag("fn:ido.tennyu")
    void shouldRejectAKojinbangoWithAWrongCheckDigit() {
        var p = Fixtures.person("高田　健", "タカダ　ケン", "1990-01-01", "1", "世帯主");
        p.put("kojinbango", "123456789013");
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-01-01", "jusho", Fixtures.jusho("5"),
                "members", List.of(p)), 400).body("errors.field", hasItem("members[0].kojinbango"));
    }

    @Test
    @Tag("fn:ido.shibo")
    @Tag("fn:ido.setainushi-fuzai")
    void shouldRequireANewSetainushiWhenTheSetainushiDies() {
        refused("shibo", Map.of("atenabango", head, "idonengappi", "2024-05-01"), 422)
                .body("code", equalTo("setainushi-required"));
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", head, "idonengappi", "2024-05-01", "shin_setainushi", wife,
                        "zokugara", List.of(Map.of("atenabango", child, "zokugara", "子"))))
                .post("/v1/ido/shibo").then().statusCode(201);
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().statusCode(200)
                .body("setainushi_atenabango", equalTo(wife)).body("members.zokugara", hasItem("世帯主"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head).then().body("jumin_jotai", equalTo("shibo"));
    }

    @Test
    @Tag("fn:ido.torikeshi")
    void shouldCancelAnIdoByStackingANewVersion() {
        JsonPath moved = Api.ido(Tokens.clerk()).body(Map.of("setaibango", setaibango, "idonengappi", "2024-06-01",
                "jusho", Fixtures.jusho("7番地"))).post("/v1/ido/tenkyo").then().statusCode(201).extract().jsonPath();
        int rireki = moved.getInt("jumin[0].rirekibango");
        Api.ido(Tokens.clerk()).body(Map.of("atenabango", head, "rirekibango", rireki, "riyu", "届出の誤り"))
                .post("/v1/ido/torikeshi").then().statusCode(201).body("idojiyu", equalTo("異動の取消し（修正）"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + head + "/rireki").then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items[2].torikeshi_rirekibango", equalTo(rireki))
                .body("items[2].jusho.jusho_banchigohyoki", equalTo(Fixtures.banchiOf("鈴木")));
        // the cancelled entry can't be cancelled twice, and the cancellation itself can't be cancelled
        refused("torikeshi", Map.of("atenabango", head, "rirekibango", 3, "riyu", "x"), 422)
                .body("code", equalTo("torikeshi-of-torikeshi"));
    }

    @Test
    @Tag("fn:ido.tennyu")
    void shouldReturnTheFirstResultWhenTheSameCommandIsRetried() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("setaibango", setaibango, "idonengappi", "2024-07-01", "jusho", Fixtures.jusho("8"));
        String first = Api.as(Tokens.clerk()).header("Idempotency-Key", key).body(body).post("/v1/ido/tenkyo")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("ido_id");
        String before = Db.snapshot();
        Api.as(Tokens.clerk()).header("Idempotency-Key", key).body(body).post("/v1/ido/tenkyo")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("ido_id", equalTo(first));
        assertThat(Db.snapshot()).isEqualTo(before);
        Api.badInputAs(Tokens.clerk()).header("Idempotency-Key", key)
                .body(Map.of("setaibango", setaibango, "idonengappi", "2024-07-02", "jusho", Fixtures.jusho("8")))
                .post("/v1/ido/tenkyo").then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
    }

    @Test
    @Tag("fn:ido.setai-bunri")
    @Tag("fn:ido.setai-gappei")
    void shouldSplitAndMergeAHousehold() {
        String newSetai = Api.ido(Tokens.clerk()).body(Map.of("atenabango", List.of(child), "idonengappi", "2024-08-01",
                        "shin_setainushi", child, "zokugara", List.of()))
                .post("/v1/ido/setai-bunri").then().statusCode(201).extract().path("setaibango[1]");
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().body("members.size()", equalTo(2));
        Api.ido(Tokens.clerk()).body(Map.of("setaibango", newSetai, "gappeisaki_setaibango", setaibango,
                        "idonengappi", "2024-09-01", "zokugara", List.of(Map.of("atenabango", child, "zokugara", "子"))))
                .post("/v1/ido/setai-gappei").then().statusCode(201);
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().body("members.size()", equalTo(3));
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango + "?kijunbi=2024-08-15").then().body("members.size()", equalTo(2));
    }
}
