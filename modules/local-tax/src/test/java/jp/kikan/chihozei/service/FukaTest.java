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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Taxpayers from the resident feed (over HTTP, the platform's consumer, the model generated from the resident
 * records contract), 申告 and the 個人住民税 assessment: 当初, 更正 with differences, the 賦課期日 rule, 支援措置, the
 * income information API — every request and response held to contracts/local-tax/v1.yaml.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.keisan")
class FukaTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(500);
    private static final List<String> TABLES = List.of("fuka", "shinkoku", "nozeigimusha", "jutogai_rireki");

    @Inject
    JuminFeed feed;

    private static String atenabango() {
        return jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
    }

    private String resident(String jotai, String ido, String kaishi, boolean shien) throws Exception {
        String a = atenabango();
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, "髙橋　一郎", "タカハシ　イチロウ", "1980-04-01", "jumin",
                "tennyu", kaishi, kaishi);
        ResidentFeedServer.publish(item);
        if (!"jumin".equals(jotai)) {
            ObjectNode later = item.deepCopy();
            later.put("rirekibango", 2);
            later.put("jumin_jotai", jotai);
            later.put("idojiyu", "tenshutsu");
            later.put("idonengappi", ido);
            later.put("shorinengappi", ido);
            ResidentFeedServer.publish(later);
        }
        if (shien) {
            ObjectNode s = item.deepCopy();
            s.put("henko_shubetsu", "shien_sochi");
            s.put("shien_sochi_taisho", true);
            ResidentFeedServer.publish(s);
        }
        feed.consumer().drain();
        return a;
    }

    private static Map<String, Object> shinkoku(String a, long kyuyo) {
        return Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", kyuyo),
                "shiharai", Map.of("shakai_hokenryo", 450_000));
    }

    private static JsonPath fuka(String a, String riyu) {
        Map<String, Object> body = riyu == null ? Map.of("atenabango", a, "nendo", 2025)
                : Map.of("atenabango", a, "nendo", 2025, "riyu", riyu);
        return Api.command(Api.clerk()).body(body).post("/v1/kojin-juminzei/fuka").then().statusCode(201).extract().jsonPath();
    }

    @Test
    @Tag("fn:kojin-juminzei.kosei")
    void shouldAssessAResidentAndCorrectWithTheDifferencePerInstalment() throws Exception {
        String a = resident("jumin", null, "2020-04-01", false);
        Api.command(Api.clerk()).body(shinkoku(a, 3_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201)
                .body("version", equalTo(1));
        JsonPath tosho = fuka(a, null);
        assertThat(tosho.getString("kubun")).isEqualTo("tosho");
        assertThat(tosho.getLong("nenzeigaku")).isEqualTo(116_500);
        // a late 給与支払報告書: more salary → 更正, with the reason
        Api.command(Api.clerk()).body(shinkoku(a, 3_500_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201)
                .body("version", equalTo(2));
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(422).body("errors[0].field", equalTo("riyu"));
        JsonPath kosei = fuka(a, "給与支払報告書の追加");
        assertThat(kosei.getString("kubun")).isEqualTo("kosei");
        assertThat(kosei.getInt("version")).isEqualTo(2);
        long diff = kosei.getLong("nenzeigaku") - tosho.getLong("nenzeigaku");
        assertThat(diff).isPositive();
        List<Integer> sagaku = kosei.getList("kosei_sagaku.sagaku");
        assertThat(sagaku.stream().mapToLong(Integer::longValue).sum() + kosei.getLong("kosei_zuiji")).isEqualTo(diff);
        // both versions stay, each with its own 算定根拠
        JsonPath rireki = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kojin-juminzei/fuka/" + a).then()
                .statusCode(200).extract().jsonPath();
        assertThat(rireki.getList("versions.kubun")).containsExactly("tosho", "kosei");
        assertThat(rireki.getList("versions[0].fuka.santei_konkyo")).isNotEmpty();
        // read back whole: every parameter with its 根拠 and 出典, though each document is stored once (santei_konkyo_doc)
        List<String> bases = rireki.getList("versions[0].fuka.santei_konkyo.parameters.flatten().legal_basis");
        assertThat(bases).isNotEmpty().allMatch(b -> b != null && !b.isBlank());
        assertThat(DbSnapshot.count("select count(*) from fuka where atenabango = '" + a
                + "' and (kekka::text like '%\"source\"%' or kekka::text like '%地方税法%')")).isZero();
        assertThat(DbSnapshot.count("select count(*) from santei_konkyo_doc")).isPositive();
        // the readable lines are made again on read, in the engine's own words: as a 試算 of the same income gives them
        assertThat(DbSnapshot.count("select count(*) from fuka where atenabango = '" + a
                + "' and kekka::text like '%\"setsumei\"%'")).isZero();
        List<String> lines = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY,
                "honnin", Map.of("seinengappi", "1980-04-01"), "shunyu", Map.of("kyuyo_shunyu", 3_000_000),
                "shiharai", Map.of("shakai_hokenryo", 450_000))).post("/v1/kojin-juminzei/shisan").then().statusCode(200)
                .extract().jsonPath().getList("fuka.santei_konkyo.setsumei", String.class);
        assertThat(rireki.getList("versions[0].fuka.santei_konkyo.setsumei", String.class)).isEqualTo(lines);
        assertThat(DbSnapshot.count("select count(*) from outbox_event where event_type = 'kojin-juminzei.fuka' "
                + "and aggregate_id = '" + a + ":2025'")).isEqualTo(2);
    }

    @Test
    @Tag("fn:kojin-juminzei.nyuryoku")
    void shouldReadEverySavedDeclarationBackAsEntered() throws Exception {
        String a = resident("jumin", null, "2020-04-01", false);
        Api.command(Api.clerk()).body(shinkoku(a, 3_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        Api.command(Api.clerk()).body(shinkoku(a, 3_200_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        JsonPath r = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/kojin-juminzei/shinkoku/" + a).then()
                .statusCode(200).extract().jsonPath();
        assertThat(r.getList("versions.version", Integer.class)).containsExactly(1, 2);
        assertThat(r.getList("versions.shunyu.kyuyo_shunyu", Integer.class)).containsExactly(3_000_000, 3_200_000);
        assertThat(r.getList("versions.shiharai.shakai_hokenryo", Integer.class)).containsOnly(450_000);
        String p = resident("jumin", null, "2020-04-01", true);
        Api.badInputAs(Api.clerk()).queryParam("nendo", 2025).get("/v1/kojin-juminzei/shinkoku/" + p).then().statusCode(403);
        JsonPath nendo = Api.as(Api.clerk()).get("/v1/kojin-juminzei/nendo").then().statusCode(200).extract().jsonPath();
        assertThat(nendo.getList("nendo.label", String.class)).contains("令和7年度", "令和8年度");
        assertThat(nendo.getList("nendo.shotoku_nen_label", String.class)).contains("令和6年分");
    }

    @Test
    void shouldReplayAnAssessmentSentTwiceWithTheSameKey() throws Exception {
        String a = resident("jumin", null, "2021-04-01", false);
        Api.command(Api.clerk()).body(shinkoku(a, 2_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            Api.as(Api.clerk()).header("Idempotency-Key", key).body(Map.of("atenabango", a, "nendo", 2025))
                    .post("/v1/kojin-juminzei/fuka").then().statusCode(201).body("version", equalTo(1));
        }
        assertThat(DbSnapshot.count("select count(*) from fuka where atenabango = '" + a + "'")).isEqualTo(1);
    }

    @Test
    void shouldKeepTaxingWhoMovedOutAfterTheAssessmentDate() throws Exception {
        String a = resident("tenshutsu", "2025-03-31", "2020-04-01", false);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/nozeigimusha/" + a).then().statusCode(200)
                .body("fukakijitsu_jumin", equalTo(true)).body("jumin_jotai", equalTo("tenshutsu"))
                .body("shimei", equalTo("髙橋　一郎"));
        Api.command(Api.clerk()).body(shinkoku(a, 3_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        assertThat(fuka(a, null).getLong("nenzeigaku")).isEqualTo(116_500);
    }

    @Test
    void shouldRefuseToAssessWhoMovedInAfterTheAssessmentDateAndStoreNothing() throws Exception {
        String a = resident("jumin", null, "2025-02-01", false);
        Api.command(Api.clerk()).body(shinkoku(a, 3_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        var before = DbSnapshot.of(TABLES);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(422).body("code", equalTo("fukakijitsu-jumin"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldListNoAssessmentWithoutADeclaration() throws Exception {
        String a = resident("jumin", null, "2019-06-01", false);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2025)).post("/v1/kojin-juminzei/fuka").then()
                .statusCode(422).body("code", equalTo("mishinkoku"));
        Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(200)
                .body("mishinkoku", equalTo(true));
    }

    @Test
    @Tag("fn:shotoku-joho.teikyo")
    void shouldGiveIncomeInformationOnlyToClientsWithTheScope() throws Exception {
        String a = resident("jumin", null, "2018-04-01", false);
        Api.command(Api.clerk()).body(shinkoku(a, 3_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        long kazei = fuka(a, null).getLong("fuka.kazei_soshotoku_kingaku");
        assertThat(kazei).isPositive();
        // the 課税総所得金額 too: health insurance judges the 70–74 一部負担金の割合 by it
        Api.as(Api.kokuhoClient(Api.CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(200)
                .body("kazei_soshotoku_kingaku", equalTo((int) kazei))
                .body("mishinkoku", equalTo(false)).body("gokei_shotoku_kingaku", equalTo(2_020_000))
                .body("kintowari_kazei", equalTo(true)).body("shotokuwari_kazei", equalTo(true));
        Api.badInputAs(Api.clerk()).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(403);
        Api.badInputAs(jp.kikan.platform.test.TestTokens.serviceClient("kikan-other", Api.CITY, "001:jumin-renkei:Read"))
                .queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(403);
        // another municipality's client never sees this city's taxpayers
        Api.as(Api.kokuhoClient(Api.OTHER_CITY)).queryParam("nendo", 2025).get("/v1/shotoku-joho/" + a).then().statusCode(404);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'shotoku-joho.teikyo'")).isPositive();
    }

    @Test
    @Tag("fn:nozeigimusha.shokai")
    void shouldBlockLookupOfAProtectedPersonAndLogTheRefusal() throws Exception {
        String a = resident("jumin", null, "2020-04-01", true);
        long refusals = DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止'");
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + a).then().statusCode(403).body("code", equalTo("shien-sochi"));
        Api.command(Api.clerk()).body(shinkoku(a, 1_000_000)).post("/v1/kojin-juminzei/shinkoku").then().statusCode(403);
        assertThat(DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止'")).isEqualTo(refusals + 2);
        Api.as(Api.shien()).get("/v1/nozeigimusha/" + a).then().statusCode(200);
    }

    @Test
    void shouldNeverShowAnotherMunicipalitysTaxpayer() throws Exception {
        String a = resident("jumin", null, "2020-04-01", false);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).get("/v1/nozeigimusha/" + a).then().statusCode(404);
    }

    @Test
    @Tag("fn:nozeigimusha.jutogai")
    void shouldRegisterAPersonTaxedHereWhoLivesElsewhereWithTheirOwnNumber() {
        JsonPath j = Api.command(Api.clerk()).body(Map.of("shimei", "𠮷田　花子", "shimei_furigana", "ヨシダ　ハナコ",
                "seinengappi", "昭和50年5月5日", "jusho", "東京都千代田区霞が関一丁目1番1号", "riyu", "市内に家屋を所有"))
                .post("/v1/nozeigimusha/jutogai").then().statusCode(201).extract().jsonPath();
        String a = j.getString("atenabango");
        assertThat(a).hasSize(11).startsWith("8");
        assertThat(jp.kikan.platform.checkdigit.Modulus11.isValid(a)).isTrue();
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + a).then().statusCode(200).body("kubun", equalTo("jutogai"))
                .body("shimei", equalTo("𠮷田　花子")).body("seinengappi", equalTo("1975-05-05"));
    }

    @Test
    void shouldNotMoveAPersonBackWhenTheFeedResendsAnOlderVersion() throws Exception {
        String a = resident("tenshutsu", "2025-06-30", "2020-04-01", false);
        // a copy of the first version re-sent with its own (old) number changes nothing
        feed.consumer().drain();
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + a).then().statusCode(200).body("jumin_jotai", equalTo("tenshutsu"));
        assertThat(DbSnapshot.count("select count(*) from jumin_kiroku where atenabango = '" + a + "'")).isEqualTo(2);
    }

    @Test
    @Tag("fn:access-log")
    void shouldShowAnAuditorEveryReadOfAPersonAndAnIntactChain() throws Exception {
        String a = resident("jumin", null, "2020-04-01", false);
        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/nozeigimusha/" + a).then().statusCode(200);
        Api.as(Api.auditor()).queryParam("target_id", a).get("/v1/access-log").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("nozeigimusha.shokai"));
        Api.as(Api.auditor()).get("/v1/access-log/verification").then().statusCode(200).body("intact", equalTo(true));
        Api.badInputAs(Api.clerk()).get("/v1/access-log").then().statusCode(403);
    }
}
