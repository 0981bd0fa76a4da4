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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 家屋敷課税 through the API (地方税法第294条第1項第2号): a 住登外者 with a 事務所・家屋敷 held here on 1月1日 is assessed
 * the 均等割 alone, collected by 普通徴収; without one, or for a resident, nothing is stored; a place's end is a new
 * version that leaves the earlier 年度 as they were; the income API tells other services that this city knows no
 * income of the person. Every request and response held to contracts/local-tax/v1.yaml.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.kaokushiki-kazei")
class KaokushikiFukaTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(7100);
    private static final List<String> TABLES = List.of("fuka", "kaokushiki", "nozeigimusha", "outbox_event");

    @Inject
    JuminFeed feed;

    private static String jutogai() {
        return Api.command(Api.clerk()).body(Map.of("shimei", "邊見　太郎", "shimei_furigana", "ヘンミ　タロウ",
                "seinengappi", "1970-01-15", "jusho", "東京都千代田区霞が関一丁目1番1号", "riyu", "市内に家屋を所有"))
                .post("/v1/nozeigimusha/jutogai").then().statusCode(201).extract().jsonPath().getString("atenabango");
    }

    private static JsonPath kaokushiki(String a, String kaishibi) {
        return Api.command(Api.clerk()).body(Map.of("kubun", "kaokushiki", "shozaichi", "みなみ市本町1番地",
                "shoyu_kaishibi", kaishibi, "riyu", "固定資産課税台帳の家屋（別荘）"))
                .post("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> fukaBody(String a, int nendo, String riyu, Map<String, Object> jokyo) {
        Map<String, Object> body = new HashMap<>(Map.of("atenabango", a, "nendo", nendo));
        if (riyu != null) {
            body.put("riyu", riyu);
        }
        if (jokyo != null) {
            body.put("jushochi_jokyo", jokyo);
        }
        return body;
    }

    private static JsonPath fuka(String a, int nendo, String riyu, Map<String, Object> jokyo) {
        return Api.command(Api.clerk()).body(fukaBody(a, nendo, riyu, jokyo)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldAssessOnlyTheKintowariOfAPersonWhoHoldsAHouseHereButLivesElsewhere() throws Exception {
        String a = jutogai();
        kaokushiki(a, "2019-08-01");
        JsonPath f = fuka(a, 2025, null, null);
        assertThat(f.getLong("nenzeigaku")).isEqualTo(4000);
        assertThat(f.getLong("fuka.shi.kintowari")).isEqualTo(3000);
        assertThat(f.getLong("fuka.ken.kintowari")).isEqualTo(1000);
        assertThat(f.getLong("fuka.shi.shotokuwari_saishu")).isZero();
        assertThat(f.getLong("fuka.shinrin_kankyozei")).isZero();
        assertThat(f.getInt("shinkoku_version")).isZero();
        assertThat(f.getString("choshu.hoho")).isEqualTo("futsu_choshu");
        assertThat(f.getList("choshu.kibetsu.zeigaku", Integer.class).stream().mapToLong(Integer::longValue).sum()).isEqualTo(4000);
        assertThat(f.getList("fuka.santei_konkyo.rule_id", String.class)).contains("kaokushiki-kazei", "kaokushiki-hikazei");
        // other services learn that this city holds no income of the person (it is the 住所地's)
        Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(200)
                .body("mishinkoku", equalTo(true)).body("kaokushiki_kazei", equalTo(true))
                .body("kintowari_kazei", equalTo(true)).body("shotokuwari_kazei", equalTo(false));
        assertThat(DbSnapshot.count("select count(*) from outbox_event where event_type = 'kojin-juminzei.fuka' and "
                + "aggregate_id = '" + a + ":2025' and payload -> 'shotoku_joho' ->> 'kaokushiki_kazei' = 'true'")).isEqualTo(1);
        // the 納税通知書 (普通徴収) is issued to the address elsewhere, as for any assessment
        byte[] pdf = Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025))
                .post("/v1/kojin-juminzei/shomei/nozei-tsuchisho").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Path preview = java.nio.file.Path.of("target", "pdf-preview");
        java.nio.file.Files.createDirectories(preview);
        java.nio.file.Files.write(preview.resolve("kaokushiki-nozei-tsuchisho.pdf"), pdf);
    }

    @Test
    void shouldRefuseAPersonWithoutAPlaceHeldOnJanuaryFirstAndStoreNothing() {
        String a = jutogai();
        kaokushiki(a, "2025-01-02");
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(fukaBody(a, 2025, null, null)).post("/v1/kojin-juminzei/fuka").then().statusCode(422)
                .body("code", equalTo("kaokushiki-nashi")).body("errors[0].field", equalTo("atenabango"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    @Tag("fn:kojin-juminzei.kaokushiki")
    void shouldKeepTheEarlierYearWhenThePlaceIsSoldAndTaxNothingAfter() {
        String a = jutogai();
        kaokushiki(a, "2019-08-01");
        JsonPath ended = Api.command(Api.clerk()).body(Map.of("shoyu_shuryobi", "令和7年6月30日", "riyu", "売却"))
                .post("/v1/nozeigimusha/" + a + "/kaokushiki/1/shuryo").then().statusCode(201).extract().jsonPath();
        assertThat(ended.getString("items[0].shoyu_shuryobi")).isEqualTo("2025-06-30");
        assertThat(ended.getList("items[0].rireki.version", Integer.class)).containsExactly(1, 2);
        assertThat(fuka(a, 2025, null, null).getLong("nenzeigaku")).isEqualTo(4000);
        Api.command(Api.clerk()).body(fukaBody(a, 2026, null, null)).post("/v1/kojin-juminzei/fuka").then().statusCode(422)
                .body("code", equalTo("kaokushiki-nashi"));
        // an end recorded twice, or before the start, is refused
        Api.command(Api.clerk()).body(Map.of("shoyu_shuryobi", "2025-07-01", "riyu", "重複"))
                .post("/v1/nozeigimusha/" + a + "/kaokushiki/1/shuryo").then().statusCode(422)
                .body("code", equalTo("kaokushiki-shuryo-zumi"));
        String b = jutogai();
        kaokushiki(b, "2019-08-01");
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("shoyu_shuryobi", "2019-08-01", "riyu", "誤り"))
                .post("/v1/nozeigimusha/" + b + "/kaokushiki/1/shuryo").then().statusCode(422)
                .body("code", equalTo("shuryobi-after-kaishibi")).body("errors[0].field", equalTo("shoyu_shuryobi"));
        Api.command(Api.clerk()).body(Map.of("shoyu_shuryobi", "2025-07-01", "riyu", "誤り"))
                .post("/v1/nozeigimusha/" + b + "/kaokushiki/9/shuryo").then().statusCode(404);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + b + "/kaokushiki").then().statusCode(200)
                .body("items[0].kubun_mei", equalTo("家屋敷")).body("items[0].shoyu_shuryobi", equalTo(null));
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kojin-juminzei.kaokushiki.shokai' "
                + "and target_id = '" + b + "'")).isEqualTo(1);
    }

    @Test
    @Tag("fn:kojin-juminzei.kosei")
    void shouldCorrectToNothingWhenTheAddressReportsLivelihoodAssistance() {
        String a = jutogai();
        kaokushiki(a, "2019-08-01");
        fuka(a, 2025, null, null);
        Api.command(Api.clerk()).body(fukaBody(a, 2025, null, Map.of("seikatsu_hogo", true))).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(422).body("errors[0].field", equalTo("riyu"));
        JsonPath kosei = fuka(a, 2025, "住所地から生活扶助の回答", Map.of("seikatsu_hogo", true));
        assertThat(kosei.getString("kubun")).isEqualTo("kosei");
        assertThat(kosei.getLong("nenzeigaku")).isZero();
        long sagaku = kosei.getList("kosei_sagaku.sagaku", Integer.class).stream().mapToLong(Integer::longValue).sum()
                + kosei.getLong("kosei_zuiji");
        assertThat(sagaku).isEqualTo(-4000);
    }

    @Test
    void shouldRegisterAPlaceOnlyForAPersonWhoDoesNotLiveHere() throws Exception {
        String resident = jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, resident, "住民　一郎", "ジュウミン　イチロウ", "1980-04-01",
                "jumin", "tennyu", "2020-04-01", "2020-04-01");
        ResidentFeedServer.publish(item);
        feed.consumer().drain();
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("kubun", "jimusho", "shozaichi", "みなみ市本町2番地", "shoyu_kaishibi", "2020-04-01",
                "riyu", "事務所")).post("/v1/nozeigimusha/" + resident + "/kaokushiki").then().statusCode(422)
                .body("code", equalTo("kaokushiki-jutogai-nomi"));
        Api.command(Api.clerk()).body(fukaBody(resident, 2025, null, Map.of("seikatsu_hogo", false)))
                .post("/v1/kojin-juminzei/fuka").then().statusCode(422).body("code", equalTo("jushochi-jokyo-jutogai-nomi"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        // bad input: an impossible date, an unknown kind
        String a = jutogai();
        var afterJutogai = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("kubun", "kaokushiki", "shozaichi", "みなみ市本町1番地", "shoyu_kaishibi",
                "2023-02-30", "riyu", "x")).post("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(422)
                .body("code", equalTo("date-exists"));
        Api.badInputAs(Api.clerk()).contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("kubun", "besso", "shozaichi", "みなみ市本町1番地", "shoyu_kaishibi", "2023-02-01", "riyu", "x"))
                .post("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(400);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(afterJutogai);
        // another municipality's clerk does not see the person
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(404);
    }
}
