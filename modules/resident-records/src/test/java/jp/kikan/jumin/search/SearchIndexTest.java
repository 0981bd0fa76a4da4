package jp.kikan.jumin.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whichever way a search is answered — the search index in reading order (a kana of 2–3, a name of 1–2), that
 * index walked for a longer term with more than 1,000 hits, a page sorted from at most 1,000 hits, or from all
 * of them (removed residents included) — a clerk gets the hits the plain definition gives: residents whose key
 * contains the term, in reading order (kana_key, then 宛名番号), the count exact up to 1,000 and 1,001 beyond,
 * and every hit of the page in the access log. The definition is asked of the database directly, as the
 * schema owner, and compared page by page.
 *
 * <p>A municipality of its own (999954, fictional), with 1,050 residents named 長谷川 moved in by a clerk
 * (35 households of 30, 15 given names), 10 named 谷口 and 10 named 長沢; one 長谷川 household has moved out
 * and one 長谷川 has had her name corrected to 長谷部, so that the index has followed a 転出 and a 修正.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:search.jumin")
@Tag("fn:search.kana")
class SearchIndexTest {

    private static final String LG = "999954";
    private static final String CLERK = Tokens.staff("sakuin-clerk", LG, "jumin-clerk");
    private static final String[][] NA = {{"一郎", "イチロウ"}, {"花子", "ハナコ"}, {"太郎", "タロウ"}, {"次郎", "ジロウ"},
        {"美咲", "ミサキ"}, {"翔太", "ショウタ"}, {"陽菜", "ヒナ"}, {"健", "ケン"}, {"葵", "アオイ"}, {"蓮", "レン"},
        {"結衣", "ユイ"}, {"大輝", "ダイキ"}, {"さくら", "サクラ"}, {"悠真", "ユウマ"}, {"愛", "アイ"}};
    /** Pages (offset, limit): the first, across the 1,000th hit, the last, beyond the end. */
    private static final int[][] PAGES = {{0, 20}, {990, 20}, {1000, 30}, {2000, 5}};

    private static boolean registered;

    @BeforeEach
    void registerResidents() {
        if (registered) {
            return;
        }
        List<String> moved = null;
        String corrected = null;
        for (int h = 0; h < 35; h++) {
            List<String> members = household("長谷川", "ハセガワ", 30, h);
            if (h == 7) {
                moved = members;
            }
            if (h == 11) {
                corrected = members.get(4);
            }
        }
        household("谷口", "タニグチ", 10, 0);
        household("長沢", "ナガサワ", 10, 0);
        Api.ido(CLERK).body(Map.of("atenabango", moved, "idonengappi", "2024-06-01",
                "tenshutsusakijusho", "大阪府大阪市北区梅田1丁目1番1号")).post("/v1/ido/tenshutsu").then().statusCode(201);
        Api.ido(CLERK).body(Map.of("atenabango", corrected, "shusei_kubun", "goki_shusei", "idonengappi", "2024-04-01",
                "riyu", "入力誤り", "shimei", "長谷部　美咲", "shimei_furigana", "ハセベ　ミサキ"))
                .post("/v1/ido/shusei").then().statusCode(201);
        registered = true;
    }

    @Test
    void shouldFindTwoKanaWithMoreHitsThanAPageAsThePlainDefinitionDoes() throws SQLException {
        for (String kana : List.of("セガ", "ロウ", "ナガ")) {
            sameAsDefinition("kana", kana, "kana_key");
        }
    }

    @Test
    void shouldFindThreeOrMoreKanaAsThePlainDefinitionDoes() throws SQLException {
        // ハセガ: a key of the index; ハセガワ: more than 1,000 hits, walked; ガワイチロウ: fewer, sorted; ア: a scan
        for (String kana : List.of("ハセガ", "ハセガワ", "ガワイチロウ", "ア")) {
            sameAsDefinition("kana", kana, "kana_key");
        }
    }

    @Test
    void shouldFindAOneCharacterSurnameAsThePlainDefinitionDoes() throws SQLException {
        for (String shimei : List.of("谷", "郎", "部")) {
            sameAsDefinition("shimei", shimei, "shimei_key");
        }
    }

    @Test
    void shouldFindLongerNamesAsThePlainDefinitionDoes() throws SQLException {
        for (String shimei : List.of("長谷", "長谷川", "川一郎")) {
            sameAsDefinition("shimei", shimei, "shimei_key");
        }
    }

