package jp.kikan.chihozei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 納税義務者の検索: フリガナ from its start, 氏名 as written (variant characters are other characters), 支援措置 respected. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:nozeigimusha.kensaku")
class NozeigimushaKensakuTest {

    @Inject
    JuminFeed feed;

    private String resident(int serial, String lgCode, String shimei, String kana, boolean shien) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", serial));
        ObjectNode item = ResidentFeedServer.jumin(lgCode, a, shimei, kana, "1964-12-24", "jumin", "tennyu", "2000-04-01",
                "2000-04-01");
        ResidentFeedServer.publish(item);
        if (shien) {
            ObjectNode s = item.deepCopy();
            s.put("henko_shubetsu", "shien_sochi");
            s.put("shien_sochi_taisho", true);
            ResidentFeedServer.publish(s);
        }
        feed.consumer().drain();
        return a;
    }

    private static JsonPath search(String token, String param, String value) {
        return Api.as(token).queryParam(param, value).get("/v1/nozeigimusha").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFindByReadingIgnoringSpacesAndByTheNameAsWritten() throws Exception {
        String hashigo = resident(6_101, Api.CITY, "髙橋　検索", "ケンサクタカハシ　ケンサク", false);
        String kuchi = resident(6_102, Api.CITY, "高橋　検索", "ケンサクタカハシ　ケンサク", false);
        String other = resident(6_103, Api.OTHER_CITY, "髙橋　検索", "ケンサクタカハシ　ケンサク", false);
        JsonPath byKana = search(Api.clerk(), "shimei_furigana", "ケンサク タカハシ");
        assertThat(byKana.getList("items.atenabango", String.class)).contains(hashigo, kuchi).doesNotContain(other);
        // 髙 (はしご高) is another character than 高: never normalized
        JsonPath byName = search(Api.clerk(), "shimei", "髙橋");
        assertThat(byName.getList("items.atenabango", String.class)).contains(hashigo).doesNotContain(kuchi, other);
        assertThat(byName.getList("items.shimei", String.class)).allMatch(s -> s.contains("髙橋"));
        // a LIKE wildcard in the input is a character, not "anything"
        assertThat(search(Api.clerk(), "shimei", "%").getInt("count")).isZero();
        Api.as(Api.clerk()).queryParam("shimei_furigana", "ケンサク").queryParam("seinengappi", "1964-12-24").queryParam("limit", 1)
                .get("/v1/nozeigimusha").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void shouldLeaveAProtectedPersonOutButForTheShienClerkAndRefuseAnEmptySearch() throws Exception {
        String a = resident(6_111, Api.CITY, "秘匿　保護", "ヒトクホゴ　ホゴ", true);
        long logged = DbSnapshot.count("select count(*) from access_log where action = 'nozeigimusha.kensaku'");
        JsonPath clerk = search(Api.clerk(), "shimei_furigana", "ヒトクホゴ");
        assertThat(clerk.getList("items.atenabango", String.class)).doesNotContain(a);
        assertThat(clerk.getInt("yokushi_su")).isEqualTo(1);
        assertThat(search(Api.shien(), "shimei_furigana", "ヒトクホゴ").getList("items.atenabango", String.class)).contains(a);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'nozeigimusha.kensaku'"))
                .isEqualTo(logged + 2);
        Api.badInputAs(Api.clerk()).get("/v1/nozeigimusha").then().statusCode(400)
                .body("errors[0].field", equalTo("shimei_furigana"));
    }
}
