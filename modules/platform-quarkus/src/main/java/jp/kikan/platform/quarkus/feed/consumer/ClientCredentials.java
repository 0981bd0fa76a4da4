package jp.kikan.platform.quarkus.feed.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An access token for a service client, by the OAuth 2.0 client credentials grant (共通機能標準仕様書 第2.7版
 * §2.2.5: per 業務 one confidential client, short-lived tokens, no refresh token). The client authenticates
 * with {@code client_secret_jwt} (HS256, the standard's method) or {@code client_secret_basic} (its
 * fallback). The token is kept until shortly before it expires and then obtained anew; a provider that
 * answers 401 makes the consumer {@link #invalidate()} it and ask again.
 */
public final class ClientCredentials {

    public enum AuthMethod { CLIENT_SECRET_JWT, CLIENT_SECRET_BASIC }

    /** Renew this long before expiry, so a token never expires on its way to the provider. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String secret;
    private final String scope;
    private final AuthMethod method;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(HttpClient http, ObjectMapper mapper, URI tokenEndpoint, String clientId, String secret,
            String scope, AuthMethod method, Clock clock) {
        this.http = http;
        this.mapper = mapper;
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.secret = secret;
        this.scope = scope;
        this.method = method;
        this.clock = clock;
    }

    /** A token valid for at least {@link #SKEW} more. */
    public synchronized String current() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            obtain();
        }
        return token;
    }

    /** The provider refused the token (401): the next {@link #current()} obtains a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void obtain() throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (scope != null && !scope.isBlank()) {
            form.append("&scope=").append(enc(scope));
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (method == AuthMethod.CLIENT_SECRET_BASIC) {
            req.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8)));
        } else {
            form.append("&client_id=").append(enc(clientId))
                    .append("&client_assertion_type=").append(enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
                    .append("&client_assertion=").append(enc(assertion()));
        }
        HttpResponse<String> res = http.send(req.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() != 200) {
            throw new IOException("token endpoint " + tokenEndpoint + " answered " + res.statusCode());
        }
        JsonNode body = mapper.readTree(res.body());
        String t = body.path("access_token").asText(null);
        if (t == null || t.isBlank()) {
            throw new IOException("token endpoint " + tokenEndpoint + " gave no access_token");
        }
        long expiresIn = body.path("expires_in").asLong(60);
        token = t;
        renewAt = clock.instant().plusSeconds(expiresIn).minus(SKEW);
    }

    /** RFC 7523 client assertion signed with the client secret (HS256), valid for one minute. */
    private String assertion() {
        long now = clock.instant().getEpochSecond();
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"" + clientId + "\",\"sub\":\"" + clientId + "\",\"aud\":\"" + tokenEndpoint
                + "\",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + 60) + "}");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
