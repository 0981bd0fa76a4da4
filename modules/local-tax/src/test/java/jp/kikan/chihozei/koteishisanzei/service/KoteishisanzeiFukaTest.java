package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.fuka;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.kaoku;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.kyotaku;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.owner;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.shares;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.tochi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 賦課 (当初・更正) of 固定資産税・都市計画税 over HTTP on the registers: the 年度's owner, co-owners as one taxpayer, the
 * previous 年度's 課税標準 carried into the 負担調整措置, 更正 of a past 年度 with its own parameters. みなみ市: 1.4%, 0.3%.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:koteishisanzei.keisan")
class KoteishisanzeiFukaTest {

    @Test
    @Tag("fn:koteishisanzei.santei-konkyo")
    void shouldAssessTheOwnerOfTheFirstOfJanuaryWithTheExplanation() {
        String a = owner("賦課　一郎", "フカ　イチロウ");
        String b = owner("賦課　二郎", "フカ　ジロウ");
        String id = tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        Map<String, Object> sold = jutakuYochi("2024-06-01", 12_000_000, sole(b));
        sold.put("ido_jiyu", "所有権移転（売買）");
        KoteishisanDaichoData.post("/v1/koteishisanzei/tochi/" + id + "/ido", sold);
        // 令和6年度 (2024-01-01): the seller; 200㎡ × 1/6 → 2,000,000 × 1.4% = 28,000, 都計 4,000,000 × 0.3% = 12,000
        JsonPath r6 = fuka(2024, List.of(a), null);
        assertThat(r6.getString("kubun")).isEqualTo("tosho");
        assertThat(r6.getLong("fuka.kotei_zeigaku")).isEqualTo(2_000_000 * 14 / 1000);
        assertThat(r6.getLong("fuka.toshi_zeigaku")).isEqualTo(4_000_000 * 3 / 1000);
        assertThat(r6.getLong("nenzeigaku")).isEqualTo(40_000);
        assertThat(r6.getList("fuka.kibetsu.zeigaku", Long.class).stream().mapToLong(Long::longValue).sum()).isEqualTo(40_000);
        assertThat(r6.getList("fuka.santei_konkyo.setsumei", String.class)).anyMatch(s -> s.contains("地方税法第349条の3の2"));
        // the buyer is not the taxpayer before 令和7年度
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("nendo", 2024, "shoyusha", List.of(b))).post("/v1/koteishisanzei/fuka").then().statusCode(422)
                .body("errors.field", hasItem("shoyusha"));
        assertThat(fuka(2025, List.of(b), null).getLong("fuka.kotei_kazei_hyojungaku")).isEqualTo(2_000_000);
    }

    @Test
    @Tag("fn:koteishisanzei.kosei")
    void shouldCarryThePreviousYearsKazeiHyojunIntoTheFutanChosei() {
        String a = owner("負担　三郎", "フタン　サブロウ");
        Map<String, Object> body = jutakuYochi("2020-04-01", 12_000_000, sole(a));
        body.put("zennendo", Map.of("kotei_jutaku", 1_800_000, "toshi_jutaku", 3_600_000));
        tochi(body);
        // 令和7年度 from the 移行 value: 1,800,000 + 2,000,000 × 5% = 1,900,000 (都計 3,600,000 + 4,000,000 × 5%)
        JsonPath r7 = fuka(2025, List.of(a), null);
        assertThat(r7.getLong("fuka.tochi[0].kotei_jutaku")).isEqualTo(1_900_000);
        assertThat(r7.getLong("fuka.tochi[0].toshi_jutaku")).isEqualTo(3_800_000);
        // 令和8年度 from the stored 令和7年度: 1,900,000 + 100,000 = the 本則 2,000,000
        JsonPath r8 = fuka(2026, List.of(a), null);
        assertThat(r8.getLong("fuka.tochi[0].kotei_jutaku")).isEqualTo(2_000_000);
        assertThat(r8.getLong("fuka.tochi[0].toshi_jutaku")).isEqualTo(4_000_000);
    }

    @Test
    void shouldTaxCoOwnersAsOneTaxpayerApartFromTheirOwnProperty() {
        String a = owner("共有　四郎", "キョウユウ　シロウ");
        String b = owner("共有　五郎", "キョウユウ　ゴロウ");
        Map<String, Object> kyoyu = jutakuYochi("2020-04-01", 12_000_000, shares(a, "1/2", b, "1/2"));
        kyoyu.put("daihyosha", b);
        tochi(kyoyu);
        kaoku(kyotaku("2020-04-01", 210_000, "1990-04-01", sole(a)));
        JsonPath group = fuka(2025, List.of(b, a), null);
        assertThat(group.getString("shoyusha_key")).isEqualTo(String.join("+", Stream.of(a, b).sorted().toList()));
        assertThat(group.getString("daihyosha")).isEqualTo(b);
        // the whole parcel, not split by share (連帯納税義務, 地方税法第10条の2)
        assertThat(group.getLong("fuka.kotei_zeigaku")).isEqualTo(2_000_000 * 14 / 1000);
        JsonPath alone = fuka(2025, List.of(a), null);
        assertThat(alone.getList("fuka.tochi")).isEmpty();
        assertThat(alone.getLong("fuka.kotei_zeigaku")).isEqualTo(210_000 * 14 / 1000 / 100 * 100);
        JsonPath rireki = Api.as(Api.clerk()).queryParam("nendo", 2025).get("/v1/koteishisanzei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rireki.getList("nozeigimusha.shoyusha_key", String.class)).hasSize(2);
    }

    @Test
    void shouldNotTaxAHouseBelowTheMenzeitenButTaxItAtIt() {
        String a = owner("免税　六郎", "メンゼイ　ロクロウ");
        String b = owner("免税　七郎", "メンゼイ　シチロウ");
        kaoku(kyotaku("2020-04-01", 199_999, "1990-04-01", sole(a)));
        kaoku(kyotaku("2020-04-01", 200_000, "1990-04-01", sole(b)));
        assertThat(fuka(2025, List.of(a), null).getLong("nenzeigaku")).isZero();
        assertThat(fuka(2025, List.of(b), null).getLong("nenzeigaku")).isEqualTo(200_000 * 14 / 1000 + 200_000 * 3 / 1000);
    }

    @Test
    @Tag("fn:koteishisanzei.kosei")
    void shouldCorrectAPastYearWithItsOwnParametersAndPutTheDifferenceInZuiji() {
        String a = owner("更正　八郎", "コウセイ　ハチロウ");
        String id = tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        JsonPath tosho = fuka(2023, List.of(a), null);
        Map<String, Object> teisei = jutakuYochi("2020-04-01", 15_000_000, sole(a));
        teisei.put("ido_jiyu", "訂正（評価額）");
        KoteishisanDaichoData.post("/v1/koteishisanzei/tochi/" + id + "/ido", teisei);
        var before = DbSnapshot.of(List.of("koteishisan_fuka"));
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("nendo", 2023, "shoyusha", List.of(a))).post("/v1/koteishisanzei/fuka").then().statusCode(422)
                .body("errors.field", hasItem("riyu"));
        assertThat(DbSnapshot.of(List.of("koteishisan_fuka"))).isEqualTo(before);
        JsonPath kosei = fuka(2023, List.of(a), "評価額の誤り");
        assertThat(kosei.getInt("version")).isEqualTo(2);
        assertThat(kosei.getString("kubun")).isEqualTo("kosei");
        // 15,000,000 / 6 = 2,500,000 × 1.4% = 35,000; 都計 5,000,000 × 0.3% = 15,000 (令和5年度's parameters)
        long shin = 35_000 + 15_000;
        assertThat(kosei.getLong("nenzeigaku")).isEqualTo(shin);
        assertThat(kosei.getLong("kosei_zengaku")).isEqualTo(tosho.getLong("nenzeigaku"));
        // every 期 of 令和5年度 is due: the whole difference is 随時
        assertThat(kosei.getList("kosei_sagaku.torai", Boolean.class)).containsOnly(true);
        assertThat(kosei.getLong("kosei_zuiji")).isEqualTo(shin - 40_000);
        assertThat(kosei.getList("fuka.santei_konkyo.parameters.flatten().nendo", String.class)).contains("令和5年度")
                .doesNotContain("令和8年度");
        Api.as(Api.clerk()).queryParam("nendo", 2023).get("/v1/koteishisanzei/fuka/" + a).then().statusCode(200)
                .body("nozeigimusha[0].versions.size()", equalTo(2));
    }

    @Test
    @Tag("fn:koteishisanzei.kosei")
    void shouldRefuseToAssessAYearWhoseStatutoryPeriodHasRunAndStoreNothing() {
        // 令和3年度: 第1期の納期限 2021-04-30, so from 2026-05-01 on neither a 賦課 nor a 更正 (地方税法第17条の5) — the
        // business date of every run of this test is later than that
        String a = owner("期間　十郎", "キカン　ジュウロウ");
        tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        var before = DbSnapshot.of(List.of("koteishisan_fuka", "outbox_event", "outbox_pending"));
        Api.badInputAs(Api.clerk()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("nendo", 2021, "shoyusha", List.of(a))).post("/v1/koteishisanzei/fuka").then().statusCode(422)
                .body("code", equalTo("kosei-kikan-keika")).body("errors.field", hasItem("nendo"));
        assertThat(DbSnapshot.of(List.of("koteishisan_fuka", "outbox_event", "outbox_pending"))).isEqualTo(before);
        // the next 年度 is still open
        assertThat(fuka(2022, List.of(a), null).getString("kubun")).isEqualTo("tosho");
    }

    @Test
    @Tag("fn:koteishisanzei.shisan")
    void shouldSimulateRegisteredAndEnteredAssetsWithAnInlineParameterSet() {
        String a = owner("試算　九郎", "シサン　クロウ");
        String id = tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        Map<String, Object> house = Map.of("hyokagaku", 10_000_000, "yuka_menseki", 100, "kyoju_menseki", 100,
                "shinchiku_nengappi", "令和5年5月1日", "kaisu", 2, "taika_kozo", false, "shigaika_kuiki", true);
        JsonPath r = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "tochi_ids", List.of(id), "kaoku", List.of(house)))
                .post("/v1/koteishisanzei/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("parameter_set.kubun")).isEqualTo("kitei");
        // (2,000,000 + 10,000,000) × 1.4% = 168,000 less the 新築減額 140,000 × 1/2 = 70,000
        assertThat(r.getLong("fuka.kotei_zeigaku")).isEqualTo(168_000 - 70_000);
        Map<String, Object> city = Map.of("dantai_code", Api.CITY, "name_ja", "みなみ市", "source", "試算",
                "parameters", Map.of("toshi_keikaku_zeiritsu", Map.of("name_ja", "都市計画税の税率", "legal_basis", "条例", "source", "試算",
                        "status", "confirmed", "values", List.of(Map.of("nendo", "R7", "value", "0.2%")))));
        JsonPath inline = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "tochi_ids", List.of(id), "parameters", city))
                .post("/v1/koteishisanzei/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(inline.getString("parameter_set.kubun")).isEqualTo("inline");
        assertThat(inline.getLong("fuka.toshi_zeigaku")).isEqualTo(4_000_000 * 2 / 1000);
        Map<String, Object> tooHigh = Map.of("dantai_code", Api.CITY, "name_ja", "みなみ市", "source", "試算",
                "parameters", Map.of("toshi_keikaku_zeiritsu", Map.of("name_ja", "都市計画税の税率", "legal_basis", "条例", "source", "試算",
                        "status", "confirmed", "values", List.of(Map.of("nendo", "R7", "value", "0.4%")))));
        Api.as(Api.clerk()).body(Map.of("nendo", 2025, "tochi_ids", List.of(id), "parameters", tooHigh))
                .post("/v1/koteishisanzei/shisan").then().statusCode(400)
                .body("errors.field", hasItem("parameters.parameters.toshi_keikaku_zeiritsu.values[0].value"));
    }
}
