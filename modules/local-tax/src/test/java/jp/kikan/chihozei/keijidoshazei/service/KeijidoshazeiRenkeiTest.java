package jp.kikan.chihozei.keijidoshazei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.RenkeiPages;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 調定 of 軽自動車税（種別割） on this service's feed for the collection service: one 納期 (全期, May of the 年度 by
 * the parameter), and a 更正 after it as a 随時 difference (here a refund after an approved 減免).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.keijidoshazei")
class KeijidoshazeiRenkeiTest {

    static final String PATH = "/v1/renkei/keijidoshazei";

    static String shuno(String lgCode) {
        return TestTokens.serviceClient("kikan-shuno", lgCode, "010:keijidoshazei-renkei:Read");
    }

    private static void fuka(String a, String riyu) {
        Map<String, Object> body = riyu == null ? Map.of("atenabango", a, "nendo", 2025)
                : Map.of("atenabango", a, "nendo", 2025, "riyu", riyu);
        Api.command(Api.clerk()).body(body).post("/v1/keijidoshazei/fuka").then().statusCode(201);
    }

    @Test
    void shouldAnnounceTheSingleInstalmentAndARefundAfterTheDueMonthAsZuiji() {
        String a = Sharyos.owner();
        String car = Sharyos.register(Sharyos.yonrin(a, Sharyos.bango(), "2020-06", "2024-05-01"));
        fuka(a, null);
        RenkeiPages.Read first = RenkeiPages.readAll(shuno(Api.CITY), PATH, null);
        List<Map<String, Object>> mine = first.of(a);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("zeimoku", "keijidoshazei_shubetsuwari").containsEntry("kubun", "tosho")
                .containsEntry("nenzeigaku", 10_800).containsEntry("shikuchosonkodo", Api.CITY);
        assertThat(mine.get(0).get("kibetsu")).isEqualTo(List.of(Map.of("kibetsu", "全期", "nengetsu", "2025-05", "zeigaku", 10_800)));

        String genmen = Api.command(Api.clerk()).body(Map.of("sharyo_id", car, "nendo", 2025, "riyu", "shogaisha",
                "shinseibi", "2025-05-10", "techo", "身体障害者手帳 1級")).post("/v1/keijidoshazei/genmen").then().statusCode(201)
                .extract().path("genmen_id");
        Api.command(Api.clerk()).body(Map.of("kettei", "shonin", "ketteibi", "2025-05-20"))
                .post("/v1/keijidoshazei/genmen/" + genmen + "/kettei").then().statusCode(200).body("jotai", equalTo("shonin"));
        fuka(a, "身体障害者等の減免の承認");
        List<Map<String, Object>> changed = RenkeiPages.readAll(shuno(Api.CITY), PATH, first.cursor()).of(a);
        assertThat(changed).hasSize(1);
        Map<String, Object> kosei = changed.get(0);
        assertThat(kosei).containsEntry("kubun", "kosei").containsEntry("fuka_version", 2).containsEntry("nenzeigaku", 0)
                .containsEntry("kosei_zuiji", -10_800);
        // May 2025 is past: the 全期 as billed stays, the difference is refunded (随時)
        assertThat(kosei.get("kibetsu")).isEqualTo(List.of(Map.of("kibetsu", "全期", "nengetsu", "2025-05", "zeigaku", 10_800)));
        assertThat(kosei.get("kosei_sagaku")).isEqualTo(List.of(Map.of("kibetsu", "全期", "nengetsu", "2025-05", "genzai", 10_800,
                "koseigo", 10_800, "sagaku", 0, "torai", true)));
        assertThat(RenkeiPages.readAll(shuno(Api.OTHER_CITY), PATH, null).of(a)).isEmpty();
        Api.badInputAs(Api.clerk()).get(PATH).then().statusCode(403);
    }
}
