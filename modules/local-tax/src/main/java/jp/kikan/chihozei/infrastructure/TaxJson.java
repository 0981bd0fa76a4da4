package jp.kikan.chihozei.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;

/**
 * The contract's JSON for what is entered (試算, 申告) ⇄ the engine's {@link KazeiNyuryoku}. The contract names
 * the standard's items ({@code shogai_kubun}, {@code hitorioya_kubun}) and writes code values in lower case
 * ({@code tokubetsu_shogaisha}); the engine's records are read from it with those two names mapped and enum
 * constants matched without regard to case. The request was checked against the contract before it gets here.
 */
@ApplicationScoped
public class TaxJson {

    private static final Map<String, String> CONTRACT_TO_ENGINE = Map.of("shogai_kubun", "shogai",
            "hitorioya_kubun", "hitorioya");

    private final ObjectMapper mapper;

    @Inject
    public TaxJson(ObjectMapper standard) {
        this.mapper = standard.copy();
        this.mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
        // what is written here is stored (jsonb) or sent on: on one line, whatever the service's responses do
        this.mapper.configure(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT, false);
    }

    public KazeiNyuryoku nyuryoku(JsonNode body) {
        return nyuryokuOwned(body.deepCopy());
    }

    /** As {@link #nyuryoku(JsonNode)} for a tree made for this call only (it is changed in place). */
    public KazeiNyuryoku nyuryokuOwned(JsonNode body) {
        try {
            return mapper.treeToValue(engineNames(body), KazeiNyuryoku.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("input the contract check let through cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static JsonNode engineNames(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (var e : CONTRACT_TO_ENGINE.entrySet()) {
                if (o.has(e.getKey())) {
                    o.set(e.getValue(), o.remove(e.getKey()));
                }
            }
            o.fields().forEachRemaining(f -> engineNames(f.getValue()));
        } else if (node.isArray()) {
            node.forEach(TaxJson::engineNames);
        }
        return node;
    }
}
