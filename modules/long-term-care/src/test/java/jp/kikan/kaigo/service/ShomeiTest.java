package jp.kikan.kaigo.service;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.PinnedCalendar;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * This service's documents over HTTP (business date 2026-12-01): 介護保険被保険者証 (帳票ID 0230010), 介護保険負担割合証 and
 * 介護保険料額決定通知書, each read back with pdftotext and rendered to target/pdf-preview/*.png for a person to look at;
 * 発行番号, 交付履歴 with the PDF's SHA-256, the access log; refusals (not insured, no certification, 支援措置) store nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class ShomeiTest {

    private static final List<String> TABLES = List.of("kaigo_shomei_kofu", "hihokensha_bango", "shikaku_rireki");

    @Inject
    JuminFeed feed;

    private String resident(String shimei, String kana, String birth, boolean shien) throws Exception {
        String a = Api.bango(9);
        ObjectNode o = ResidentFeedServer.jumin(Api.CITY, a, Api.bango(9), "世帯主", shimei, kana, birth, "jumin", "転居", "2010-05-01",
                "2000-04-01");
        o.put("shien_sochi_taisho", shien);
        ResidentFeedServer.publish(o);
        feed.consumer().drain();
        return a;
    }

    /** 新規申請 2026-10-01 → 要介護2, 有効期間 2026-10-01〜2027-03-31. */
    private static void nintei(String a) {
        long id = Api.command(Api.clerk()).body(Map.of("atenabango", a, "shinsei_kubun", "shinki", "shinseibi", "2026-10-01"))
                .post("/v1/kaigo/nintei/shinsei").then().statusCode(201).extract().jsonPath().getLong("shinsei_id");
        for (String[] s : new String[][] {{"chosa", "2026-10-10"}, {"ikensho", "2026-10-12"}, {"shinsakai", "2026-10-20"},
                {"kettei", "2026-10-25"}}) {
            Map<String, Object> body = new HashMap<>(Map.of("shubetsu", s[0], "jisshibi", s[1]));
            if ("kettei".equals(s[0])) {
                body.put("kekka", "yokaigo2");
            }
            Api.command(Api.clerk()).body(body).post("/v1/kaigo/nintei/shinsei/" + id + "/tetsuzuki").then().statusCode(201);
        }
    }

    private static Response issue(String token, String path, Map<String, Object> body) {
        return Api.as(token).contentType("application/json").body(body).post(path);
    }

    private static String text(String name, Response r) throws Exception {
        Path pdf = Poppler.write(name, r.asByteArray());
        Poppler.assertAllFontsEmbedded(pdf);
        Poppler.png(pdf, name, 110);
        // pdftotext spaces the characters of a spaced-out title and a name's 全角 space: compare without spaces
        return Poppler.text(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    @Tag("fn:kaigo.hihokenshasho")
    @Tag("fn:kaigo.hihokenshasho.rireki")
    void shouldIssueTheHihokenshashoWithTheNumberAndTheCertificationInForce() throws Exception {
        Poppler.assumeAvailable();
        String a = resident("介護　花子", "カイゴ　ハナコ", "1950-05-05", false);
        nintei(a);
        Response r = issue(Api.clerk(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", a)).then().statusCode(200)
                .contentType("application/pdf").extract().response();
        assertThat(r.header("X-Hakko-Bango")).matches("20261201-\\d{6}");
        String bango = Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath()
                .getString("hihokensha_bango");
        String t = text("kaigo-hihokenshasho", r);
        assertThat(t).contains("介護保険被保険者証", "介護花子", bango, "昭和25年5月5日", "令和8年12月1日", "要介護2", "令和8年10月25日",
                "令和8年10月1日から令和9年3月31日まで", "999979", "架空県みなみ市", "平成27年5月4日", "0230010");
        // the 交付履歴 keeps the SHA-256 of what was handed out; the issuance is in the access log
        assertThat(DbSnapshot.count("select count(*) from kaigo_shomei_kofu where yoshiki = 'hihokenshasho' and atenabango = '" + a
                + "' and pdf_sha256 = '" + HakkoBango.sha256(r.asByteArray()) + "' and hakko_bango = '" + r.header("X-Hakko-Bango") + "'"))
                .isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kaigo.hihokenshasho' and target_id = '" + a + "'"))
                .isEqualTo(1);
        // no certification: the 証 says so
        String b = resident("介護　一郎", "カイゴ　イチロウ", "1952-07-07", false);
        assertThat(text("kaigo-hihokenshasho-nintei-nashi", issue(Api.clerk(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", b))
                .then().statusCode(200).extract().response())).contains("認定を受けていません");
    }

    @Test
    @Tag("fn:kaigo.futan-wariai-sho")
    void shouldIssueTheFutanWariaiShoForACertifiedPersonWithTheShareAndItsPeriod() throws Exception {
        Poppler.assumeAvailable();
        String a = resident("負担　二郎", "フタン　ジロウ", "1950-05-05", false);
        // 合計所得金額 200万円, 年金収入 300万円 + その他 10万円 (single): 2割
        IncomeServer.shotoku(a, 2026, 2_000_000, 3_000_000, 1_900_000, true);
        var before = DbSnapshot.of(TABLES);
        issue(Api.clerk(), "/v1/kaigo/futan-wariai-sho", Map.of("atenabango", a, "nendo", 2026)).then().statusCode(422)
                .body("code", equalTo("nintei-nashi"));
        assertThat(DbSnapshot.of(TABLES)).isEqualTo(before);
        nintei(a);
        Response r = issue(Api.clerk(), "/v1/kaigo/futan-wariai-sho", Map.of("atenabango", a, "nendo", 2026)).then().statusCode(200)
                .extract().response();
        String t = text("kaigo-futan-wariai-sho", r);
        // from the later of 8月1日 and the certification's start (2026-10-01) to 7月31日
        assertThat(t).contains("介護保険負担割合証", "負担二郎", "2割", "令和8年10月1日", "令和9年7月31日", "999979");
        assertThat(DbSnapshot.count("select count(*) from kaigo_shomei_kofu where yoshiki = 'futan-wariai-sho' and futan_wariai = 2 "
                + "and atenabango = '" + a + "'")).isEqualTo(1);
    }

    @Test
    @Tag("fn:kaigo.hokenryo.tsuchisho")
    void shouldIssueTheNoticeWithTheStageItsReasonsAndTheInstalments() throws Exception {
        Poppler.assumeAvailable();
        String a = resident("通知　三郎", "ツウチ　サブロウ", "1950-05-05", false);
        IncomeServer.shotoku(a, 2026, 1_000_000, 2_000_000, 1_000_000, true);
        // withheld from the pension: the notice in May, the 当初 in July (仮徴収 6,700 as notified)
        PinnedCalendar.pin("2026-05-20");
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2026, "nenkin_nengaku", 1_200_000, "tsuchibi", "2026-05-15",
                "karichoshu_gaku", 6_700)).post("/v1/kaigo/tokubetsu-choshu").then().statusCode(201);
        PinnedCalendar.pin("2026-07-10");
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2026)).post("/v1/kaigo/fuka").then().statusCode(201);
        String tosho = text("kaigo-hokenryo-tsuchisho-tokubetsu", issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho",
                Map.of("atenabango", a, "nendo", 2026)).then().statusCode(200).extract().response());
        assertThat(tosho).contains("介護保険料額決定通知書", "令和8年度", "通知三郎", "第6段階", "80,400円", "96,400円", "特別徴収",
                "4月（仮徴収）", "6,700円", "10月（本徴収）", "25,500円", "25,400円", "算定根拠", "介護保険審査会", "介護保険法施行令第38条");
        // a 更正 in December (+ to 第9段階): the 変更通知書 with each 期 before and after
        PinnedCalendar.pin("2026-12-01");
        IncomeServer.shotoku(a, 2026, 3_500_000, 2_000_000, 1_000_000, true);
        Api.command(Api.clerk()).body(Map.of("atenabango", a, "nendo", 2026)).post("/v1/kaigo/fuka").then().statusCode(201);
        String kosei = text("kaigo-hokenryo-tsuchisho-kosei", issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho",
                Map.of("atenabango", a, "nendo", 2026)).then().statusCode(200).extract().response());
        assertThat(kosei).contains("介護保険料額変更通知書", "第9段階", "136,600円", "変更前", "変更後", "第8期", "＋13,400円", "普通徴収");
        // an earlier version on request; none for an unknown version or 年度
        assertThat(text("kaigo-hokenryo-tsuchisho-v1", issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho",
                Map.of("atenabango", a, "nendo", 2026, "version", 1)).then().statusCode(200).extract().response()))
                .contains("介護保険料額決定通知書");
        issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho", Map.of("atenabango", a, "nendo", 2026, "version", 3)).then().statusCode(404);
        issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho", Map.of("atenabango", a, "nendo", 2024)).then().statusCode(404);
    }

    @Test
    @Tag("fn:kaigo.hihokenshasho")
    void shouldRefuseSomeoneNotInsuredOrProtectedAndStoreNothing() throws Exception {
        String young = resident("若年　四郎", "ジャクネン　シロウ", "1975-05-05", false);
        String hogo = resident("保護　五郎", "ホゴ　ゴロウ", "1950-05-05", true);
        var before = DbSnapshot.withoutAccessLog(TABLES);
        issue(Api.clerk(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", young)).then().statusCode(422)
                .body("code", equalTo("hihokensha-denai"));
        issue(Api.clerk(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", Api.bango(9))).then().statusCode(404);
        issue(Api.clerk(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", hogo)).then().statusCode(403)
                .body("code", equalTo("shien-sochi"));
        issue(Api.clerk(), "/v1/kaigo/hokenryo-tsuchisho", Map.of("atenabango", hogo, "nendo", 2026)).then().statusCode(403);
        issue(Api.clerk(), "/v1/kaigo/futan-wariai-sho", Map.of("atenabango", hogo, "nendo", 2026)).then().statusCode(403);
        issue(Api.clerkOf(Api.OTHER_CITY), "/v1/kaigo/hihokenshasho", Map.of("atenabango", young)).then().statusCode(404);
        assertThat(DbSnapshot.withoutAccessLog(TABLES)).isEqualTo(before);
        // the refusal of a protected person is in the access log; the 支援措置 role may issue
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'kaigo.hihokenshasho' and l.detail = '支援措置により抑止' and t.target_id = '" + hogo + "'"))
                .isEqualTo(1);
        issue(Api.shien(), "/v1/kaigo/hihokenshasho", Map.of("atenabango", hogo)).then().statusCode(200);
    }
}
