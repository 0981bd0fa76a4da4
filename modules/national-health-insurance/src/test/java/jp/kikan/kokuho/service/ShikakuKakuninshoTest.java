package jp.kikan.kokuho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * 資格確認書 over HTTP (business date 2026-12-01): the PDF read back with pdftotext and rendered to
 * target/pdf-preview/*.png for a person to look at; the 被保険者記号・番号・枝番 given once per household and person; the
 * 一部負担金の割合 and the 有効期限 printed; refusals store nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kokuho.shikaku-kakuninsho")
class ShikakuKakuninshoTest {

    private static final List<String> TABLES = List.of("kokuho_setai_bango", "kokuho_hihokensha_bango", "kokuho_shomei_kofu");
    private static final Pattern BANGO = Pattern.compile("みなみ(\\d{7})（枝番(\\d{2})）");

    @Inject
    JuminFeed feed;

    private void publish(ObjectNode o) throws Exception {
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
    }

    private static ObjectNode person(String a, String s, String zokugara, String shimei, String kana, String birth) {
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, s, zokugara, shimei, kana, birth, "jumin", "国内転入",
                "2024-04-01", "2024-04-01");
        o.put("setainushi_shimei", "世帯主".equals(zokugara) ? shimei : "資格　太郎");
        return o;
    }

    private static Response issue(String token, Map<String, Object> body) {
        return Api.command(token).body(body).post("/v1/kokuho/shikaku-kakuninsho");
    }

    private static String text(String name, Response r) throws Exception {
        Path pdf = Poppler.write(name, r.asByteArray());
        Poppler.assertAllFontsEmbedded(pdf);
        Poppler.png(pdf, name, 110);
        // pdftotext spaces the characters of a spaced-out title and a name's 全角 space: compare without spaces
        return Poppler.text(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void shouldIssueTheDocumentWithTheHouseholdsNumberTheShareAndTheValidity() throws Exception {
        Poppler.assumeAvailable();
        String nushi = Api.bango(5);
        String ko = Api.bango(5);
        String s = Api.bango(6);
        publish(person(nushi, s, "世帯主", "資格　太郎", "シカク　タロウ", "1980-06-06"));
        publish(person(ko, s, "子", "資格　花子", "シカク　ハナコ", "2021-06-01"));

        Response r = issue(Api.clerk(), Map.of("atenabango", nushi)).then().statusCode(200).contentType("application/pdf")
                .extract().response();
        assertThat(r.header("X-Hakko-Bango")).matches("20261201-\\d{6}");
        String head = text("shikaku-kakuninsho-setainushi", r);
        assertThat(head).contains("国民健康保険資格確認書", "資格太郎", "令和9年7月31日", "3割", "990019", "架空県みなみ市中央一丁目1番地",
                "令和6年4月1日", "昭和55年6月6日", "男", "みなみ市長");
        Matcher m = BANGO.matcher(head);
        assertThat(m.find()).as(head).isTrue();
        String bango = m.group(1);
        assertThat(m.group(2)).isEqualTo("01");

        // the child: the household's 番号, the next 枝番, 2割 (未就学)
        String child = text("shikaku-kakuninsho-mishugakuji", issue(Api.clerk(), Map.of("atenabango", ko)).then()
                .statusCode(200).extract().response());
        assertThat(child).contains("2割", "資格花子");
        Matcher c = BANGO.matcher(child);
        assertThat(c.find()).isTrue();
        assertThat(c.group(1)).isEqualTo(bango);
        assertThat(c.group(2)).isEqualTo("02");

        // issued again: the same number, a new 発行番号, every issuance in the 交付履歴 and the access log
        Matcher again = BANGO.matcher(text("shikaku-kakuninsho-saikofu", issue(Api.clerk(), Map.of("atenabango", nushi)).then()
                .statusCode(200).extract().response()));
        assertThat(again.find()).isTrue();
        assertThat(again.group(1) + again.group(2)).isEqualTo(bango + "01");
        assertThat(DbSnapshot.count("select count(*) from kokuho_shomei_kofu where atenabango = '" + nushi + "'")).isEqualTo(2);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kokuho.shikaku-kakuninsho' and target_id = '"
                + nushi + "'")).isEqualTo(2);
    }

    @Test
    void shouldRequireTheShareJudgementFromSeventyAndStoreNothingWithoutIt() throws Exception {
        Poppler.assumeAvailable();
        String a = Api.bango(5);
        publish(person(a, Api.bango(6), "世帯主", "高齢　一郎", "コウレイ　イチロウ", "1955-05-05"));
        var before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), Map.of("atenabango", a)).then().statusCode(422).body("code", equalTo("genekinami-hantei"))
                .body("errors[0].field", equalTo("genekinami"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        // 70歳到達 2025-05-04: 2割 from 2025-06-01
        String t = text("shikaku-kakuninsho-koreijukyusha", issue(Api.clerk(), Map.of("atenabango", a, "genekinami", false))
                .then().statusCode(200).extract().response());
        assertThat(t).contains("2割（発効期日令和7年6月1日）");
    }

    @Test
    void shouldJudgeTheShareOfSeventyToSeventyFourFromTheHouseholdsTaxableIncome() throws Exception {
        Poppler.assumeAvailable();
        // business date 2026-12-01: the 令和8年度 income decides (from 8月1日); both are 70–74 and insured
        String otto = Api.bango(5);
        String setai = Api.bango(6);
        String tsuma = Api.bango(5);
        publish(person(otto, setai, "世帯主", "現役　一郎", "ゲンエキ　イチロウ", "1954-03-03"));
        publish(person(tsuma, setai, "妻", "現役　花子", "ゲンエキ　ハナコ", "1955-04-04"));
        IncomeServer.shotoku(otto, 2026, 3_000_000, 0, 1_450_000);
        IncomeServer.shotoku(tsuma, 2026, 500_000, 0, 0);
        // one member at 145万円 of 課税所得 and the household's 総所得金額等 after 基礎控除 above 210万円: 3割 for both
        assertThat(text("shikaku-kakuninsho-genekinami", issue(Api.clerk(), Map.of("atenabango", tsuma)).then().statusCode(200)
                .extract().response())).contains("3割");
        // the husband's income was read for his wife's document: his entry in the access log
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'kokuho.shikaku-kakuninsho' and t.target_id = '" + otto
                + "' and l.detail like '%korei_jukyusha_futan_hantei%'")).isEqualTo(1);
        // one yen below 145万円: 2割
        IncomeServer.shotoku(otto, 2026, 3_000_000, 0, 1_449_999);
        assertThat(text("shikaku-kakuninsho-ippan", issue(Api.clerk(), Map.of("atenabango", tsuma)).then().statusCode(200)
                .extract().response())).contains("2割");
        // the clerk's judgement (a 基準収入額適用申請) is followed as given
        IncomeServer.shotoku(otto, 2026, 3_000_000, 0, 1_450_000);
        assertThat(text("shikaku-kakuninsho-kijun-shunyu", issue(Api.clerk(), Map.of("atenabango", tsuma, "genekinami", false))
                .then().statusCode(200).extract().response())).contains("2割");
        // a member's income unknown to local tax: no guess, nothing stored
        IncomeServer.mishinkoku(tsuma, 2026);
        var before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), Map.of("atenabango", otto)).then().statusCode(422).body("code", equalTo("genekinami-hantei"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldRefuseSomeoneNotInsuredTodayAndStoreNothing() throws Exception {
        String a = Api.bango(5);
        ObjectNode moved = ResidentFeedServer.jumin(Api.CITY, a, Api.bango(6), "世帯主", "転出　次郎", "テンシュツ　ジロウ",
                "1985-01-01", "tenshutsu", "国外転出", "2026-10-31", "2024-04-01");
        publish(moved);
        var before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), Map.of("atenabango", a)).then().statusCode(422).body("code", equalTo("hihokensha-denai"));
        issue(Api.clerk(), Map.of("atenabango", Api.bango(7))).then().statusCode(404);
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
    }

    @Test
    void shouldIssueForAProtectedPersonOnlyToTheShienRole() throws Exception {
        String a = Api.bango(5);
        ObjectNode o = person(a, Api.bango(6), "世帯主", "保護　三郎", "ホゴ　サブロウ", "1990-02-02");
        o.put("shien_sochi_taisho", true);
        publish(o);
        // the refusal itself is in the access log (in a transaction of its own); nothing else changes
        var before = DbSnapshot.withoutAccessLog(TABLES);
        issue(Api.clerk(), Map.of("atenabango", a)).then().statusCode(403).body("code", equalTo("shien-sochi"));
        assertThat(DbSnapshot.withoutAccessLog(TABLES)).isEqualTo(before);
        issue(Api.shien(), Map.of("atenabango", a)).then().statusCode(200);
        issue(Api.clerkOf(Api.OTHER_CITY), Map.of("atenabango", a)).then().statusCode(404);
    }

    @Test
    @Tag("fn:kokuho.shikaku-joho-oshirase")
    void shouldIssueTheNoticeForAMynaHokenshoHolderWithoutValidityBeforeSeventy() throws Exception {
        Poppler.assumeAvailable();
        String a = Api.bango(5);
        String s = Api.bango(6);
        publish(person(a, s, "世帯主", "通知　四郎", "ツウチ　シロウ", "1985-08-08"));
        Response r = Api.command(Api.clerk()).body(Map.of("atenabango", a)).post("/v1/kokuho/shikaku-joho-oshirase").then()
                .statusCode(200).contentType("application/pdf").extract().response();
        String t = text("shikaku-joho-oshirase", r);
        assertThat(t).contains("資格情報のお知らせ", "通知四郎", "3割", "この通知だけでは受診できません");
        assertThat(t).contains("有効期限なし").doesNotContain("令和9年7月31日");
        Matcher m = BANGO.matcher(t);
        assertThat(m.find()).isTrue();
        assertThat(DbSnapshot.count("select count(*) from kokuho_shomei_kofu where yoshiki = 'shikaku-joho-oshirase' and atenabango = '"
                + a + "' and yuko_kigen is null")).isEqualTo(1);
        // the 資格確認書 of the same person keeps the same number
        Matcher k = BANGO.matcher(text("shikaku-kakuninsho-oshirase-go", issue(Api.clerk(), Map.of("atenabango", a)).then()
                .statusCode(200).extract().response()));
        assertThat(k.find()).isTrue();
        assertThat(k.group(1) + k.group(2)).isEqualTo(m.group(1) + m.group(2));
    }
}
