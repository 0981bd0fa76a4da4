package jp.kikan.system;

import static jp.kikan.system.Processes.deleteTree;
import static jp.kikan.system.Processes.env;
import static jp.kikan.system.Processes.freePort;
import static jp.kikan.system.Processes.jar;
import static jp.kikan.system.Processes.randomKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The suite as deploy/local/run.sh runs it, each piece a process of its own on a free port:
 * PostgreSQL (embedded, in this JVM; one database per service), Keycloak (start-dev, the demo realm with the
 * test's token lifespan and portal origin), resident-records, local-tax (reading resident-records' feed over
 * HTTP as the service client kikan-tax), national-health-insurance and long-term-care (reading both services as
 * kikan-kokuho and kikan-kaigo) and the staff portal (their packaged jars). One suite serves every test
 * class of the run ({@link #shared}); it stops when the JVM does.
 */
final class Suite implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("kikan.root", "../..")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(System.getProperty("kikan.work", "target/system-tests")).toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final int keycloakPort = freePort();
    final int servicePort = freePort();
    final int portalPort = freePort();
    final int taxPort = freePort();
    final int kokuhoPort = freePort();
    final int kaigoPort = freePort();
    private EmbeddedPostgres postgres;
    private LocalProcess tax;
    private LocalProcess kokuho;
    private LocalProcess kaigo;
    private int taxStarts;
    private static Suite shared;
    private LocalProcess keycloak;
    private LocalProcess service;
    private LocalProcess portal;

    String issuer() {
        return "http://localhost:" + keycloakPort + "/realms/kikan";
    }

    String serviceUrl() {
        return "http://localhost:" + servicePort;
    }

    String taxUrl() {
        return "http://localhost:" + taxPort;
    }

    String kokuhoUrl() {
        return "http://localhost:" + kokuhoPort;
    }

    String kaigoUrl() {
        return "http://localhost:" + kaigoPort;
    }

    /** The suite of this test run, started by the first test class that asks for it. */
    static synchronized Suite shared(int accessTokenLifespanSeconds) throws IOException {
        if (shared == null) {
            shared = start(accessTokenLifespanSeconds);
        }
        return shared;
    }

    /** The local-tax database, as its owner (to check what the service stored). */
    java.sql.Connection taxDatabase() throws java.sql.SQLException {
        return postgres.getDatabase("kikan_owner", "kikan_tax").getConnection();
    }

    /** Starts (or restarts) local-tax on its port and waits until it is ready. */
    synchronized void startLocalTax() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        tax = LocalProcess.start("local-tax-" + (++taxStarts), List.of(java, "-Xmx384m", "-jar", jar("modules/local-tax")), env(
                "QUARKUS_HTTP_PORT", String.valueOf(taxPort), "KIKAN_MANAGEMENT_PORT", String.valueOf(freePort()),
                "DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/kikan_tax",
                "DB_OWNER_USER", "kikan_owner", "DB_OWNER_PASSWORD", "kikan_owner",
                "DB_USER", "kikan_app", "DB_PASSWORD", "kikan_app", "KIKAN_DB_APP_ROLE", "kikan_app",
                "KIKAN_ACCESS_LOG_KEY", randomKey(), "OIDC_URL", issuer(),
                "KIKAN_JUMIN_FEED_ENABLED", "true", "KIKAN_JUMIN_FEED_URL", serviceUrl() + "/v1/renkei/jumin",
                "KIKAN_TOKEN_URL", issuer() + "/protocol/openid-connect/token",
                "KIKAN_TAX_CLIENT_SECRET", "kikan-tax-secret", "KIKAN_JUMIN_FEED_POLL", "200ms",
                "KIKAN_PORTAL_ORIGINS", "http://localhost:" + portalPort), WORK);
        tax.awaitReady(taxUrl() + "/q/health/ready", Duration.ofSeconds(120));
    }

    /**
     * Starts a service that reads residents from resident-records' feed, incomes from local-tax's income API and their
     * 更正 from local-tax's feed, as its service client (as deploy/local/run.sh starts national-health-insurance as
     * kikan-kokuho and long-term-care as kikan-kaigo).
     */
    private LocalProcess startIncomeConsumer(String module, int port, String database, String client) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String env = client.substring("kikan-".length()).toUpperCase(Locale.ROOT);
        LocalProcess p = LocalProcess.start(module.substring("modules/".length()), List.of(java, "-Xmx384m", "-jar",
                jar(module)), env(
                "QUARKUS_HTTP_PORT", String.valueOf(port), "KIKAN_MANAGEMENT_PORT", String.valueOf(freePort()),
                "DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
                "DB_OWNER_USER", "kikan_owner", "DB_OWNER_PASSWORD", "kikan_owner",
                "DB_USER", "kikan_app", "DB_PASSWORD", "kikan_app", "KIKAN_DB_APP_ROLE", "kikan_app",
                "KIKAN_ACCESS_LOG_KEY", randomKey(), "OIDC_URL", issuer(),
                "KIKAN_JUMIN_FEED_ENABLED", "true", "KIKAN_JUMIN_FEED_URL", serviceUrl() + "/v1/renkei/jumin",
                "KIKAN_KOJIN_JUMINZEI_FEED_ENABLED", "true",
                "KIKAN_KOJIN_JUMINZEI_FEED_URL", taxUrl() + "/v1/renkei/kojin-juminzei",
                "KIKAN_SHOTOKU_JOHO_URL", taxUrl(), "KIKAN_TOKEN_URL", issuer() + "/protocol/openid-connect/token",
                "KIKAN_" + env + "_CLIENT_ID", client, "KIKAN_" + env + "_CLIENT_SECRET", client + "-secret",
                "KIKAN_JUMIN_FEED_POLL", "200ms", "KIKAN_PORTAL_ORIGINS", "http://localhost:" + portalPort), WORK);
        p.awaitReady("http://localhost:" + port + "/q/health/ready", Duration.ofSeconds(120));
        return p;
    }

    /** Kills local-tax (SIGKILL): what it had not committed is lost, as in a crash. */
    synchronized void killLocalTax() {
        tax.kill();
    }

    String portalUrl() {
        return "http://localhost:" + portalPort + "/";
    }

    /** Starts everything and waits until each piece answers (Keycloak is the slow one, ~15 s). */
    static Suite start(int accessTokenLifespanSeconds) throws IOException {
        Suite s = new Suite();
        // also when the test JVM is stopped early (Ctrl-C): no Keycloak or service left running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                // best effort
            }
        }));
        try {
            s.postgres = EmbeddedPostgres.builder().start();
            s.keycloak = s.startKeycloak(accessTokenLifespanSeconds);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String dbUrl = s.createDatabase("kikan");
            s.createOwnDatabase("kikan_tax");
            s.createOwnDatabase("kikan_kokuho");
            s.createOwnDatabase("kikan_kaigo");
            s.service = LocalProcess.start("resident-records", List.of(java, "-Xmx512m", "-jar",
                    jar("modules/resident-records")), env(
                    "QUARKUS_HTTP_PORT", String.valueOf(s.servicePort), "KIKAN_MANAGEMENT_PORT", String.valueOf(freePort()),
                    // as in production: migrations as the owner, the service as a role that can only append
                    "DB_URL", dbUrl, "DB_OWNER_USER", "kikan_owner", "DB_OWNER_PASSWORD", "kikan_owner",
                    "DB_USER", "kikan_app", "DB_PASSWORD", "kikan_app", "KIKAN_DB_APP_ROLE", "kikan_app",
                    "KIKAN_ACCESS_LOG_KEY", randomKey(),
                    "OIDC_URL", s.issuer(),
                    "KIKAN_PORTAL_ORIGINS", "http://localhost:" + s.portalPort), WORK);
            s.portal = LocalProcess.start("staff-portal", List.of(java, "-Xmx128m", "-jar", jar("modules/staff-portal")), Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(s.portalPort),
                    "OIDC_URL", s.issuer(),
                    "KIKAN_JUMIN_URL", s.serviceUrl(), "KIKAN_ZEIMU_URL", s.taxUrl()), WORK);
            s.portal.awaitReady(s.portalUrl() + "q/health/ready", Duration.ofSeconds(60));
            s.service.awaitReady(s.serviceUrl() + "/q/health/ready", Duration.ofSeconds(120));
            s.keycloak.awaitReady(s.issuer() + "/.well-known/openid-configuration", Duration.ofSeconds(180));
            s.startLocalTax(); // after Keycloak: its feed consumer needs a token at once
            // after local tax: they read local tax's feed and income API
            s.kokuho = s.startIncomeConsumer("modules/national-health-insurance", s.kokuhoPort, "kikan_kokuho", "kikan-kokuho");
            s.kaigo = s.startIncomeConsumer("modules/long-term-care", s.kaigoPort, "kikan_kaigo", "kikan-kaigo");
            return s;
        } catch (RuntimeException | IOException e) {
            s.close();
            throw e;
        }
    }

    /** A database owned by kikan_owner, with the runtime role kikan_app that the migrations grant rights to. */
    private String createDatabase(String name) throws IOException {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE ROLE kikan_owner LOGIN PASSWORD 'kikan_owner'");
            st.execute("CREATE ROLE kikan_app LOGIN PASSWORD 'kikan_app'");
            st.execute("CREATE DATABASE " + name + " OWNER kikan_owner");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create the service's database", e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    /** Another service's own database on the same server (same owner and runtime roles). */
    private void createOwnDatabase(String name) throws IOException {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER kikan_owner");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot create the database " + name, e);
        }
    }

    private LocalProcess startKeycloak(int accessTokenLifespanSeconds) throws IOException {
        Path home = Path.of(System.getProperty("kikan.keycloak.home")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak not unpacked at " + home + " (maven-dependency-plugin unpack-keycloak)");
        }
        deleteTree(home.resolve("data")); // no realm or H2 store left from an earlier run
        Files.createDirectories(home.resolve("data/import"));
        String realm = testRealm(Files.readString(ROOT.resolve("deploy/keycloak/kikan-realm.json")), portalPort, accessTokenLifespanSeconds);
        Files.writeString(home.resolve("data/import/kikan-realm.json"), realm);
        return LocalProcess.start("keycloak", List.of("/bin/bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(keycloakPort), "--http-management-port", String.valueOf(freePort()),
                "--import-realm"), Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"), WORK);
    }

    /** The demo realm, changed only where the test needs it: the portal's origin and a short token lifespan. */
    static String testRealm(String demoRealm, int portalPort, int accessTokenLifespanSeconds) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(demoRealm);
        realm.put("accessTokenLifespan", accessTokenLifespanSeconds);
        for (JsonNode c : realm.withArray("clients")) {
            if ("kikan-staff".equals(c.path("clientId").asText())) {
                ObjectNode client = (ObjectNode) c;
                client.set("redirectUris", JSON.createArrayNode().add("http://localhost:" + portalPort + "/*"));
                client.set("webOrigins", JSON.createArrayNode().add("http://localhost:" + portalPort));
            }
        }
        return JSON.writeValueAsString(realm);
    }

    /** An access token for a demo user (password grant — the demo realm allows it for kikan-staff). */
    String passwordToken(String user) throws IOException, InterruptedException {
        String form = Stream.of("grant_type=password", "client_id=kikan-staff", "username=" + user, "password=" + user)
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /** A token from the realm's token endpoint with the given form (client credentials, or a password grant). */
    HttpResponse<String> token(String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET on resident-records as {@code token}; returns the HTTP status. */
    int getStatus(String token, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl() + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POSTs a command to resident-records as {@code token}; returns the JSON answer (201 expected). */
    JsonNode post(String token, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Stops the portal, the service, Keycloak and PostgreSQL (whatever was started). */
    @Override
    public synchronized void close() throws IOException {
        for (LocalProcess p : new LocalProcess[] {kaigo, kokuho, tax, portal, service, keycloak}) {
            if (p != null) {
                p.close();
            }
        }
        kaigo = kokuho = tax = portal = service = keycloak = null;
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
