package jp.kikan.chihozei.shomei;

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
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 所得・課税証明書 and 納税通知書 (普通徴収) as a clerk gets them: a taxpayer from the resident feed, a 申告, the 賦課, then
 * the PDF read back with pdftotext / pdffonts and rendered to target/pdf-preview/*.png for a person to look at.
 * Without poppler-utils these tests skip, and fail under CI=true.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class ShomeiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(700);
    private static final String SHOTOKU_KAZEI = "/v1/kojin-juminzei/shomei/shotoku-kazei";
    private static final String NOZEI_TSUCHISHO = "/v1/kojin-juminzei/shomei/nozei-tsuchisho";

    @Inject
    JuminFeed feed;

    private String taxpayer(String shimei, String kana, boolean shien) throws Exception {
        String a = jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, kana, "1980-04-01", "jumin", "tennyu", "2020-04-01",
                "2020-04-01");
        ResidentFeedServer.publish(item);
        if (shien) {
            ObjectNode s = item.deepCopy();
            s.put("henko_shubetsu", "shien_sochi");
            s.put("shien_sochi_taisho", true);
            ResidentFeedServer.publish(s);
        }
        feed.consumer().drain();
        return a;
    }

    private static void assess(String token, String a, long kyuyo, String riyu) {
        Api.command(token).body(Map.of("atenabango", a, "nendo", 2025, "shunyu", Map.of("kyuyo_shunyu", kyuyo),
                "shiharai", Map.of("shakai_hokenryo", 450_000))).post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);
        Map<String, Object> body = riyu == null ? Map.of("atenabango", a, "nendo", 2025)
                : Map.of("atenabango", a, "nendo", 2025, "riyu", riyu);
        Api.command(token).body(body).post("/v1/kojin-juminzei/fuka").then().statusCode(201);
    }

    private static Response issue(String token, String path, Map<String, Object> body) {
        return Api.as(token).accept("application/pdf, application/problem+json").contentType("application/json").body(body)
                .post(path);
    }

    /** pdftotext -layout spreads spaced-out titles and 全角 spaces: compare without any white space. */
    private static String flat(String s) {
        return s.replaceAll("[\\s\u3000]", "");
    }

    private static Path pdf(Response r, String name) throws Exception {
        r.then().statusCode(200).contentType("application/pdf");
        return Poppler.write(name, r.asByteArray());
    }

    @Test
    @Tag("fn:kojin-juminzei.shotoku-kazei-shomei")
    void shouldCertifyIncomeAndTaxWithTheVariantNameTheMayorAndTheNumber() throws Exception {
        Poppler.assumeAvailable();
        String a = taxpayer("髙橋　𠮷郎", "タカハシ　キチロウ", false);
        assess(Api.clerk(), a, 3_000_000, null);
        Response r = issue(Api.clerk(), SHOTOKU_KAZEI, Map.of("atenabango", a, "nendo", 2025, "mokuteki", "児童手当の申請"));
        String hakkoBango = r.header("X-Hakko-Bango");
        Path file = pdf(r, "shotoku-kazei-shomeisho");
        String text = flat(Poppler.text(file));
        assertThat(text).contains("所得・課税証明書", "髙橋𠮷郎", "令和7年度", "令和6年分", "昭和55年4月1日", "架空県みなみ市中央一丁目1番地")
                .contains("3,000,000円", "2,020,000円", "合計所得金額", "総所得金額等", "課税標準", "市民税", "県民税", "116,500円")
                .contains("上記のとおり証明します。", "みなみ市長南太郎", "発行番号" + hakkoBango)
                .doesNotContain("〓");
        assertThat(hakkoBango).matches("\\d{8}-\\d{6}");
        Poppler.assertAllFontsEmbedded(file);
        assertThat(Poppler.png(file, "shotoku-kazei-shomeisho", 100)).isNotEmpty();
        assertThat(DbSnapshot.count("select count(*) from shomei_kofu where hakko_bango = '" + hakkoBango
                + "' and yoshiki = 'shotoku-kazei-shomeisho' and length(pdf_sha256) = 64 and mokuteki = '児童手当の申請'"))
                .isEqualTo(1);
        assertThat(DbSnapshot.count("select count(*) from access_log where action = 'kojin-juminzei.shomei.shotoku-kazei' "
                + "and detail like 'hakko_bango=" + hakkoBango + "%'")).isEqualTo(1);
    }

    @Test
    @Tag("fn:kojin-juminzei.nozei-tsuchisho")
    void shouldNotifyTheInstalmentsAndForACorrectionTheDifferencePerInstalment() throws Exception {
        Poppler.assumeAvailable();
        String a = taxpayer("𠮷田　花子", "ヨシダ　ハナコ", false);
        assess(Api.clerk(), a, 3_000_000, null);
        Path tosho = pdf(issue(Api.clerk(), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025)), "nozei-tsuchisho-tosho");
        List<String> pages = Poppler.pages(tosho).stream().map(ShomeiTest::flat).toList();
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).contains("納税通知書", "𠮷田花子", "第1期", "第4期", "令和7年6月30日", "令和8年1月31日",
                "116,500円", "みなみ市長南太郎").doesNotContain("〓", "confirmed");
        assertThat(String.join("", pages.subList(1, pages.size()))).contains("算定根拠", "給与所得");
        Poppler.assertAllFontsEmbedded(tosho);
        Poppler.png(tosho, "nozei-tsuchisho-tosho", 100);

        assess(Api.clerk(), a, 3_500_000, "給与支払報告書の追加");
        Path kosei = pdf(issue(Api.clerk(), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025)), "nozei-tsuchisho-kosei");
        String first = flat(Poppler.pages(kosei).get(0));
        assertThat(first).contains("税額変更", "更正前の税額", "更正後の税額", "差額", "給与支払報告書の追加", "＋");
        Poppler.png(kosei, "nozei-tsuchisho-kosei", 100);
        // the 当初 version can still be printed as it was
        assertThat(Poppler.pages(pdf(issue(Api.clerk(), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025, "version", 1)),
                "nozei-tsuchisho-v1")).get(0)).contains("（普通徴収）").doesNotContain("更正前の税額");
        issue(Api.clerk(), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025, "version", 9)).then().statusCode(404);
    }

    @Test
    @Tag("fn:nozeigimusha.shokai")
    void shouldRefuseAProtectedPersonsCertificateAndKeepTheRefusalInTheLog() throws Exception {
        String a = taxpayer("保護　一郎", "ホゴ　イチロウ", true);
        long refusals = DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止' "
                + "and action = 'kojin-juminzei.shomei.shotoku-kazei'");
        long kofu = DbSnapshot.count("select count(*) from shomei_kofu");
        issue(Api.clerk(), SHOTOKU_KAZEI, Map.of("atenabango", a, "nendo", 2025)).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("shien-sochi"));
        issue(Api.clerk(), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025)).then().statusCode(403);
        assertThat(DbSnapshot.count("select count(*) from access_log where detail = '支援措置により抑止' "
                + "and action = 'kojin-juminzei.shomei.shotoku-kazei'")).isEqualTo(refusals + 1);
        assertThat(DbSnapshot.count("select count(*) from shomei_kofu")).isEqualTo(kofu);
        // the 支援措置 clerk may issue it (here: no assessment yet, so 404 with the reason)
        issue(Api.shien(), SHOTOKU_KAZEI, Map.of("atenabango", a, "nendo", 2025)).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("令和7年度の賦課がない"));
    }

    @Test
    void shouldNeverIssueAnotherMunicipalitysTaxpayersCertificate() throws Exception {
        String a = taxpayer("他市　太郎", "タシ　タロウ", false);
        assess(Api.clerk(), a, 2_000_000, null);
        issue(Api.clerkOf(Api.OTHER_CITY), SHOTOKU_KAZEI, Map.of("atenabango", a, "nendo", 2025)).then().statusCode(404);
        issue(Api.clerkOf(Api.OTHER_CITY), NOZEI_TSUCHISHO, Map.of("atenabango", a, "nendo", 2025)).then().statusCode(404);
    }
}
