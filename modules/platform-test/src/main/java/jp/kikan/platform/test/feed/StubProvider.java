package jp.kikan.platform.test.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Another service's side of an API, for a consumer's own tests: an HTTP server on a free port with a token endpoint
 * (client credentials, client_secret_basic as {@code clientId:test-secret}) whose token alone opens the provider's
 * paths. Subclasses add the paths and what they answer (held to the provider's contract).
 */
public abstract class StubProvider implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "test-secret";

    private final String clientId;
    private final String token = UUID.randomUUID().toString();
    private HttpServer server;

    protected StubProvider(String clientId) {
        this.clientId = clientId;
    }

    /** Starts the server with {@code /token} and the given paths; returns its base URL. */
    protected String serve(Map<String, HttpHandler> paths) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/token", this::token);
        paths.forEach((path, handler) -> server.createContext(path, ex -> {
            if (!("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                send(ex, 401, "{\"type\":\"about:blank\",\"title\":\"認証が必要です\",\"status\":401}", "application/problem+json");
                return;
            }
            handler.handle(ex);
        }));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange ex) throws IOException {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}", "application/json");
            return;
        }
        send(ex, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}", "application/json");
    }

    /** The query of a request, decoded. */
    protected static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int i = p.indexOf('=');
                m.put(URLDecoder.decode(p.substring(0, i), StandardCharsets.UTF_8),
                        URLDecoder.decode(p.substring(i + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    protected static void send(HttpExchange ex, int status, String body, String type) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