    @Test
    void shouldFollowTheCorrectedNameAndTheMoveOut() {
        JsonPath be = Api.as(CLERK).queryParam("shimei", "長谷部").get("/v1/jumin").then().statusCode(200)
                .extract().jsonPath();
        assertThat(be.getInt("total")).isEqualTo(1);
        assertThat(be.getString("items[0].shimei")).isEqualTo("長谷部　美咲");
        assertThat(Api.as(CLERK).queryParam("kana", "ハセベ").get("/v1/jumin").then().statusCode(200)
                .extract().jsonPath().getList("items.atenabango")).isEqualTo(be.getList("items.atenabango"));
    }

    @Test
    void shouldRecordEveryHitOfAPageFromTheIndexInTheAccessLog() {
        String clerk = Tokens.staff("sakuin-log-clerk", LG, "jumin-clerk");
        List<String> page = Api.as(clerk).queryParam("kana", "セガ").queryParam("limit", 100).get("/v1/jumin").then()
                .statusCode(200).extract().jsonPath().getList("items.atenabango", String.class);
        assertThat(page).hasSize(100);
        JsonPath log = Api.as(Tokens.staff("sakuin-auditor", LG, "jumin-auditor")).queryParam("actor", "sakuin-log-clerk")
                .get("/v1/access-log").then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.action")).containsExactly("kensaku");
        assertThat(log.getList("items[0].targets.id", String.class)).containsExactlyElementsOf(page);
        assertThat(log.getString("items[0].detail")).contains("kana:セガ").contains("hits=100");
    }

    /** Every page of the term, removed residents excluded and included, equals the definition's. */
    private static void sameAsDefinition(String param, String term, String column) throws SQLException {
        for (boolean removed : new boolean[] {false, true}) {
            List<String> all = definition(column, term, removed);
            for (int[] page : PAGES) {
                JsonPath r = Api.as(CLERK).queryParam(param, term).queryParam("include_removed", removed)
                        .queryParam("offset", page[0]).queryParam("limit", page[1]).get("/v1/jumin").then()
                        .statusCode(200).extract().jsonPath();
                String what = param + "=" + term + " include_removed=" + removed + " offset=" + page[0];
                assertThat(r.getInt("total")).as(what + " total").isEqualTo(Math.min(all.size(), 1001));
                assertThat(r.getList("items.atenabango", String.class)).as(what + " page")
                        .containsExactlyElementsOf(all.subList(Math.min(page[0], all.size()),
                                Math.min(page[0] + page[1], all.size())));
            }
        }
    }

    /** The residents of LG whose key contains the term, in reading order: what a search means. */
    private static List<String> definition(String column, String term, boolean includeRemoved) throws SQLException {
        String key = column.equals("kana_key") ? jp.kikan.jumin.domain.SearchKeys.kana(term)
                : jp.kikan.jumin.domain.SearchKeys.shimei(term);
        List<String> out = new ArrayList<>();
        try (Connection c = EmbeddedPostgresResource.ownerConnection(); PreparedStatement ps = c.prepareStatement(
                "select atenabango from jumin where lg_code = ? and (? or jumin_jotai = 'jumin') and strpos(" + column
                        + ", ?) > 0 order by kana_key, atenabango")) {
            ps.setString(1, LG);
            ps.setBoolean(2, includeRemoved);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        assertThat(out).as("residents holding " + term).isNotEmpty();
        return out;
    }

    /** A household of {@code size} moving in; returns its members' 宛名番号. */
    private static List<String> household(String uji, String ujiKana, int size, int n) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String[] na = NA[(n * size + i) % NA.length];
            members.add(Fixtures.person(uji + "　" + na[0], ujiKana + "　" + na[1],
                    String.format("19%02d-%02d-%02d", 40 + (n + i) % 60, 1 + i % 12, 1 + n % 28), i % 2 == 0 ? "1" : "2",
                    i == 0 ? "世帯主" : "同居人"));
        }
        Map<String, Object> jusho = new HashMap<>(Fixtures.jusho(n + 1 + "番地"));
        jusho.put("jusho_shikuchosonkodo", LG);
        jusho.put("jusho_shikugunchosonmei", "どこか村");
        return Api.ido(CLERK).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01", "jusho", jusho,
                        "tennyumaejusho", "架空県みなみ市みなみ町一丁目1番地", "members", members))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().jsonPath().getList("jumin.atenabango",
                        String.class);
    }
}
