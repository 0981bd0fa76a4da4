package jp.kikan.jumin.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 住民課 screens of the staff portal (modules/staff-portal) as a clerk uses them: a real Chromium
 * (the system's /usr/bin/chromium, headless) against the running service. The portal is served from
 * its own origin (another port, as in production), so every API call is a real CORS request.
 * Residents are created through the API; the clerk's token is put in sessionStorage as the login
 * would (the real OIDC login is modules/system-tests' PortalLoginIT). Full-page screenshots go to
 * target/ui-screenshots/.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StaffScreensTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SHOTS = Paths.get("target", "ui-screenshots");
    static final String YOSHI = new String(Character.toChars(0x20BB7)); // 𠮷 (つちよし)

    static Playwright playwright;
    static Browser browser;
    static HttpServer portal;
    BrowserContext context;
    Page page;
    /** The Origin header of each request the page sent to the service. */
    final List<String> apiOrigins = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            String msg = "Chromium not found at " + CHROMIUM + ": install the Debian package 'chromium' "
                    + "(.ci/run does) to run the browser test of the staff screens";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg);
            }
            Assumptions.abort(msg + " — skipped outside CI");
        }
        Files.createDirectories(SHOTS);
        portal = servePortal();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-quic", "--no-first-run",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.stop(0);
        }
    }

    /**
     * The portal's screens (test-jar of modules/staff-portal, kikan-staff-portal/ on the classpath)
     * on a port of their own, with the config.json the portal server would write for this service.
     */
    static HttpServer servePortal() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", StaffScreensTest::servePortalFile);
        server.start();
        return server;
    }

    static void servePortalFile(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body;
        String type;
        if (path.equals("/config.json")) {
            String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
            body = ("{\"oidc\":\"" + issuer + "\",\"clientId\":\"kikan-staff\","
                    + "\"services\":{\"jumin\":{\"baseUrl\":\"" + service() + "\"}}}").getBytes(StandardCharsets.UTF_8);
            type = "application/json";
        } else {
            String file = path.equals("/") ? "index.html" : path.substring(1);
            try (InputStream in = file.contains("..") ? null
                    : StaffScreensTest.class.getClassLoader().getResourceAsStream("kikan-staff-portal/" + file)) {
                if (in == null) {
                    ex.sendResponseHeaders(404, -1);
                    ex.close();
                    return;
                }
                body = in.readAllBytes();
            }
            type = file.endsWith(".html") ? "text/html; charset=utf-8"
                    : file.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : file.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setTimezoneId("Asia/Tokyo")
                .setViewportSize(1280, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onRequest(r -> {
            if (r.url().startsWith(service() + "/")) {
                apiOrigins.add(String.valueOf(r.headerValue("origin")));
            }
        });
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    void loginAs(String token) {
        context.addInitScript("sessionStorage.setItem('kikan.session', JSON.stringify({access_token: '" + token + "'}))");
    }

    String ui() {
        return "http://localhost:" + portal.getAddress().getPort() + "/";
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    int historyCount(String atenabango) {
        return Api.as(Tokens.clerk()).get("/v1/jumin/" + atenabango + "/rireki").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    @Tag("fn:search.jumin")
    @Tag("fn:search.kana")
    @Tag("fn:inquiry.jumin")
    @Tag("fn:inquiry.setai")
    @Tag("fn:inquiry.rireki")
    @Tag("fn:ido.tenkyo")
    @Tag("fn:ido.dates")
    @Tag("fn:certificate.juminhyo")
    @Tag("fn:certificate.hakko-bango")
    void aClerkFindsAResidentRecordsAMoveAndIssuesAJuminhyo() throws IOException {
        JsonPath fam = Fixtures.family(Tokens.clerk(), YOSHI + "野", "ヨシノ", "2020-04-01");
        String head = fam.getString("jumin[0].atenabango");
        String setaibango = fam.getString("setaibango[0]");

        loginAs(Tokens.clerk());
        page.navigate(ui());
        // the login header shows who is working for which municipality
        assertThat(page.getByTestId("user")).hasText("clerk");
        assertThat(page.getByTestId("lg-code")).hasText(Tokens.CITY);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト"))).isVisible();

        // 住民検索: by kana (hiragana works too), the row shows the name with 𠮷 intact
        page.getByLabel("カナ（氏名フリガナ）").fill("よしの");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true)).click();
        Locator row = page.locator("tr[data-atenabango='" + head + "']");
        assertThat(row).containsText(YOSHI + "野　一郎");
        assertThat(row).containsText("ヨシノ　イチロウ");
        assertThat(row).containsText("昭和55年4月1日");
        assertThat(page.getByTestId("total")).hasText("3件");
        shot("01-search");
        // the screens come from their own origin: the search went to the service as a CORS request
        assertThat(apiOrigins).isNotEmpty().containsOnly(ui().replaceAll("/$", ""));

        // 住民照会: 和暦 birth date, household members, history
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(YOSHI + "野　一郎");
        assertThat(page.locator(".details")).containsText("昭和55年4月1日");
        Locator setai = page.locator("section[aria-labelledby='setai-title'] table");
        assertThat(setai.locator("tbody tr")).hasCount(3);
        assertThat(setai).containsText(YOSHI + "野　花子");
        Locator rireki = page.locator("section[aria-labelledby='rireki-title'] table");
        assertThat(rireki.locator("tbody tr")).hasCount(1);
        assertThat(rireki).containsText("国内転入");
        assertThat(page.locator("main")).not().containsText("null");
        shot("02-shokai");

        // 転居届 with a date that does not exist: the message stands next to 異動年月日, nothing is recorded
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("転居届")).click();
        page.getByLabel("異動年月日").fill("2024-02-30");
        page.getByLabel("番地号表記").fill("5番地5");
        page.getByLabel("町字", new Page.GetByLabelOptions().setExact(true)).fill("みなみ町二丁目");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("転居を記録する")).click();
        Locator dateError = page.locator("[data-field='idonengappi'] .field-error");
        assertThat(dateError).not().isEmpty();
        assertThat(dateError).containsText("異動年月日");
        assertThat(page.getByLabel("異動年月日")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByTestId("form-problem")).isVisible();
        shot("03-tenkyo-error");
        assertThat(historyCount(head)).isEqualTo(1);

        // a valid 転居 (和暦 input): success with the 異動事由
        page.getByLabel("異動年月日").fill("令和6年2月1日");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("転居を記録する")).click();
        assertThat(page.getByTestId("tenkyo-success")).containsText("異動事由: 転居");
        assertThat(page.getByTestId("tenkyo-success")).containsText("令和6年2月1日");
        shot("04-tenkyo-ok");
        assertThat(historyCount(head)).isEqualTo(2);
        Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().statusCode(200)
                .body("jusho.jusho_banchigohyoki", org.hamcrest.Matchers.equalTo("5番地5"));

        // the history now shows the move
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("照会画面で確認する")).click();
        assertThat(page.locator("section[aria-labelledby='rireki-title'] tbody tr")).hasCount(2);
        assertThat(page.locator("section[aria-labelledby='rireki-title'] table")).containsText("転居");

        // 住民票の写し (世帯連記式, 世帯主・続柄): a PDF download named with the 発行番号
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("住民票の写し")).click();
        page.getByLabel("世帯連記式").check();
        page.getByLabel("世帯主・続柄").check();
        page.getByLabel("請求の目的").fill("年金手続のため");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("発行する（PDF）")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String hakko = page.getByTestId("juminhyo-success").locator("p").first().textContent().replace("発行番号: ", "").trim();
        assertThat(hakko).isNotBlank();
        assertThat(download.suggestedFilename()).isEqualTo("住民票の写し_" + hakko + ".pdf");
        shot("05-juminhyo");
        Api.as(Tokens.clerk()).get("/v1/shomei/kofu-rireki?atenabango=" + head).then().statusCode(200)
                .body("items.hakko_bango", org.hamcrest.Matchers.hasItem(hakko));
    }

    @Test
    @Tag("fn:shien-sochi")
    @Tag("fn:yokushi")
    @Tag("fn:search.jumin")
    void aProtectedPersonIsHiddenAndTheRefusalIsShownInJapanese() {
        JsonPath fam = Fixtures.family(Tokens.clerk(), "鬼怒川", "キヌガワ", "2021-04-01");
        String wife = fam.getString("jumin[1].atenabango");
        Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("hakko", "shokai")))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201);

        // what the API says for the same search (other tests share the database)
        JsonPath expected = Api.as(Tokens.clerk()).queryParam("kana", "キヌガワ").get("/v1/jumin").then().statusCode(200)
                .extract().jsonPath();
        assertThat(expected.getInt("suppressed")).isGreaterThanOrEqualTo(1);

        loginAs(Tokens.clerk());
        page.navigate(ui());
        page.getByLabel("カナ（氏名フリガナ）").fill("キヌガワ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true)).click();
        assertThat(page.getByTestId("suppressed")).hasText("支援措置により " + expected.getInt("suppressed") + " 件を表示していません");
        assertThat(page.locator("table.list tbody tr")).hasCount(expected.getList("items").size());
        assertThat(page.locator("tr[data-atenabango='" + wife + "']")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("null");
        shot("06-search-shien");

        // opening the protected person (e.g. a bookmarked number) shows the refusal prominently
        page.navigate(ui() + "#/jumin/" + wife);
        assertThat(page.locator("#banner")).isVisible();
        assertThat(page.getByTestId("shien-detail")).containsText("支援措置");
        assertThat(page.getByTestId("problem")).containsText("支援措置により抑止されています");
        shot("07-shien-refusal");
    }

    @Test
    @Tag("fn:ido.tennyu")
    @Tag("fn:ido.tenshutsu")
    @Tag("fn:certificate.tenshutsu-shomeisho")
    void aClerkRecordsATennyuThenATenshutsuAndIssuesATenshutsuShomeisho() throws IOException {
        String uji = "朝霧";
        String kana = "アサギリ";
        loginAs(Tokens.clerk());
        page.navigate(ui());
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("転入届")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("転入届");

        page.getByLabel("転入区分").selectOption("kokunai");
        page.getByLabel("異動年月日").fill("令和6年3月1日");
        page.getByLabel("郵便番号").fill("9990001");
        page.getByLabel("都道府県").fill("架空県");
        page.getByLabel("市区郡町村名").fill("みなみ市");
        page.getByLabel("町字", new Page.GetByLabelOptions().setExact(true)).fill("みなみ町一丁目");
        page.getByLabel("番地号表記").fill("7番地77");
        page.getByLabel("町字コード").fill("0001001");
        assertThat(page.getByLabel("市区町村コード")).hasValue(Tokens.CITY);
        page.getByLabel("転入前住所", new Page.GetByLabelOptions().setExact(true)).fill("東京都千代田区千代田1番1号");

        page.getByLabel("1人目の氏名").fill(uji + "　一郎");
        page.getByLabel("1人目のフリガナ").fill(kana + "　イチロウ");
        page.getByLabel("1人目の生年月日").fill("昭和50年1月15日");
        page.getByLabel("1人目の性別").selectOption("1");
        assertThat(page.getByLabel("1人目の続柄")).hasValue("世帯主");
        page.getByLabel("1人目の本籍").fill("架空県みなみ市みなみ町一丁目1番地");
        page.getByLabel("1人目の筆頭者").fill(uji + "　一郎");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("世帯員を追加")).click();
        page.getByLabel("2人目の氏名").fill(uji + "　春子");
        page.getByLabel("2人目のフリガナ").fill(uji + "　ハルコ"); // 漢字: not katakana
        page.getByLabel("2人目の生年月日").fill("1978-06-20");
        page.getByLabel("2人目の性別").selectOption("2");
        page.getByLabel("2人目の続柄").fill("妻");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("転入を記録する")).click();

        // the message stands next to the 2nd row's フリガナ; nothing is recorded
        Locator furiganaError = page.locator("[data-field='members[1].shimei_furigana'] .field-error");
        assertThat(furiganaError).not().isEmpty();
        assertThat(page.getByLabel("2人目のフリガナ")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-field='members[0].shimei_furigana'] .field-error")).isEmpty();
        assertThat(page.getByTestId("form-problem")).isVisible();
        shot("08-tennyu-error");
        assertThat(Api.as(Tokens.clerk()).queryParam("kana", kana).get("/v1/jumin").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();

        // corrected: recorded, the new 世帯番号 and a link per new resident
        page.getByLabel("2人目のフリガナ").fill(kana + "　ハルコ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("転入を記録する")).click();
        Locator ok = page.getByTestId("tennyu-success");
        assertThat(ok).containsText("国内転入");
        String setaibango = page.getByTestId("new-setaibango").textContent().trim();
        assertThat(setaibango).isNotBlank();
        assertThat(ok.locator("a[data-atenabango]")).hasCount(2);
        assertThat(page.locator("main")).not().containsText("null");
        shot("09-tennyu-ok");
        JsonPath setai = Api.as(Tokens.clerk()).get("/v1/setai/" + setaibango).then().statusCode(200).extract().jsonPath();
        assertThat(setai.getList("members")).hasSize(2);
        String head = ok.locator("a[data-atenabango]").first().getAttribute("data-atenabango");

        // the new 世帯主's 照会, then 転出届 for both (all checked by default)
        ok.locator("a[data-atenabango]").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(uji + "　一郎");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("転出届")).click();
        Locator leaving = page.locator("input[name=leaving]");
        assertThat(leaving).hasCount(2);
        assertThat(leaving.nth(0)).isChecked();
        assertThat(leaving.nth(1)).isChecked();
        assertThat(page.locator("fieldset.reorg")).isHidden();
        // unchecking the 妻 would leave her: a new 世帯主 is asked for
        leaving.nth(1).uncheck();
        assertThat(page.getByLabel("新しい世帯主")).isVisible();
        leaving.nth(1).check();
        assertThat(page.locator("fieldset.reorg")).isHidden();
        page.getByLabel("転出予定日").fill("令和6年4月10日");
        page.getByLabel("転出先住所").fill("東京都千代田区千代田2番2号");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("転出を記録する")).click();
        assertThat(page.getByTestId("tenshutsu-success")).containsText("転出");
        shot("10-tenshutsu-ok");
        assertThat(Api.as(Tokens.clerk()).get("/v1/jumin/" + head).then().statusCode(200).extract().jsonPath()
                .getString("jumin_jotai")).isEqualTo("tenshutsu");

        // 転出証明書: a PDF named with the 発行番号
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("転出証明書を発行")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Locator cert = page.getByTestId("tenshutsu-shomeisho-success");
        String hakko = cert.locator("p").first().textContent().replace("発行番号: ", "").trim();
        assertThat(hakko).isNotBlank();
        assertThat(download.suggestedFilename()).isEqualTo("転出証明書_" + hakko + ".pdf");
        assertThat(page.getByTestId("saikofu")).hasCount(0);
        shot("11-tenshutsu-shomeisho");
    }
}
