package jp.kikan.kokuho.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.platform.quarkus.client.ProviderReads;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Local tax's income information (operation getShotokuJoho of contracts/local-tax/v1.yaml, scope
 * 010:shotoku-joho:Read) into the model generated from that contract, as a service client (the platform's
 * {@link ProviderReads}). A person local tax does not know is empty — never an income of 0.
 */
@ApplicationScoped
public class ShotokuJohoClient {

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

    private volatile ProviderReads reads;

    public Optional<ShotokuJoho> shotokuJoho(String atenabango, int nendo) {
        return reads().get("/v1/shotoku-joho/" + URLEncoder.encode(atenabango, StandardCharsets.UTF_8) + "?nendo=" + nendo,
                ShotokuJoho.class);
    }

    private ProviderReads reads() {
        if (reads == null) {
            synchronized (this) {
                if (reads == null) {
                    reads = new ProviderReads("local tax's income information", url, tokenUrl, clientId, secret,
                            "010:shotoku-joho:Read", authMethod);
                }
            }
        }
        return reads;
    }
}
