package jp.kikan.platform.quarkus.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.kikan.platform.quarkus.feed.consumer.ClientCredentials;

/**
 * Reads of another service's API as a service client (client credentials with one scope, the platform's
 * {@link ClientCredentials}): a GET answered 200 is read into the model class generated from the provider's contract
 * (a tolerant reader: a provider may add optional items within its major version), 404 is empty — never a made-up
 * value — and an expired or revoked token is renewed once. Anything else is an error the caller's transaction fails on.
 */
public final class ProviderReads {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String baseUrl;
    private final String what;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ClientCredentials tokens;

    /**
     * @param what       the provider's API as an error message names it (e.g. local tax's income information)
     * @param authMethod {@code client-secret-basic} or {@code client-secret-jwt}
     */
    public ProviderReads(String what, String baseUrl, String tokenUrl, String clientId, String secret, String scope,
            String authMethod) {
        this.what = what;
        this.baseUrl = baseUrl;
        this.tokens = new ClientCredentials(http, JSON, URI.create(tokenUrl), clientId, secret, scope,
                "client-secret-jwt".equals(authMethod) ? ClientCredentials.AuthMethod.CLIENT_SECRET_JWT
                        : ClientCredentials.AuthMethod.CLIENT_SECRET_BASIC, Clock.systemUTC());
    }

    /**
     * From the configuration under {@code prefix}: {@code .url}, {@code .token-url}, {@code .client-id},
     * {@code .client-secret}, {@code .auth-method} (e.g. {@code kikan.shotoku-joho}).
     */
    public static ProviderReads fromConfig(String what, String prefix, String scope) {
        org.eclipse.microprofile.config.Config c = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return new ProviderReads(what, c.getValue(prefix + ".url", String.class), c.getValue(prefix + ".token-url", String.class),
                c.getValue(prefix + ".client-id", String.class), c.getValue(prefix + ".client-secret", String.class), scope,
                c.getValue(prefix + ".auth-method", String.class));
    }

    /** GET {@code pathAndQuery} (already encoded) into {@code type}; empty on 404. */
    public <T> Optional<T> get(String pathAndQuery, Class<T> type) {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                        .header("Authorization", "Bearer " + tokens.current()).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(10)).GET().build();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (res.statusCode() == 401 && attempt == 0) {
                    tokens.invalidate();
                    continue;
                }
                if (res.statusCode() == 404) {
                    return Optional.empty();
                }
                if (res.statusCode() != 200) {
                    throw new IllegalStateException(what + " answered " + res.statusCode());
                }
                return Optional.of(JSON.readValue(res.body(), type));
            }
        } catch (IOException e) {
            throw new IllegalStateException(what + " is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
