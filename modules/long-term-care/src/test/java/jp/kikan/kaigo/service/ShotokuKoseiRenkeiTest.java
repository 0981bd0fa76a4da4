package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.application.KojinJuminzeiFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 更正 in local tax, announced on its feed (pages held to contracts/local-tax/v1.yaml), recomputes the 段階 of every
 * 第1号被保険者 whose premium used the income — a household member's 課税 too — as a new version with the difference.
 * Demo city 令和7年度 (基準額 80,400円).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.hokenryo.kosei-renkei")
class ShotokuKoseiRenkeiTest {

    @Inject
    JuminFeed feed;

    @Inject
    KojinJuminzeiFeed taxFeed;

    private void resident(String a, String s, String zokugara, String birth) throws Exception {
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, "連携　花子", "レンケイ　ハナコ", birth, "jumin", "転居",
                "2010-05-01", "2000-04-01");
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    private static JsonPath rireki(String a) {
        return Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void shouldRecomputeTheStageWhenLocalTaxCorrectsAHouseholdMembersTax() throws Exception {
        String a = Api.bango(5);
        String b = Api.bango(5);
        String s = Api.bango(6);
        resident(a, s, "世帯主", "1950-05-05");
        resident(b, s, "妻", "1980-05-05");
        IncomeServer.shotoku(a, 2025, 0, 700_000, 0, false);
        IncomeServer.shotoku(b, 2025, 0, 0, 0, false);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kaigo/fuka").then().statusCode(201);
        taxFeed.consumer().drain(); // whatever earlier tests announced

        // local tax's 更正: the spouse is now taxed → 本人非課税・世帯課税 → 第4段階, without a clerk asking
        IncomeServer.shotoku(b, 2025, 2_000_000, 0, 0, true);
        IncomeServer.announce(Api.CITY, b, 2025, 2);
        taxFeed.consumer().drain();
        JsonPath h = rireki(a);
        assertThat(h.getList("items.version", Integer.class)).containsExactly(1, 2);
        assertThat(h.getInt("items[1].dankai")).isEqualTo(4);
        assertThat(h.getLong("items[1].sagaku")).isEqualTo(49_400);

        // a version of local tax that changes nothing here adds nothing
        IncomeServer.announce(Api.CITY, b, 2025, 3);
        taxFeed.consumer().drain();
        assertThat(rireki(a).getList("items.version", Integer.class)).containsExactly(1, 2);
    }
}
