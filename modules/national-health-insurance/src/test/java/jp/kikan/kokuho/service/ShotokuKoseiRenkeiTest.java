package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.application.KojinJuminzeiFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.shotoku.ShotokuJohoKiroku;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 更正 of a person's income in local tax, announced on its feed (read over HTTP, pages held to
 * contracts/local-tax/v1.yaml), recomputes the households whose assessment used that income — as a new version with the
 * difference — and assesses a household that waited on the 所得不明 list once
 * every income is known. 令和7年度, みなみ市 (医療分 7.2%, 支援金分 2.6%, 介護分 2.2%).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.kosei-renkei")
class ShotokuKoseiRenkeiTest {

    @Inject
    JuminFeed feed;

    @Inject
    KojinJuminzeiFeed taxFeed;

    @Inject
    ShotokuJohoKiroku kiroku;

    private void publish(String a, String s, String zokugara, String birth) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "連携　一郎", "レンケイ　イチロウ", birth,
                "jumin", "転居", "2021-05-01", "2020-04-01"));
        feed.consumer().drain();
    }

    private static JsonPath rireki(String s) {
        return Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/fuka/" + s).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void shouldRecomputeTheHouseholdWhenLocalTaxCorrectsAMembersIncome() throws Exception {
        String nushi = Api.bango(3);
        String s = Api.bango(4);
        publish(nushi, s, "世帯主", "1980-06-06");
        IncomeServer.shotoku(nushi, 2025, 3_430_000, 5_000_000);
        Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2025)).post("/v1/kokuho/fuka").then().statusCode(201);
        taxFeed.consumer().drain(); // whatever earlier tests announced

        // local tax: a late 申告 raises the income by 100万 → 所得割 +72,000 / +26,000 / +22,000
        IncomeServer.shotoku(nushi, 2025, 4_430_000, 6_000_000);
        IncomeServer.announce(Api.CITY, nushi, 2025, 2);
        taxFeed.consumer().drain();
        JsonPath h = rireki(s);
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1, 2);
        assertThat(h.getLong("items[1].sagaku")).isEqualTo(120_000);
        assertThat(h.getBoolean("items[1].kosei")).isTrue();

        // a version of local tax that does not change the income changes nothing here
        IncomeServer.announce(Api.CITY, nushi, 2025, 3);
        taxFeed.consumer().drain();
        assertThat(rireki(s).getList("items.version", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void shouldAssessAHouseholdOnTheUnknownIncomeListOnceLocalTaxKnowsTheIncome() throws Exception {
        String nushi = Api.bango(3);
        String s = Api.bango(4);
        publish(nushi, s, "世帯主", "1975-03-03");
        IncomeServer.mishinkoku(nushi, 2025);
        Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2025)).post("/v1/kokuho/fuka").then().statusCode(422);
        assertThat(rireki(s).getList("items")).isEmpty();

        IncomeServer.shotoku(nushi, 2025, 1_000_000, 1_550_000);
        IncomeServer.announce(Api.CITY, nushi, 2025, 1);
        taxFeed.consumer().drain();
        JsonPath h = rireki(s);
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1);
        assertThat(h.getString("items[0].nozeigimusha_atenabango")).isEqualTo(nushi);
        assertThat(Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kokuho/shotoku-fumei").then().statusCode(200)
                .extract().jsonPath().getList("items.setaibango")).doesNotContain(s);
    }

    @Test
    void shouldAssessOnTheIncomeLocalTaxsFeedDeliveredWithoutAskingItsApiAgain() throws Exception {
        String viaFeed = Api.bango(3);
        String s1 = Api.bango(4);
        publish(viaFeed, s1, "世帯主", "1981-07-07");
        IncomeServer.shotoku(viaFeed, 2025, 4_430_000, 6_000_000);
        IncomeServer.announce(Api.CITY, viaFeed, 2025, 1);
        taxFeed.consumer().drain(); // the copy now holds 443万 (the household was never assessed: nothing recomputed)
        IncomeServer.shotoku(viaFeed, 2025, 3_430_000, 5_000_000); // the API would now say 343万: not asked again
        String viaApi = Api.bango(3);
        String s2 = Api.bango(4);
        publish(viaApi, s2, "世帯主", "1981-07-07");
        IncomeServer.shotoku(viaApi, 2025, 4_430_000, 6_000_000);

        long fromCopy = Api.command(Api.clerk()).body(Map.of("setaibango", s1, "nendo", 2025)).post("/v1/kokuho/fuka").then()
                .statusCode(201).extract().jsonPath().getLong("nengaku");
        long fromApi = Api.command(Api.clerk()).body(Map.of("setaibango", s2, "nendo", 2025)).post("/v1/kokuho/fuka").then()
                .statusCode(201).extract().jsonPath().getLong("nengaku");
        assertThat(fromCopy).isEqualTo(fromApi);

        // an older change delivered again never replaces the newer income kept
        QuarkusTransaction.requiringNew().run(() -> kiroku.keep(Api.CITY, viaFeed, 2025, 0,
                new ObjectMapper().createObjectNode().put("atenabango", viaFeed).put("nendo", 2025).put("mishinkoku", true)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> kiroku.read(Api.CITY, List.of(viaFeed), 2025))
                .get(viaFeed).get("so_shotoku_kingaku_to").asLong()).isEqualTo(4_430_000);
    }

    @Test
    void shouldLeaveHouseholdsThatDoNotUseThePersonsIncomeAlone() throws Exception {
        String nushi = Api.bango(3);
        String s = Api.bango(4);
        publish(nushi, s, "世帯主", "1970-01-01");
        IncomeServer.shotoku(nushi, 2025, 2_000_000, 3_000_000);
        taxFeed.consumer().drain();
        // an income of a person this service never assessed: no assessment appears by itself
        IncomeServer.announce(Api.CITY, nushi, 2025, 1);
        taxFeed.consumer().drain();
        assertThat(rireki(s).getList("items")).isEmpty();
    }
}
