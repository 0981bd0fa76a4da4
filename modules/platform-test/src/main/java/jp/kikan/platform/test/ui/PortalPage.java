package jp.kikan.platform.test.ui;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The staff portal as a service's browser test needs it: its screens (the test-jar of modules/staff-portal,
 * kikan-staff-portal/ on the classpath) served on a port of their own — another origin than the service,
 * as in production, so every API call is a real CORS request — with the config.json the portal server
 * would write when only the service under test is configured ({@link #serviceId()}); the system's Chromium, headless,
 * a fresh browser context per test logged in as the department's clerk ({@link #clerkToken()}; the token in
 * sessionStorage, as the login would leave it), and full-page screenshots in target/ui-screenshots/.
 */
public abstract class PortalPage {

    protected static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    protected static final Path SHOTS = Paths.get("target", "ui-screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private static HttpServer portal;
    /** The service the served config.json names (set before each test opens its page). */
    private static volatile String configured;
    protected BrowserContext context;
    protected Page page;
    /** The Origin header of each request the page sent to the service. */
    protected final List<String> apiOrigins = new CopyOnWriteArrayList<>();

    /** The portal's id of the service under test (config.json services.&lt;id&gt;: zeimu, kokuho …). */
    protected abstract String serviceId();

    /** The token of the department's clerk each test starts with. */
    protected abstract String clerkToken();

    @BeforeAll
    public static void startBrowser() throws IOException {
        playwright = Files.isExecutable(CHROMIUM) ? Playwright.create() : null;
        browser = launch(playwright);
        Files.createDirectories(SHOTS);
        portal = serve();
    }

    @AfterAll
    public static void stopBrowser() {
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

    @BeforeEach
    public void openContext() {
        configured = serviceId();
        open(clerkToken());
    }

    /** A fresh browser context logged in with the token (the clerk's by default; the 支援措置担当's in a test). */
    protected void open(String token) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setTimezoneId("Asia/Tokyo")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onRequest(r -> {
            if (r.url().startsWith(service() + "/")) {
                apiOrigins.add(String.valueOf(r.headerValue("origin")));
            }
        });
        context.addInitScript("sessionStorage.setItem('kikan.session', JSON.stringify({access_token: '" + token + "'}))");
    }

    @AfterEach
    public void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    protected String ui() {
        return "http://localhost:" + portal.getAddress().getPort() + "/";
    }

    protected void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A tab of a screen (照会 / 賦課 / 賦課履歴 …). */
    protected Locator tab(String name) {
        return page.locator("nav.tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** An amount as the screens show it: 116,500円. */
    protected static String yen(long n) {
        return String.format("%,d円", n);
    }

    /** Fails with CI=true when Chromium is missing (a gate that cannot pass by skipping), skips otherwise. */
    private static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            String msg = "Chromium not found at " + CHROMIUM + ": install the Debian package 'chromium' "
                    + "(.ci/run does) to run the browser tests of the staff screens";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg);
            }
            Assumptions.abort(msg + " — skipped outside CI");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-quic", "--no-first-run",
                        "--disable-component-update", "--disable-sync")));
    }

    private static HttpServer serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", PortalPage::serveFile);
        server.start();
        return server;
    }

    /** The service under test, as the screens call it. */
    protected static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    private static void serveFile(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body;
        String type;
        if (path.equals("/config.json")) {
            String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
            body = ("{\"oidc\":\"" + issuer + "\",\"clientId\":\"kikan-staff\","
                    + "\"services\":{\"" + configured + "\":{\"baseUrl\":\"" + service() + "\"}}}").getBytes(StandardCharsets.UTF_8);
            type = "application/json";
        } else {
            String file = path.equals("/") ? "index.html" : path.substring(1);
            try (InputStream in = file.contains("..") ? null
                    : PortalPage.class.getClassLoader().getResourceAsStream("kikan-staff-portal/" + file)) {
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
}
