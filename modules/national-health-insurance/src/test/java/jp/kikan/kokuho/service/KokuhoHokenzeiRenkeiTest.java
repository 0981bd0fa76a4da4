package jp.kikan.kokuho.service;

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
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 期別 (調定) of the 国保税 and this service's feed for the collection service: みなみ市's 8 納期 (7月〜翌2月, 100円未満 to
 * 第1期); a 更正 on the business date 2026-12-01 leaves 7月〜12月 as they were and splits the rest over 1月・2月; the
 * feed gives each version in commit order with its 調定, only to a client with scope 024:kokuho-hokenzei-renkei:Read.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.kokuho-hokenzei")
@Tag("fn:kokuho.hokenzei.kibetsu")
class KokuhoHokenzeiRenkeiTest {

    private static final String SCOPE = "024:kokuho-hokenzei-renkei:Read";

    @Inject
    JuminFeed feed;

    private static JsonPath fuka(String s) {
        return Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2026)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    /** Every item for the household from {@code cursor} on, and the cursor after them. */
    private static List<Map<String, Object>> read(String lgCode, String s, String[] cursor) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean more = true;
        while (more) {
            var req = Api.as(TestTokens.serviceClient("kikan-shuno", lgCode, SCOPE)).queryParam("limit", 5);
            if (cursor[0] != null) {
                req = req.queryParam("cursor", cursor[0]);
            }
            JsonPath p = req.get("/v1/renkei/kokuho-hokenzei").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("result");
            items.stream().filter(i -> s.equals(i.get("setaibango"))).forEach(out::add);
            cursor[0] = p.getString("metadata.next_cursor");
            more = p.getBoolean("metadata.has_more");
        }
        return out;
    }

    @Test
    void shouldSplitTheTaxOverTheNokigenAndSpreadACorrectionOverWhatIsNotYetDue() throws Exception {
        String nushi = Api.bango(7);
        String s = Api.bango(8);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, nushi, s, "世帯主", "調定　一郎", "チョウテイ　イチロウ",
                "1980-06-06", "jumin", "転居", "2021-05-01", "2020-04-01"));
        feed.consumer().drain();
        IncomeServer.shotoku(nushi, 2026, 3_430_000, 5_000_000);
        JsonPath tosho = fuka(s);
        long nengaku = tosho.getLong("nengaku");
        List<Integer> ki = tosho.getList("kibetsu.zeigaku", Integer.class);
        assertThat(tosho.getList("kibetsu.nengetsu", String.class)).containsExactly("2026-07", "2026-08", "2026-09", "2026-10",
                "2026-11", "2026-12", "2027-01", "2027-02");
        assertThat(ki.stream().mapToLong(Integer::longValue).sum()).isEqualTo(nengaku);
        long each = nengaku / 8 / 100 * 100;
        assertThat(ki.subList(1, 8)).containsOnly((int) each);
        assertThat(ki.get(0)).isEqualTo((int) (nengaku - each * 7));

        String[] cursor = {null};
        List<Map<String, Object>> first = read(Api.CITY, s, cursor);
        assertThat(first).hasSize(1);
        assertThat(first.get(0)).containsEntry("kubun", "tosho").containsEntry("shikuchosonkodo", Api.CITY)
                .containsEntry("zeimoku", "kokumin_kenko_hokenzei").containsEntry("nozeigimusha_atenabango", nushi);

        // +100万 of income: the 更正 keeps 7月〜12月 (due by 2026-12) and splits the rest over 1月・2月
        IncomeServer.shotoku(nushi, 2026, 4_430_000, 6_000_000);
        JsonPath kosei = fuka(s);
        assertThat(kosei.getList("kosei_sagaku.torai", Boolean.class)).containsExactly(true, true, true, true, true, true, false,
                false);
        assertThat(kosei.getList("kosei_sagaku.sagaku", Integer.class).subList(0, 6)).containsOnly(0);
        assertThat(kosei.getList("kibetsu.zeigaku", Integer.class).stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(kosei.getLong("nengaku"));
        assertThat(kosei.getLong("zuiji")).isZero();
        assertThat(kosei.getLong("kanpu")).isZero();

        List<Map<String, Object>> diff = read(Api.CITY, s, cursor);
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0)).containsEntry("kubun", "kosei").containsEntry("fuka_version", 2);
        assertThat((List<?>) diff.get(0).get("kosei_sagaku")).hasSize(8);
        // a new consumer's snapshot holds only the latest version
        List<Map<String, Object>> fresh = read(Api.CITY, s, new String[] {null});
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0)).containsEntry("fuka_version", 2);
        // another municipality's client never sees it
        assertThat(read(Api.OTHER_CITY, s, new String[] {null})).isEmpty();
    }

    @Test
    void shouldRefuseTheFeedToAClerkAndToAClientWithoutTheScope() {
        Api.as(Api.clerk()).get("/v1/renkei/kokuho-hokenzei").then().statusCode(403);
        Api.as(TestTokens.serviceClient("kikan-shuno", Api.CITY, "001:jumin-renkei:Read")).get("/v1/renkei/kokuho-hokenzei")
                .then().statusCode(403);
        Api.as(TestTokens.serviceClient("kikan-shuno", Api.CITY, SCOPE)).queryParam("cursor", "not-a-cursor")
                .get("/v1/renkei/kokuho-hokenzei").then().statusCode(400);
    }
}
