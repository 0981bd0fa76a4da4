package jp.kikan.jumin.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kikan.platform.test.TestTokens;

/**
 * A token endpoint as Keycloak's, for one confidential client: the client credentials grant with a
 * client_secret_jwt assertion (HS256 over the secret), answered with a signed access token that expires
 * after {@code lifetimeSeconds} — short, so a consumer must renew it while it works.
 */
final class TokenEndpoint implements AutoCloseable {

    static final String CLIENT = "kikan-tax";
    static final String SECRET = "a-client-secret-of-at-least-32-characters";

    private final HttpServer server;
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    TokenEndpoint(String lgCode, String scope, int lifetimeSeconds) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean ok = "client_credentials".equals(form.get("grant_type")) && validAssertion(form.get("client_assertion"));
            String body = ok ? "{\"access_token\":\"" + TestTokens.serviceClient(CLIENT, lgCode, scope)
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetimeSeconds + "}" : "{\"error\":\"invalid_client\"}";
            (ok ? issued : refused).incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    /** The assertion must be an HS256 JWT over our secret, issued by and about the client. */
    private static boolean validAssertion(String jwt) {
        if (jwt == null) {
            return false;
        }
        String[] p = jwt.split("\\.");
        if (p.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((p[0] + "." + p[1]).getBytes(StandardCharsets.US_ASCII));
            String claims = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8);
            return Arrays.equals(expected, Base64.getUrlDecoder().decode(p[2]))
                    && claims.contains("\"iss\":\"" + CLIENT + "\"") && claims.contains("\"sub\":\"" + CLIENT + "\"");
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(kv -> kv.split("=", 2)).filter(kv -> kv.length == 2)
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8), (a, b) -> b));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
