package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * This service's feed for the collection service (business date 2026-12-01): each premium version in commit order with
 * its 調定 — 年度, 期別 by 徴収方法 with 納期限, amount, the 更正's differences, 市区町村コード and 変更番号 —, the snapshot
 * holding only the latest version, only to a client with scope 023:kaigo-hokenryo-renkei:Read of the same municipality.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.kaigo-hokenryo")
class KaigoHokenryoRenkeiTest {

    private static final String SCOPE = "023:kaigo-hokenryo-renkei:Read";

    @Inject
    JuminFeed feed;

    private static JsonPath fuka(String a) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2026)).post("/v1/kaigo/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    /** Every item for the person from {@code cursor} on, and the cursor after them. */
    private static List<Map<String, Object>> read(String lgCode, String a, String[] cursor) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean more = true;
        while (more) {
            var req = Api.as(TestTokens.serviceClient("kikan-shuno", lgCode, SCOPE)).queryParam("limit", 5);
            if (cursor[0] != null) {
                req = req.queryParam("cursor", cursor[0]);
            }
            JsonPath p = req.get("/v1/renkei/kaigo-hokenryo").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("result");
            items.stream().filter(i -> a.equals(i.get("atenabango"))).forEach(out::add);
            cursor[0] = p.getString("metadata.next_cursor");
            more = p.getBoolean("metadata.has_more");
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEachVersionsInstalmentsToTheCollectionServiceInCommitOrder() throws Exception {
        String a = Api.bango(8);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, Api.bango(8), "世帯主", "調定　一郎", "チョウテイ　イチロウ",
                "1950-05-05", "jumin", "転居", "2010-05-01", "2000-04-01"));
        feed.consumer().drain();
        IncomeServer.shotoku(a, 2026, 0, 700_000, 0, false);
        JsonPath tosho = fuka(a);

        String[] cursor = {null};
        List<Map<String, Object>> first = read(Api.CITY, a, cursor);
        assertThat(first).hasSize(1);
        Map<String, Object> t = first.get(0);
        assertThat(t).containsEntry("kubun", "tosho").containsEntry("shikuchosonkodo", Api.CITY).containsEntry("nendo", 2026)
                .containsEntry("kamoku", "kaigo_hokenryo").containsEntry("nengaku", 22_900).containsEntry("choshu_hoho", "futsu_choshu")
                .containsEntry("hihokensha_bango", tosho.getString("hihokensha_bango"));
        assertThat((Integer) t.get("henko_bango")).isPositive();
        List<Map<String, Object>> chotei = (List<Map<String, Object>>) t.get("chotei");
        assertThat(chotei).hasSize(1);
        assertThat(chotei.get(0)).containsEntry("choshu_hoho", "futsu_choshu").containsEntry("gaku", 22_900);
        List<Map<String, Object>> ki = (List<Map<String, Object>>) chotei.get(0).get("kibetsu");
        assertThat(ki).extracting(k -> k.get("nokigen")).containsExactly("2026-12-25", "2027-01-31", "2027-02-28", "2027-03-31");
        assertThat(ki).extracting(k -> k.get("hokenryogaku")).containsExactly(5_800, 5_700, 5_700, 5_700);

        // local tax's 更正 → a new version: the diff gives it with its differences
        IncomeServer.shotoku(a, 2026, 1_500_000, 0, 0, true);
        fuka(a);
        List<Map<String, Object>> diff = read(Api.CITY, a, cursor);
        assertThat(diff).hasSize(1);
        Map<String, Object> k = diff.get(0);
        assertThat(k).containsEntry("kubun", "kosei").containsEntry("fuka_version", 2).containsEntry("sagaku", 81_600)
                .containsEntry("zuiji", 0).containsEntry("kanpu", 0);
        assertThat((Integer) k.get("henko_bango")).isGreaterThan((Integer) t.get("henko_bango"));
        assertThat((List<Map<String, Object>>) k.get("kosei_sagaku")).extracting(s -> s.get("sagaku")).containsExactly(0, 27_200,
                27_200, 27_200);
        // a new consumer's snapshot holds only the latest version; another municipality's client never sees it
        List<Map<String, Object>> fresh = read(Api.CITY, a, new String[] {null});
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0)).containsEntry("fuka_version", 2);
        assertThat(read(Api.OTHER_CITY, a, new String[] {null})).isEmpty();
        // the client's read is in the access log with the person as its target
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'renkei.kaigo-hokenryo' and t.target_id = '" + a + "'")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldRefuseTheFeedToAClerkAndToAClientWithoutTheScope() {
        Api.as(Api.clerk()).get("/v1/renkei/kaigo-hokenryo").then().statusCode(403);
        Api.as(TestTokens.serviceClient("kikan-shuno", Api.CITY, "024:kokuho-hokenzei-renkei:Read")).get("/v1/renkei/kaigo-hokenryo")
                .then().statusCode(403);
        Api.as(TestTokens.serviceClient("kikan-shuno", Api.CITY, SCOPE)).queryParam("cursor", "not-a-cursor")
                .get("/v1/renkei/kaigo-hokenryo").then().statusCode(400);
    }
}
