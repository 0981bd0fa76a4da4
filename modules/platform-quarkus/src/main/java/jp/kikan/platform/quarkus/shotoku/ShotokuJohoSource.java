package jp.kikan.platform.quarkus.shotoku;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.quarkus.client.ProviderReads;

/**
 * Local tax's 所得情報 (operation getShotokuJoho of contracts/local-tax/v1.yaml, scope 010:shotoku-joho:Read) for a
 * service that assesses on it, read into the model the service generated from that contract: the copy local tax's feed
 * delivered ({@link ShotokuJohoKiroku}) where there is one, else a read of the API as a service client (configuration
 * {@code kikan.shotoku-joho.*}). A person local tax does not know is empty — never an income of 0.
 */
public abstract class ShotokuJohoSource<T> {

    @Inject
    ShotokuJohoKiroku kiroku;

    @Inject
    ObjectMapper mapper;

    private volatile ProviderReads reads;

    /** The model class generated from contracts/local-tax/v1.yaml (ShotokuJoho). */
    protected abstract Class<T> type();

    public Optional<T> shotokuJoho(String lgCode, String atenabango, int nendo) {
        return Optional.ofNullable(shotokuJoho(lgCode, List.of(atenabango), nendo).get(atenabango));
    }

    /** The incomes of these persons for the 年度: the kept copies in one read, the API for the others. */
    public Map<String, T> shotokuJoho(String lgCode, Collection<String> atenabango, int nendo) {
        Map<String, JsonNode> kept = kiroku.read(lgCode, atenabango, nendo);
        Map<String, T> out = new LinkedHashMap<>();
        for (String a : atenabango) {
            JsonNode k = kept.get(a);
            Optional<T> s = k != null ? Optional.of(model(k)) : remote(a, nendo);
            s.ifPresent(v -> out.put(a, v));
        }
        return out;
    }

    private Optional<T> remote(String atenabango, int nendo) {
        ProviderReads r = reads;
        if (r == null) {
            r = reads = ProviderReads.fromConfig("local tax's income information", "kikan.shotoku-joho", "010:shotoku-joho:Read");
        }
        return r.get("/v1/shotoku-joho/" + URLEncoder.encode(atenabango, StandardCharsets.UTF_8) + "?nendo=" + nendo, type());
    }

    private T model(JsonNode node) {
        try {
            return mapper.readerFor(type()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable 所得情報 copy", e);
        }
    }
}
