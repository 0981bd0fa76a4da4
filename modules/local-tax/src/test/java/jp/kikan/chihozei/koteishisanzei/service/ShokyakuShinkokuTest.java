package jp.kikan.chihozei.koteishisanzei.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.HojinBango;
import jp.kikan.platform.quarkus.job.JobWorkers;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 償却資産 (地方税法第343条・第383条・第388条): a 法人 registered by its 法人番号 declares the assets it held on 1月1日;
 * each line is valued by the 減価率表 of the 年度 (固定資産評価基準 別表第15, as 箱根町・秦野市 print it) and the total is
 * taxed as 固定資産税 above the 免税点 of 150万円, by the clerk's 賦課 and by the annual job. A 修正申告 is a new
 * version; bad lines and bad numbers store nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:koteishisanzei.shokyaku-shinkoku")
@Tag("fn:nozeigimusha.hojin")
class ShokyakuShinkokuTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(4100);
    private static final List<String> TABLES = List.of("shokyaku_shinkoku", "nozeigimusha", "jutogai_rireki");
    private static final String IIDA = "202053";

    @Inject
    JobWorkers workers;

    /** A 法人番号 of the form of a 会社法人等番号 (登記所 0100, 株式会社 01), with its check digit in front. */
    private static String hojinBango() {
        return HojinBango.withCheckDigit(String.format("010001%06d", SERIAL.incrementAndGet()));
    }

    private static JsonPath hojin(String token, String bango, String meisho, int status) {
        return Api.command(token).body(Map.of("hojin_bango", bango, "meisho", meisho, "meisho_furigana", "ミナミセイサクショ",
                "shozaichi", "東京都港区1-1", "riyu", "市内に償却資産を所有")).post("/v1/nozeigimusha/hojin").then()
                .statusCode(status).extract().jsonPath();
    }

    private static Map<String, Object> gyo(String shurui, String meisho, String nengetsu, long kakaku, int nensu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shurui", shurui);
        m.put("meisho", meisho);
        m.put("shutoku_nengetsu", nengetsu);
        m.put("shutoku_kakaku", kakaku);
        m.put("taiyo_nensu", nensu);
        return m;
    }

    private static JsonPath shinkoku(String token, String atenabango, int nendo, String riyu, List<Map<String, Object>> shisan,
            int status) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("nendo", nendo);
        b.put("shinkoku_bi", nendo + "-01-20");
        if (riyu != null) {
            b.put("riyu", riyu);
        }
        b.put("shisan", shisan);
        return Api.command(token).body(b).post("/v1/koteishisanzei/shokyaku-shinkoku/" + atenabango).then().statusCode(status)
                .extract().jsonPath();
    }

    private static JsonPath fuka(String token, String atenabango, int nendo, String riyu) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("nendo", nendo);
        b.put("shoyusha", List.of(atenabango));
        if (riyu != null) {
            b.put("riyu", riyu);
        }
        return Api.command(token).body(b).post("/v1/koteishisanzei/fuka").then().statusCode(201).extract().jsonPath();
    }

    @Test
    @Tag("fn:koteishisanzei.shisan")
    void shouldSimulateTheLinesOfADeclarationWithoutStoringAnything() {
        var before = DbSnapshot.of(TABLES);
        // 10,000,000円, 耐用年数5年, acquired 2024-06: 令和7年度 × 0.815 = 8,150,000 (前年中取得) → × 1.4% = 114,100円
        JsonPath r = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "shokyaku_meisai",
                List.of(gyo("2", "製造機械", "2024-06", 10_000_000, 5)))).post("/v1/koteishisanzei/shisan").then().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getLong("fuka.kotei_kazei_hyojungaku")).isEqualTo(8_150_000);
        assertThat(r.getLong("fuka.kotei_zeigaku")).isEqualTo(114_100);
        assertThat(r.getList("fuka.santei_konkyo.setsumei", String.class)).anyMatch(x -> x.contains("別表第15"));
        // a line acquired in the 年度's own January is refused by its place in the request
        Api.badInputAs(Api.clerk()).body(Map.of("nendo", 2025, "shokyaku_meisai",
                List.of(gyo("2", "製造機械", "2024-06", 10_000_000, 5), gyo("6", "備品", "2025-01", 500_000, 5))))
                .post("/v1/koteishisanzei/shisan").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("shokyaku_meisai[1].")));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRegisterAHojinOnceByAValidHojinBangoKeepingItsNameAsWritten() {
        String bango = hojinBango();
        JsonPath h = hojin(Api.clerk(), bango, "髙橋製作所株式会社", 201);
        String a = h.getString("atenabango");
        assertThat(h.getString("kubun")).isEqualTo("jutogai");
        assertThat(h.getString("hojin_bango")).isEqualTo(bango);
        assertThat(h.getString("shimei")).isEqualTo("髙橋製作所株式会社");
        assertThat(h.getString("seinengappi")).isNull();
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + a).then().statusCode(200).body("hojin_bango", equalTo(bango))
                .body("jusho", equalTo("東京都港区1-1"));

        var before = DbSnapshot.of(TABLES);
        String wrong = (bango.charAt(0) == '9' ? "1" : String.valueOf(bango.charAt(0) - '0' + 1)) + bango.substring(1);
        assertThat(hojin(Api.clerk(), wrong, "誤番号株式会社", 422).getString("code")).isEqualTo("hojin-bango-check-digit");
        JsonPath twice = hojin(Api.clerk(), bango, "髙橋製作所株式会社", 422);
        assertThat(twice.getString("code")).isEqualTo("hojin-toroku-zumi");
        assertThat(twice.getString("detail")).contains(a);
        // a 法人's office is the 法人住民税's, not the 個人住民税's 家屋敷課税
        Api.command(Api.clerk()).body(Map.of("kubun", "jimusho", "shozaichi", "みなみ市本町1-1", "shoyu_kaishibi", "2020-04-01",
                "riyu", "本社")).post("/v1/nozeigimusha/" + a + "/kaokushiki").then().statusCode(422)
                .body("code", equalTo("kaokushiki-kojin-nomi"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        // the same 法人 in another municipality is another taxpayer there
        assertThat(hojin(Api.clerkOf(Api.OTHER_CITY), bango, "髙橋製作所株式会社", 201).getString("atenabango")).isNotNull();
    }

    @Test
    void shouldValueEachDeclaredAssetAndTaxTheTotalAboveTheMenzeiten() throws Exception {
        String a = hojin(Api.clerk(), hojinBango(), "みなみ製作所株式会社", 201).getString("atenabango");
        // 令和7年度: the machine of 箱根町's example in its 5th 年度 (51,680) and a 構築物 of 2023 in its 2nd:
        // 3,000,000 × 0.945 = 2,835,000 → × 0.891 = 2,525,985
        JsonPath s = shinkoku(Api.clerk(), a, 2025, null, List.of(gyo("2", "旋盤", "2020-06", 400_000, 5),
                gyo("1", "舗装路面", "2023-03", 3_000_000, 20)), 201);
        assertThat(s.getList("versions.version", Integer.class)).containsExactly(1);
        assertThat(s.getString("versions[0].shinkoku_kubun")).isEqualTo("shinkoku");
        assertThat(s.getList("versions[0].shisan.hyokagaku", Long.class)).containsExactly(51_680L, 2_525_985L);
        assertThat(s.getLong("versions[0].hyokagaku_gokei")).isEqualTo(2_577_665L);
        assertThat(s.getList("versions[0].shurui_gokei.shurui_meisho", String.class)).containsExactly("構築物", "機械及び装置");
        assertThat(s.getList("versions[0].santei_konkyo.rule_id", String.class)).containsOnly("shokyaku-hyoka");

        // 課税標準額 2,577,000 (1,000円未満切捨て) × 1.4% = 36,078 → 36,000; no 都市計画税 on 償却資産
        JsonPath f = fuka(Api.clerk(), a, 2025, null);
        assertThat(f.getLong("fuka.kotei_kazei_hyojungaku")).isEqualTo(2_577_000L);
        assertThat(f.getLong("fuka.nenzeigaku")).isEqualTo(36_000L);
        assertThat(f.getLong("fuka.toshi_zeigaku")).isZero();
        assertThat(f.getList("fuka.santei_konkyo.rule_id", String.class)).contains("shokyaku-hyoka", "menzeiten");

        // a 修正申告 needs its reason; with it, a new version — the first stays — and the 更正 follows it
        var before = DbSnapshot.of(TABLES);
        assertThat(shinkoku(Api.clerk(), a, 2025, null, List.of(gyo("2", "旋盤", "2020-06", 400_000, 5)), 422)
                .getString("code")).isEqualTo("shusei-riyu");
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        JsonPath s2 = shinkoku(Api.clerk(), a, 2025, "構築物の取得価額の誤り", List.of(gyo("2", "旋盤", "2020-06", 400_000, 5),
                gyo("1", "舗装路面", "2023-03", 1_000_000, 20)), 201);
        assertThat(s2.getList("versions.shinkoku_kubun", String.class)).containsExactly("shinkoku", "shusei");
        assertThat(s2.getList("versions.hyokagaku_gokei", Long.class)).containsExactly(2_577_665L, 51_680L + 841_995L);
        // 893,675 is below 150万: not taxed; the 更正 takes the tax back
        JsonPath k = fuka(Api.clerk(), a, 2025, "修正申告");
        assertThat(k.getLong("fuka.nenzeigaku")).isZero();
        assertThat(k.getLong("kosei_zengaku")).isEqualTo(36_000L);

        Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/koteishisanzei/shokyaku-shinkoku/" + a).then().statusCode(200)
                .body("versions.size()", equalTo(2));
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'koteishisanzei.shokyaku-shinkoku' "
                + "and target_id = '" + a + "'")).isEqualTo(1);
        Api.as(Api.clerkOf(Api.OTHER_CITY)).queryParam("nendo", 2025).get("/v1/koteishisanzei/shokyaku-shinkoku/" + a).then()
                .statusCode(404);

        // the 納税通知書・課税明細書 shows the 償却資産's 決定価格, addressed to the 法人 by its name as registered
        Poppler.assumeAvailable();
        assertThat(meisaisho(a, 1)).contains("みなみ製作所株式会社", "償却資産申告による資産の合計", "2,577,665", "36,000");
        assertThat(meisaisho(a, 2)).contains("償却資産申告による資産の合計（免税点未満）", "893,675");
    }

    private static String meisaisho(String a, int version) throws Exception {
        Response pdf = Api.as(Api.clerk()).accept("application/pdf, application/problem+json").contentType("application/json")
                .body(Map.of("yoshiki", "kazei-meisaisho", "nendo", 2025, "shoyusha", List.of(a), "version", version))
                .post("/v1/koteishisanzei/shomei");
        pdf.then().statusCode(200).contentType("application/pdf");
        return Poppler.text(Poppler.write("koteishisanzei-kazei-meisaisho-shokyaku-" + version, pdf.asByteArray()))
                .replaceAll("[\\s\u3000]", "");
    }

    @Test
    void shouldRefuseAnAssetAcquiredAfterTheFirstOfJanuaryOrALifeOutsideTheTableAndStoreNothing() {
        String a = hojin(Api.clerk(), hojinBango(), "誤申告株式会社", 201).getString("atenabango");
        var before = DbSnapshot.of(TABLES);
        JsonPath late = shinkoku(Api.clerk(), a, 2025, null, List.of(gyo("6", "パソコン", "2024-12", 200_000, 4),
                gyo("6", "複合機", "2025-01", 900_000, 5)), 422);
        assertThat(late.getString("code")).isEqualTo("shokyaku-shinkoku");
        assertThat(late.getList("errors.field", String.class)).containsExactly("shisan[1].shutoku_nengetsu");
        JsonPath life = shinkoku(Api.clerk(), a, 2025, null, List.of(gyo("1", "鉄塔", "2000-04", 9_000_000, 60)), 422);
        assertThat(life.getList("errors.field", String.class)).containsExactly("shisan[0].taiyo_nensu");
        JsonPath month = shinkoku(Api.clerk(), a, 2025, null, List.of(gyo("6", "机", "2020-13", 100_000, 8)), 422);
        assertThat(month.getList("errors.field", String.class)).containsExactly("shisan[0].shutoku_nengetsu");
        shinkoku(Api.clerk(), a, 2040, null, List.of(gyo("6", "机", "2020-01", 100_000, 8)), 422);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldAssessADeclaringHojinWithoutLandInTheAnnualJob() {
        String clerk = TestTokens.staff("iida-zeimu2", IIDA, "zeimu-clerk");
        String a = hojin(clerk, hojinBango(), "飯田精密株式会社", 201).getString("atenabango");
        // 2,000,000 × 0.815 = 1,630,000 in 令和6年度: 1,630,000 × 1.4% = 22,820 → 22,800
        shinkoku(clerk, a, 2024, null, List.of(gyo("2", "工作機械", "2023-09", 2_000_000, 5)), 201);
        String job = Api.as(clerk).body(Map.of("nendo", 2024, "partitions", 2)).post("/v1/koteishisanzei/tosho-fuka").then()
                .statusCode(201).extract().jsonPath().getString("job_id");
        workers.drain("S");
        Api.as(clerk).get("/v1/koteishisanzei/tosho-fuka/" + job).then().statusCode(200).body("status", equalTo("done"));
        JsonPath f = Api.as(clerk).queryParam("nendo", 2024).get("/v1/koteishisanzei/fuka/" + a).then().statusCode(200).extract()
                .jsonPath();
        assertThat(f.getList("nozeigimusha[0].versions.fuka.nenzeigaku", Long.class)).containsExactly(22_800L);
        Api.as(clerk).get("/v1/koteishisanzei/tosho-fuka/" + job + "/errors").then().statusCode(200)
                .body("items.shoyusha_key", org.hamcrest.Matchers.not(hasItem(a)));
    }
}
