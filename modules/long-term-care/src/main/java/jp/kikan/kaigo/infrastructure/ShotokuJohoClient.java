package jp.kikan.kaigo.infrastructure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.platform.quarkus.feed.consumer.ClientCredentials;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Local tax's income information (operation getShotokuJoho of contracts/local-tax/v1.yaml, scope
 * 010:shotoku-joho:Read) into the model generated from that contract, with a service client's token (the platform's
 * client credentials). A person local tax does not know is empty — never an income of 0.
 */
@ApplicationScoped
public class ShotokuJohoClient {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @ConfigProperty(name = "kikan.shotoku-joho.url")
    String url;

    @ConfigProperty(name = "kikan.shotoku-joho.token-url")
    String tokenUrl;

    @ConfigProperty(name = "kikan.shotoku-joho.client-id")
    String clientId;

    @ConfigProperty(name = "kikan.shotoku-joho.client-secret")
    String secret;

    @ConfigProperty(name = "kikan.shotoku-joho.auth-method")
    String authMethod;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile ClientCredentials tokens;

    public Optional<ShotokuJoho> shotokuJoho(String atenabango, int nendo) {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/v1/shotoku-joho/"
                        + URLEncoder.encode(atenabango, StandardCharsets.UTF_8) + "?nendo=" + nendo))
                        .header("Authorization", "Bearer " + tokens().current()).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(10)).GET().build();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (res.statusCode() == 401 && attempt == 0) {
                    tokens().invalidate();
                    continue;
                }
                if (res.statusCode() == 404) {
                    return Optional.empty();
                }
                if (res.statusCode() != 200) {
                    throw new IllegalStateException("local tax's income information answered " + res.statusCode());
                }
                return Optional.of(JSON.readValue(res.body(), ShotokuJoho.class));
            }
        } catch (IOException e) {
            throw new IllegalStateException("local tax's income information is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ClientCredentials tokens() {
        if (tokens == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new ClientCredentials(http, JSON, URI.create(tokenUrl), clientId, secret, "010:shotoku-joho:Read",
                            "client-secret-jwt".equals(authMethod) ? ClientCredentials.AuthMethod.CLIENT_SECRET_JWT
                                    : ClientCredentials.AuthMethod.CLIENT_SECRET_BASIC, Clock.systemUTC());
                }
            }
        }
        return tokens;
    }
}
