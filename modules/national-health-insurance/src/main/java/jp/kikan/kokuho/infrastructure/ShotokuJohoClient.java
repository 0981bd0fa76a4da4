package jp.kikan.kokuho.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.platform.quarkus.client.ProviderReads;

/**
 * Local tax's income information (operation getShotokuJoho of contracts/local-tax/v1.yaml, scope
 * 010:shotoku-joho:Read, configuration kikan.shotoku-joho.*) into the model generated from that contract, as a service
 * client (the platform's {@link ProviderReads}). A person local tax does not know is empty — never an income of 0.
 */
@ApplicationScoped
public class ShotokuJohoClient {

    private volatile ProviderReads reads;

    public Optional<ShotokuJoho> shotokuJoho(String atenabango, int nendo) {
        ProviderReads r = reads;
        if (r == null) {
            r = reads = ProviderReads.fromConfig("local tax's income information", "kikan.shotoku-joho", "010:shotoku-joho:Read");
        }
        return r.get("/v1/shotoku-joho/" + URLEncoder.encode(atenabango, StandardCharsets.UTF_8) + "?nendo=" + nendo,
                ShotokuJoho.class);
    }
}
