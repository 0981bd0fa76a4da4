package jp.kikan.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff portal with the real login: Chromium opens the portal (its own origin), logs in on
 * Keycloak's login page as the demo clerk (authorization code + PKCE), searches a resident in
 * resident-records (CORS, bearer token with the service's audience), stays logged in past the
 * access token's lifespan through the silent refresh, and logs out at Keycloak.
 */
class PortalLoginIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "ui-screenshots");
    /** Short on purpose: the test waits past it. The portal refreshes a quarter of it before expiry. */
    static final int TOKEN_LIFESPAN_S = 12;

    static Suite suite;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String msg = "Chromium not found at " + CHROMIUM + ": install the Debian package 'chromium' "
                    + "(.ci/run does) to run the browser test of the staff portal";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg);
            }
            Assumptions.abort(msg + " — skipped outside CI");
        }
        Files.createDirectories(SHOTS);
        suite = Suite.shared(TOKEN_LIFESPAN_S);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-quic", "--no-first-run",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        // the suite is shared with the other test classes of the run and stops with the JVM
    }

    /**
     * Each client gets the service's audience from a mapper of its own (not a realm default scope), and the
     * service, in its production profile, accepts only tokens minted for it: a token the same user gets
     * through another client of the realm is refused.
     */
    @Test
    void shouldAcceptOnlyTokensWhoseClientCarriesTheServicesAudience() throws Exception {
        var service = suite.token("grant_type=client_credentials&client_id=kikan-tax&client_secret=kikan-tax-secret");
        assertThat(service.statusCode()).isEqualTo(200);
        String taxToken = Suite.JSON.readTree(service.body()).get("access_token").asText();
        assertThat(claims(taxToken).path("aud").toString()).contains("kikan-resident-records");
        assertThat(claims(taxToken).path("scope").asText()).contains("001:jumin-renkei:Read");
        assertThat(suite.getStatus(taxToken, "/v1/renkei/jumin?limit=1")).isEqualTo(200);

        String staffToken = suite.passwordToken("clerk");
        assertThat(claims(staffToken).path("aud").toString()).contains("kikan-resident-records");
        assertThat(suite.getStatus(staffToken, "/v1/jumin?kana=%E3%82%AD")).isEqualTo(200);

        // the same clerk through a client of the realm that has no audience mapper (Keycloak's admin-cli)
        var other = suite.token("grant_type=password&client_id=admin-cli&username=clerk&password=clerk");
        assertThat(other.statusCode()).isEqualTo(200);
        String otherToken = Suite.JSON.readTree(other.body()).get("access_token").asText();
        assertThat(claims(otherToken).path("aud").toString()).doesNotContain("kikan-resident-records");
        assertThat(suite.getStatus(otherToken, "/v1/jumin?kana=%E3%82%AD")).isEqualTo(401);
    }

    private static JsonNode claims(String jwt) throws java.io.IOException {
        return Suite.JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void aClerkLogsInThroughKeycloakSearchesStaysLoggedInAndLogsOut() throws Exception {
        JsonNode moved = suite.post(suite.passwordToken("clerk"), "/v1/ido/tennyu", tennyu("霧島", "キリシマ"));
        String head = moved.at("/jumin/0/atenabango").asText();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo").setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<String> grants = new CopyOnWriteArrayList<>();
        List<String> apiOrigins = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().startsWith(suite.issuer() + "/protocol/openid-connect/token")) {
                grants.add(String.valueOf(r.postData()).replaceAll(".*grant_type=([a-z_]+).*", "$1"));
            } else if (r.url().startsWith(suite.serviceUrl() + "/v1/")) {
                apiOrigins.add(String.valueOf(r.headerValue("origin")));
            }
        });

        // not logged in: the portal offers the login, which goes to Keycloak's own page
        page.navigate(suite.portalUrl());
        assertThat(page.locator("#nav")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
        page.waitForURL(url -> url.startsWith(suite.issuer() + "/protocol/openid-connect/auth"));
        page.locator("#username").fill("clerk");
        page.locator("#password").fill("clerk");
        shot(page, "21-keycloak-login");
        page.locator("#kc-login").click();

        // back on the portal with the code exchanged for tokens
        page.waitForURL(url -> url.startsWith(suite.portalUrl()) && !url.contains("code="));
        assertThat(page.getByTestId("user")).hasText("clerk");
        assertThat(page.getByTestId("user-name")).hasText("（住民 花子）");
        assertThat(page.getByTestId("lg-code")).hasText("999997");
        assertThat(grants).containsExactly("authorization_code");
        Map<?, ?> first = session(page);
        assertThat(audience(first)).contains("kikan-resident-records");

        search(page, "キリシマ");
        assertThat(page.locator("tr[data-atenabango='" + head + "']")).containsText("霧島　一郎");
        shot(page, "22-search-after-login");
        assertThat(apiOrigins).isNotEmpty().containsOnly("http://localhost:" + suite.portalPort);

        // past the access token's lifespan: the silent refresh has kept the session
        page.waitForTimeout((TOKEN_LIFESPAN_S + 4) * 1000L);
        assertThat(grants).contains("refresh_token");
        Map<?, ?> later = session(page);
        assertThat(later.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(((Number) later.get("expires_at")).longValue()).isGreaterThan(((Number) first.get("expires_at")).longValue());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("霧島　一郎").setExact(false)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("霧島　一郎");
        assertThat(page.locator("section[aria-labelledby='setai-title'] tbody tr")).hasCount(2);
        shot(page, "23-shokai-after-refresh");

        // logout ends the session at Keycloak too: the next login asks for the password again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
        page.waitForURL(url -> url.startsWith(suite.portalUrl()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ログイン"))).isVisible();
        assertThat(page.getByText("未ログイン")).isVisible();
        assertThat(page.locator("#nav")).isHidden();
        assertThat(page.evaluate("sessionStorage.getItem('kikan.session')")).isNull();
        shot(page, "24-logged-out");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
        assertThat(page.locator("#password")).isVisible();
        context.close();
    }

    static void search(Page page, String kana) {
        page.getByLabel("カナ（氏名フリガナ）").fill(kana);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true)).click();
    }

    static Map<?, ?> session(Page page) throws Exception {
        Object json = page.evaluate("sessionStorage.getItem('kikan.session')");
        assertThat(json).as("a session in sessionStorage").isNotNull();
        return Suite.JSON.readValue(json.toString(), Map.class);
    }

    /** The aud claim of the session's access token. */
    static String audience(Map<?, ?> session) throws Exception {
        String payload = session.get("access_token").toString().split("\\.")[1];
        return Suite.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).path("aud").toString();
    }

    static Map<String, Object> tennyu(String uji, String kana) {
        Map<String, Object> jusho = Map.of("jusho_shikuchosonkodo", "999997", "jusho_choazakodo", "0001001",
                "jusho_yubinbango", "9990001", "jusho_todofuken", "架空県", "jusho_shikugunchosonmei", "みなみ市",
                "jusho_choaza", "みなみ町一丁目", "jusho_banchigohyoki", "3番地3");
        return Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01", "jusho", jusho,
                "tennyumaejusho", "東京都千代田区千代田1番1号",
                "members", List.of(
                        person(uji + "　一郎", kana + "　イチロウ", "1980-04-01", "1", "世帯主"),
                        person(uji + "　花子", kana + "　ハナコ", "1982-05-05", "2", "妻")));
    }

    static Map<String, Object> person(String shimei, String furigana, String seinengappi, String seibetsu, String zokugara) {
        return Map.of("shimei", shimei, "shimei_furigana", furigana, "seinengappi", seinengappi, "seibetsu", seibetsu,
                "zokugara", zokugara, "honseki", "架空県みなみ市みなみ町一丁目1番地", "hittosha", shimei);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
