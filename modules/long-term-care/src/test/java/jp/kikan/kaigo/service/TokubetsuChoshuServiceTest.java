package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.PinnedCalendar;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 特別徴収 over HTTP, contract-validated: the pension insurer's notice entered for 令和7年度 and 令和8年度, the 当初 in
 * July, the 令和8年度 仮徴収 taken from the 2026年2月 本徴収 (介護保険法第140条), a 更正 in December (increase → 普通徴収,
 * decrease → the February withholding stopped and the excess refunded), and the refusals that store nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.hokenryo.tokubetsu-choshu")
class TokubetsuChoshuServiceTest {

    @Inject
    JuminFeed feed;

    private String resident(String birth, boolean shien) throws Exception {
        String a = Api.bango(7);
        var o = ResidentFeedServer.jumin(Api.CITY, a, Api.bango(7), "世帯主", "年金　一郎", "ネンキン　イチロウ", birth, "jumin", "転居",
                "2010-05-01", "2000-04-01");
        o.put("shien_sochi_taisho", shien);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
        return a;
    }

    private static io.restassured.response.Response todokede(String a, int nendo, String tsuchibi, Long kari) {
        Map<String, Object> body = new HashMap<>(Map.of("atenabango", a, "nendo", nendo, "nenkin_nengaku", 1_200_000, "tsuchibi",
                tsuchibi, "nenkin_hokensha", "日本年金機構"));
        if (kari != null) {
            body.put("karichoshu_gaku", kari);
        }
        return Api.command(Api.clerk()).body(body).post("/v1/kaigo/tokubetsu-choshu");
    }

    private static JsonPath fuka(String a, int nendo) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", nendo)).post("/v1/kaigo/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldWithholdFromThePensionAndTakeTheNextYearsProvisionalAmountFromFebruary() throws Exception {
        String a = resident("1950-05-05", false);
        // 第6段階: 80,400 × 1.2 = 96,480 → 96,400
        IncomeServer.shotoku(a, 2025, 1_000_000, 2_000_000, 1_000_000, true);
        IncomeServer.shotoku(a, 2026, 1_000_000, 2_000_000, 1_000_000, true);
        PinnedCalendar.pin("2025-05-20");
        JsonPath t = todokede(a, 2025, "2025-05-15", 6_700L).then().statusCode(201).extract().jsonPath();
        assertThat(t.getBoolean("tokubetsu_choshu_taisho")).isTrue();
        assertThat(t.getLong("kijun_nengaku")).isEqualTo(180_000);
        PinnedCalendar.pin("2025-07-10");
        JsonPath r7 = fuka(a, 2025);
        assertThat(r7.getString("choshu_hoho")).isEqualTo("tokubetsu_choshu");
        // 仮徴収 6,700 × 3 (届出), 本徴収 (96,400 − 20,100) ÷ 3 = 25,433 → 25,400, the rest on 10月
        assertThat(r7.getList("kibetsu.nengetsu", String.class)).containsExactly("2025-04", "2025-06", "2025-08", "2025-10", "2025-12",
                "2026-02");
        assertThat(r7.getList("kibetsu.hokenryogaku", Integer.class)).containsExactly(6_700, 6_700, 6_700, 25_500, 25_400, 25_400);

        PinnedCalendar.pin("2026-05-20");
        todokede(a, 2026, "2026-05-18", null).then().statusCode(201);
        PinnedCalendar.pin("2026-07-10");
        JsonPath r8 = fuka(a, 2026);
        // 仮徴収 = 2026年2月の 25,400 (第140条); 本徴収 (96,400 − 76,200) ÷ 3 = 6,733 → 6,700
        assertThat(r8.getList("kibetsu.hokenryogaku", Integer.class)).containsExactly(25_400, 25_400, 25_400, 6_800, 6_700, 6_700);
        assertThat(r8.getList("choshu_konkyo.inputs.flatten().name", String.class)).contains("前年度2月の特別徴収額");

        // 更正 in December (the configured business date): +第9段階 136,600 → 特別徴収 unchanged, 40,200 over 1月〜3月
        PinnedCalendar.pin("2026-12-01");
        IncomeServer.shotoku(a, 2026, 3_500_000, 2_000_000, 1_000_000, true);
        JsonPath up = fuka(a, 2026);
        assertThat(up.getString("choshu_hoho")).isEqualTo("heiyo");
        assertThat(up.getList("kibetsu.findAll { it.choshu_hoho == 'futsu_choshu' }.hokenryogaku", Integer.class))
                .containsExactly(13_400, 13_400, 13_400);
        // then down to 第1段階 22,900: 2月の特別徴収 stopped, 89,700 withheld by 12月 → 66,800 to refund
        IncomeServer.shotoku(a, 2026, 0, 700_000, 0, false);
        JsonPath down = fuka(a, 2026);
        assertThat(down.getList("kosei_sagaku.findAll { it.teishi == true }.nengetsu", String.class)).containsExactly("2027-02");
        assertThat(down.getLong("kanpu")).isEqualTo(66_800);
        assertThat(down.getList("kibetsu.choshu_hoho", String.class)).containsOnly("tokubetsu_choshu");
    }

    @Test
    void shouldCollectByFutsuChoshuFromOneWhoTurned65DuringTheYear() throws Exception {
        // 65歳到達日 2026-10-14: insured from October, 普通徴収 whatever the notice
        String a = resident("1961-10-15", false);
        IncomeServer.shotoku(a, 2026, 1_000_000, 2_000_000, 1_000_000, true);
        todokede(a, 2026, "2026-11-20", null).then().statusCode(201);
        JsonPath j = fuka(a, 2026);
        assertThat(j.getString("choshu_hoho")).isEqualTo("futsu_choshu");
        assertThat(j.getList("kibetsu.kibetsu", String.class)).containsExactly("第7期", "第8期", "第9期", "第10期");
        assertThat(j.getList("choshu_riyu", String.class).get(0)).contains("年度の途中");
    }

    @Test
    void shouldRefuseANoticeAfterTheAssessmentOrForSomeoneNotInsuredAndStoreNothing() throws Exception {
        String a = resident("1950-05-05", false);
        IncomeServer.shotoku(a, 2026, 0, 700_000, 0, false);
        fuka(a, 2026);
        String young = resident("1975-05-05", false);
        List<String> tables = List.of("kaigo_tokubetsu_choshu", "kaigo_fuka", "shikaku_rireki");
        var before = DbSnapshot.of(tables);
        todokede(a, 2026, "2026-11-20", null).then().statusCode(422).body("code", equalTo("fuka-zumi"))
                .body("errors[0].field", equalTo("nendo"));
        todokede(young, 2026, "2026-11-20", null).then().statusCode(422).body("code", equalTo("hihokensha-nashi"));
        todokede(a, 2027, "2026-12-02", null).then().statusCode(422);
        todokede(Api.bango(7), 2026, "2026-11-20", null).then().statusCode(404);
        assertThat(DbSnapshot.of(tables)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAProtectedPersonButForTheShienRole() throws Exception {
        String a = resident("1950-05-05", true);
        todokede(a, 2026, "2026-11-20", null).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.command(Api.shien()).body(Map.of("atenabango", a, "nendo", 2026, "nenkin_nengaku", 150_000, "tsuchibi", "令和8年11月20日"))
                .post("/v1/kaigo/tokubetsu-choshu").then().statusCode(201).body("tokubetsu_choshu_taisho", equalTo(false));
    }
}
