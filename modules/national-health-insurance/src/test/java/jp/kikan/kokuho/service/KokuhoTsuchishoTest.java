package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 納税通知書 (国民健康保険税, みなみ市) and 納入通知書 (国民健康保険料, きた町) over HTTP, read back with pdftotext and
 * rendered to target/pdf-preview/*.png (business date 2026-12-01). みなみ市 令和8年度 (the 令和7 values as unconfirmed
 * parameters): 医療分 7.2% / 30,000 / 22,000, 支援金分 2.6% / 10,000 / 7,000, 介護分 2.2% / 12,000; 8期 7月〜翌2月.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.hokenzei.tsuchisho")
class KokuhoTsuchishoTest {

    private static final String KITA = Api.OTHER_CITY;
    private static final List<String> TABLES = List.of("kokuho_tsuchisho_kofu", "kokuho_shomei_saiban");

    @Inject
    JuminFeed feed;

    private void publish(String lg, String a, String s, String zokugara, String shimei, String birth, String jiyu, String ido)
            throws Exception {
        ObjectNode o = ResidentFeedServer.jumin(lg, a, s, zokugara, shimei, "ツウチ", birth, "jumin", jiyu, ido, ido);
        if (KITA.equals(lg)) {
            o.put("jusho_shikugunchosonmei", "きた町");
        }
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    private static JsonPath fuka(String token, String s, int nendo) {
        return Api.command(token).body(Map.of("setaibango", s, "nendo", nendo)).post("/v1/kokuho/fuka").then().statusCode(201)
                .extract().jsonPath();
    }

    private static Response issue(String token, Map<String, Object> body) {
        return Api.command(token).body(body).post("/v1/kokuho/tsuchisho");
    }

    private static String text(String name, Response r) throws Exception {
        Path pdf = Poppler.write(name, r.asByteArray());
        Poppler.assertAllFontsEmbedded(pdf);
        Poppler.png(pdf, name, 110);
        return Poppler.text(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void shouldPrintTheLiableHeadTheInsuredEachPartTheMonthsAndTheInstalmentsAndACorrectionsDifference() throws Exception {
        Poppler.assumeAvailable();
        String nushi = Api.bango(11);
        String tsuma = Api.bango(11);
        String ko = Api.bango(11);
        String ani = Api.bango(11);
        String s = Api.bango(12);
        publish(Api.CITY, nushi, s, "世帯主", "通知　一郎", "1972-02-02", "国内転入", "2020-04-01");
        publish(Api.CITY, tsuma, s, "妻", "通知　花子", "1975-05-05", "国内転入", "2020-04-01");
        publish(Api.CITY, ko, s, "子", "通知　桜", "2021-06-01", "出生", "2021-06-01");
        // the head joined employee insurance before the 年度: not insured, still the liable person (擬制世帯主)
        Api.command(Api.clerk()).body(Map.of("atenabango", nushi, "todokede_shubetsu", "shaho_kanyu", "idonengappi", "2024-03-31"))
                .post("/v1/shikaku/todokede").then().statusCode(201);
        // a son moves in on 2026-10-15: insured from October (月割)
        publish(Api.CITY, ani, s, "子", "通知　大樹", "2005-09-09", "国内転入", "2026-10-15");
        IncomeServer.shotoku(nushi, 2026, 300_000, 0);
        IncomeServer.shotoku(tsuma, 2026, 0, 0);
        IncomeServer.shotoku(ko, 2026, 0, 0);
        IncomeServer.shotoku(ani, 2026, 0, 0);

        // 7割 (S = 30万 ≤ 43万). 医療分: 4〜9月 60,000 − 42,000 − 4,500 (未就学児) + 6,600 = 20,100, 10〜3月 29,100 →
        // 24,600; 支援金分 6,600 / 9,600 → 8,100; 介護分 (妻) 3,600 → 36,300; 第1期 4,800, 第2〜8期 4,500
        JsonPath f = fuka(Api.clerk(), s, 2026);
        assertThat(f.getLong("nengaku")).isEqualTo(36_300);
        Response r = issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2026)).then().statusCode(200)
                .contentType("application/pdf").extract().response();
        String hakkoBango = r.header("X-Hakko-Bango");
        assertThat(hakkoBango).matches("20261201-\\d{6}");
        String t = text("kokuho-nozei-tsuchisho", r);
        assertThat(t).contains("納税通知書", "令和8年度国民健康保険税", "通知一郎様", "擬制世帯主", "通知花子", "通知桜", "通知大樹",
                "令和8年10月15日取得", "均等割・平等割の7割軽減", "未就学児1人", "医療分", "後期高齢者支援金分", "介護納付金分",
                "4月〜9月6", "10月〜3月6", "20,100円", "29,100円", "24,600円", "8,100円", "3,600円", "36,300円",
                "令和8年7月31日", "4,800円", "令和9年2月28日", "4,500円", "算定根拠", "未確認", "みなみ市長に対して審査請求",
                "発行番号" + hakkoBango).doesNotContain("〓", "更正の理由");
        assertThat(DbSnapshot.count("select count(*) from kokuho_tsuchisho_kofu where hakko_bango = '" + hakkoBango
                + "' and yoshiki = 'nozei-tsuchisho' and fuka_version = 1 and nozeigimusha = '" + nushi + "'")).isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kokuho.hokenzei.tsuchisho' and lg_code = '"
                + Api.CITY + "' and detail like '%" + hakkoBango + "%'")).isEqualTo(1);

        // the wife's income corrected in local tax (100万, salary 150万): 2割; the 期 due by December stay, January and
        // February take the rest: 165,100 − 27,300 = 137,800 → 68,900 each
        IncomeServer.shotoku(tsuma, 2026, 1_000_000, 1_500_000);
        JsonPath k = fuka(Api.clerk(), s, 2026);
        assertThat(k.getInt("version")).isEqualTo(2);
        assertThat(k.getLong("nengaku")).isEqualTo(165_100);
        String kosei = text("kokuho-nozei-tsuchisho-kosei", issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2026)).then()
                .statusCode(200).extract().response());
        assertThat(kosei).contains("納税通知書（税額変更）", "更正の理由：所得の更正", "更正前の年税額", "36,300円", "165,100円",
                "＋128,800円", "2割軽減", "第6期（納期到来済）", "68,900円", "＋64,400円");
        // the first version can still be printed as it was
        assertThat(text("kokuho-nozei-tsuchisho-v1", issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2026, "version", 1))
                .then().statusCode(200).extract().response())).contains("36,300円").doesNotContain("税額変更");
    }

    @Test
    @Tag("fn:kokuho.hokenzei.gendogaku")
    void shouldPrintAPremiumNoticeWithTheCapsForAPremiumTown() throws Exception {
        Poppler.assumeAvailable();
        String a = Api.bango(13);
        String s = Api.bango(14);
        publish(KITA, a, s, "世帯主", "北村　保", "1980-08-08", "国内転入", "2020-04-01");
        IncomeServer.shotoku(a, 2025, 10_000_000, 12_000_000);
        // 所得割 957万 × 8.00% = 765,600 + 33,000 + 24,000 > 660,000; 支援 286,960 > 260,000; 介護 242,680 > 170,000
        JsonPath f = fuka(Api.clerkOf(KITA), s, 2025);
        assertThat(f.getLong("nengaku")).isEqualTo(1_090_000);
        String t = text("kokuho-nonyu-tsuchisho", issue(Api.clerkOf(KITA), Map.of("setaibango", s, "nendo", 2025)).then()
                .statusCode(200).extract().response());
        assertThat(t).contains("納入通知書", "国民健康保険料", "年間保険料額", "納付義務者（世帯主）北村保様", "架空県きた町", "660,000円", "適用",
                "260,000円", "170,000円", "1,090,000円", "令和7年6月30日", "109,000円", "令和8年3月31日", "国民健康保険審査会",
                "国民健康保険法施行令第29条の7").doesNotContain("納税通知書", "地方税法第1条");
        assertThat(DbSnapshot.count("select count(*) from kokuho_tsuchisho_kofu where setaibango = '" + s
                + "' and yoshiki = 'nonyu-tsuchisho' and lg_code = '" + KITA + "'")).isEqualTo(1);
    }

    @Test
    void shouldRefuseWithoutAnAssessmentOrAVersionAndStoreNothing() throws Exception {
        String a = Api.bango(13);
        String s = Api.bango(14);
        publish(Api.CITY, a, s, "世帯主", "未賦　課", "1980-08-08", "国内転入", "2020-04-01");
        var before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2025)).then().statusCode(404).body("errors[0].field", equalTo("nendo"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        IncomeServer.shotoku(a, 2025, 0, 0);
        fuka(Api.clerk(), s, 2025);
        before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2025, "version", 2)).then().statusCode(404)
                .body("errors[0].field", equalTo("version"));
        issue(Api.clerk(), Map.of("setaibango", Api.bango(14), "nendo", 2025)).then().statusCode(404);
        issue(Api.clerkOf(KITA), Map.of("setaibango", s, "nendo", 2025)).then().statusCode(404);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldPrintAProtectedHouseholdOnlyForTheShienRole() throws Exception {
        String a = Api.bango(13);
        String s = Api.bango(14);
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, "世帯主", "保護　四郎", "ホゴ", "1985-01-01", "jumin", "国内転入",
                "2020-04-01", "2020-04-01");
        o.put("shien_sochi_taisho", true);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
        IncomeServer.shotoku(a, 2025, 0, 0);
        fuka(Api.shien(), s, 2025);
        var before = DbSnapshot.withoutAccessLog(TABLES);
        issue(Api.clerk(), Map.of("setaibango", s, "nendo", 2025)).then().statusCode(403).body("code", equalTo("shien-sochi"));
        assertThat(DbSnapshot.withoutAccessLog(TABLES)).isEqualTo(before);
        issue(Api.shien(), Map.of("setaibango", s, "nendo", 2025)).then().statusCode(200).contentType("application/pdf");
    }
}
