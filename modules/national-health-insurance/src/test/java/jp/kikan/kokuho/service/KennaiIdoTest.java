package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 県内転居 (国民健康保険法第5条: the prefecture is the insurer since 平成30年度): a move to きた町 (999989, the same 架空県)
 * continues the qualification — the history shows the transfer (keizoku, kennai_ido, 転出先) — but みなみ市's part ends the
 * day after the move: its assessment is 月割 to the month before (a 更正). Business date 2026-12-01.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.shikaku.kennai-ido")
class KennaiIdoTest {

    private static final List<String> TABLES = List.of("shikaku_rireki", "shikaku_kennai_ido");

    @Inject
    JuminFeed feed;

    private void publish(String a, String s, String jotai, String jiyu, String ido) throws Exception {
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, s, "世帯主", "県内　移", "ケンナイ", "1980-06-06", jotai, jiyu,
                ido, "2020-04-01"));
        feed.consumer().drain();
    }

    private static ValidatableResponse kennai(String a, String date, String saki) {
        return Api.as(Api.clerk()).header("Idempotency-Key", "kennai-" + UUID.randomUUID())
                .body(Map.of("atenabango", a, "idonengappi", date, "tenshutsusaki_shikuchosonkodo", saki))
                .post("/v1/shikaku/kennai-ido").then();
    }

    private static JsonPath fuka(String s) {
        return Api.command(Api.clerk()).body(Map.of("setaibango", s, "nendo", 2026)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldContinueTheQualificationAndEndThisMunicipalitysAssessmentByMonth() throws Exception {
        String a = Api.bango(41);
        String s = Api.bango(42);
        publish(a, s, "jumin", "国内転入", "2020-04-01");
        IncomeServer.shotoku(a, 2026, 0, 0);
        // 7割: 医療分 9,000 + 6,600, 支援金分 3,000 + 2,100, 介護分 3,600 = 24,300
        assertThat(fuka(s).getLong("nengaku")).isEqualTo(24_300);

        JsonPath h = kennai(a, "令和8年9月14日", "999989").statusCode(201).extract().jsonPath();
        assertThat(h.getBoolean("hihokensha")).isFalse();
        assertThat(h.getString("shikaku_rireki[-1].ido_kubun")).isEqualTo("keizoku");
        assertThat(h.getString("shikaku_rireki[-1].shikaku_ido_jiyu")).isEqualTo("kennai_ido");
        assertThat(h.getString("shikaku_rireki[-1].idonengappi")).isEqualTo("2026-09-14");
        assertThat(h.getString("shikaku_rireki[-1].tenshutsusaki_shikuchosonkodo")).isEqualTo("999989");
        assertThat(h.getString("shikaku_rireki[-1].legal_basis")).contains("国民健康保険法第5条");
        // the move itself arrives from resident records: no 喪失 is added on top of the transfer
        publish(a, s, "tenshutsu", "国内転出", "2026-09-14");
        JsonPath after = Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("shikaku_rireki.shikaku_ido_jiyu", String.class)).containsExactly("tennyu", "kennai_ido");

        // 4〜8月 (the day after the move, 9月15日, is in September): 15,600 × 5/12 = 6,500; 2,125 → 2,100; 1,500
        JsonPath k = fuka(s);
        assertThat(k.getInt("version")).isEqualTo(2);
        assertThat(k.getList("kekka.kubun.tsukisu", Integer.class)).containsExactly(5, 5, 5);
        assertThat(k.getLong("nengaku")).isEqualTo(10_100);
        assertThat(k.getLong("sagaku")).isEqualTo(-14_200);
    }

    @Test
    void shouldMarkAMoveOutAlreadyRecordedAsATransferWithoutRewritingIt() throws Exception {
        String a = Api.bango(41);
        publish(a, Api.bango(42), "jumin", "国内転入", "2020-04-01");
        publish(a, Api.bango(42), "tenshutsu", "国内転出", "2026-08-20");
        var before = DbSnapshot.of(TABLES);
        kennai(a, "2026-08-19", "999989").statusCode(422).body("code", equalTo("shikaku-nashi"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        JsonPath h = kennai(a, "2026-08-20", "999989").statusCode(201).extract().jsonPath();
        assertThat(h.getList("shikaku_rireki.ido_kubun", String.class)).containsExactly("shutoku", "soshitsu", "keizoku");
        assertThat(h.getString("shikaku_rireki[1].shikaku_soshitsubi")).isEqualTo("2026-08-21");
        before = DbSnapshot.of(TABLES);
        kennai(a, "2026-08-20", "999989").statusCode(422).body("code", equalTo("kennai-ido-zumi"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseADestinationOutsideThePrefectureOrHereAndStoreNothing() throws Exception {
        String a = Api.bango(41);
        publish(a, Api.bango(42), "jumin", "国内転入", "2020-04-01");
        var before = DbSnapshot.of(TABLES);
        kennai(a, "2026-09-14", "131016").statusCode(422).body("code", equalTo("kennai-ido-kengai"))
                .body("errors[0].field", equalTo("tenshutsusaki_shikuchosonkodo"));
        kennai(a, "2026-09-14", "999997").statusCode(422).body("code", equalTo("kennai-ido-jichitai"));
        kennai(a, "2026-09-14", "999988").statusCode(422).body("code", equalTo("dantai-code"));
        kennai(a, "2027-01-04", "999989").statusCode(422).body("code", equalTo("date-future"));
        kennai(a, "2026-02-30", "999989").statusCode(422).body("code", equalTo("date-exists"));
        kennai(Api.bango(41), "2026-09-14", "999989").statusCode(404);
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "kennai-bad-" + UUID.randomUUID())
                .body(Map.of("atenabango", a, "idonengappi", "2026-09-14", "tenshutsusaki_shikuchosonkodo", "9999"))
                .post("/v1/shikaku/kennai-ido").then().statusCode(400);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }
}
