package jp.kikan.jumin.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/** Search the way a counter clerk types: any kana width, ヴ or ブ, old or common kanji. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:search.jumin")
@Tag("fn:search.kana")
@Tag("fn:search.itaiji")
@Tag("fn:records.gaikokujin")
class SearchTest {

    /** 辻 followed by the IVS selector U+E0100: the registered glyph variant must survive. */
    private static final String TSUJI_IVS = "辻\uDB40\uDD00";

    private static String yoshida;
    private static String takahashi;
    private static String tsuji;
    private static String vietnamese;

    /** Once per class; in @BeforeEach because RestAssured knows the (random) test port only from then on. */
    @BeforeEach
    void registerResidents() {
        if (yoshida != null) {
            return;
        }
        JsonPath r = Api.ido(Tokens.clerk()).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01",
                "jusho", Fixtures.jusho("20番地"),
                "members", List.of(
                        Fixtures.person("𠮷田　ヴィクトル", "ヨシダ　ヴィクトル", "1975-03-03", "1", "世帯主"),
                        Fixtures.person("髙橋　舞", "タカハシ　マイ", "1978-07-07", "2", "同居人"),
                        Fixtures.person(TSUJI_IVS + "　一", "ツジ　ハジメ", "2001-01-01", "1", "同居人"))))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().jsonPath();
        yoshida = r.getString("jumin[0].atenabango");
        takahashi = r.getString("jumin[1].atenabango");
        tsuji = r.getString("jumin[2].atenabango");
        var foreigner = new java.util.HashMap<String, Object>(Map.of("jumin_shubetsu", "gaikokujin",
                "shimei", "NGUYEN VAN AN", "shimei_furigana", "グエン　ヴァン　アン", "seinengappi", "1995-05-05",
                "seibetsu", "1", "zokugara", "世帯主"));
        foreigner.put("gaikokujin", Map.of("shimei_gaikokujinromaji", "NGUYEN VAN AN", "kokuseki_chiiki", "ベトナム",
                "hodai30jono45kubun", "chukyo_zairyusha", "zairyushikaku", "技能実習", "zairyukikan", "1年",
                "zairyukikan_manryonengappi", "2027-03-31", "zairyukadobango", "AB12345678CD", "tsusho", "阮　文安"));
        vietnamese = Api.ido(Tokens.clerk()).body(Map.of("tennyu_kubun", "kokugai", "idonengappi", "2025-04-01",
                        "jusho", Fixtures.jusho("21番地"), "members", List.of(foreigner)))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().path("jumin[0].atenabango");
    }

    @Test
    void shouldFindByKanaInAnyWidthAndWithVuFoldedToBu() {
        Api.as(Tokens.clerk()).queryParam("kana", "ﾖｼﾀﾞ").get("/v1/jumin").then().statusCode(200)
                .body("items.atenabango", hasItem(yoshida));
        Api.as(Tokens.clerk()).queryParam("kana", "びくとる").get("/v1/jumin").then().statusCode(200)
                .body("items.atenabango", hasItem(yoshida));
        Api.as(Tokens.clerk()).queryParam("kana", "バン").get("/v1/jumin").then().statusCode(200)
                .body("items.atenabango", hasItem(vietnamese));
    }

    @Test
    void shouldFindOldAndVariantCharactersByTheCommonFormAndReturnThemIntact() {
        Api.as(Tokens.clerk()).queryParam("shimei", "吉田").get("/v1/jumin").then().statusCode(200)
                .body("items.find { it.atenabango == '" + yoshida + "' }.shimei", equalTo("𠮷田　ヴィクトル"));
        Api.as(Tokens.clerk()).queryParam("shimei", "高橋").get("/v1/jumin").then().statusCode(200)
                .body("items.find { it.atenabango == '" + takahashi + "' }.shimei", equalTo("髙橋　舞"));
        Api.as(Tokens.clerk()).get("/v1/jumin/" + tsuji).then().statusCode(200)
                .body("shimei", equalTo(TSUJI_IVS + "　一"));
    }

    @Test
    void shouldFindByBirthDateInWarekiOrSeirekiAndByAddress() {
        Api.as(Tokens.clerk()).queryParam("seinengappi", "昭和50年3月3日").get("/v1/jumin").then().statusCode(200)
                .body("items.atenabango", hasItem(yoshida))
                .body("items.find { it.atenabango == '" + yoshida + "' }.seinengappi_wareki", equalTo("昭和50年3月3日"));
        Api.as(Tokens.clerk()).queryParam("seinengappi", "1975-03-03").get("/v1/jumin").then()
                .body("items.atenabango", hasItem(yoshida));
        Api.as(Tokens.clerk()).queryParam("jusho", "みなみ町一丁目20番地").get("/v1/jumin").then()
                .body("items.atenabango", hasItem(takahashi));
        Api.as(Tokens.clerk()).queryParam("atenabango", tsuji).get("/v1/jumin").then().body("total", equalTo(1));
    }

    @Test
    void shouldKeepForeignResidentsItemsAndFindThemByTsusho() {
        Api.as(Tokens.clerk()).get("/v1/jumin/" + vietnamese).then().statusCode(200)
                .body("jumin_shubetsu", equalTo("gaikokujin"))
                .body("gaikokujin.kokuseki_chiiki", equalTo("ベトナム"))
                .body("gaikokujin.zairyukikan_manryonengappi", equalTo("2027-03-31"))
                .body("gaikokujin.zairyukadobango", equalTo("AB12345678CD"))
                .body("idojiyu", equalTo("国外転入等"));
        Api.as(Tokens.clerk()).queryParam("shimei", "阮").get("/v1/jumin").then()
                .body("items.atenabango", hasItem(vietnamese));
        Api.as(Tokens.clerk()).queryParam("shimei", "nguyen").get("/v1/jumin").then()
                .body("items.atenabango", hasItem(vietnamese));
    }

    @Test
    void shouldRefuseASearchWithoutCriteria() {
        Api.badInputAs(Tokens.clerk()).get("/v1/jumin").then().statusCode(400)
                .body("errors.rule", hasItem("search-criteria"));
    }
}
