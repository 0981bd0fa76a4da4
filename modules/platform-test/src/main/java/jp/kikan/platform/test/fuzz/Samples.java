package jp.kikan.platform.test.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Valid values for a contract's schemas — the well-formed request each mutation starts from, so that the
 * one thing a case breaks is the only thing wrong with it. A service gives real values by property or
 * parameter name (an existing 宛名番号, a 世帯番号) so that whatever passes the contract reaches its use cases.
 */
public final class Samples {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DEPTH = 5;

    private final Map<String, Object> byName;
    private final Predicate<String> isDate;

    /**
     * @param byName  valid values by property/parameter name (String, Number, Boolean, List or Map)
     * @param isDate  which string properties and parameters hold dates (西暦 or 和暦)
     */
    public Samples(Map<String, Object> byName, Predicate<String> isDate) {
        this.byName = Map.copyOf(byName);
        this.isDate = isDate;
    }

    public boolean isDate(String name) {
        return name != null && isDate.test(name);
    }

    /** A valid value for the schema under this name, as JSON. */
    public JsonNode value(String name, Schema<?> schema) {
        return value(name, schema, 0);
    }

    /** The same as text, for a parameter. */
    public String text(String name, Schema<?> schema) {
        JsonNode v = value(name, schema);
        return v.isTextual() ? v.textValue() : v.toString();
    }

    private JsonNode value(String name, Schema<?> s, int depth) {
        if (name != null && byName.containsKey(name) && fits(byName.get(name), s)) {
            Object given = byName.get(name);
            // one value for a name: a list of 宛名番号 gets the 宛名番号 as its one item
            if ("array".equals(Schemas.type(s)) && !(given instanceof List)) {
                return F.arrayNode().add(MAPPER.<JsonNode>valueToTree(given));
            }
            return MAPPER.valueToTree(given);
        }
        if (s == null) {
            return F.textNode("a");
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return MAPPER.valueToTree(s.getEnum().get(0));
        }
        String type = Schemas.type(s);
        switch (type) {
            case "integer", "number" -> {
                BigDecimal v = s.getMinimum() != null ? s.getMinimum() : BigDecimal.ONE;
                return F.numberNode(v.longValue());
            }
            case "boolean" -> {
                return F.booleanNode(false);
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                int n = Math.max(1, s.getMinItems() == null ? 1 : s.getMinItems());
                for (int i = 0; i < n && depth < MAX_DEPTH; i++) {
                    a.add(value(name, s.getItems(), depth + 1));
                }
                return a;
            }
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (depth < MAX_DEPTH && s.getProperties() != null) {
                    for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                        o.set(p.getKey(), value(p.getKey(), p.getValue(), depth + 1));
                    }
                }
                return o;
            }
            default -> {
                return F.textNode(string(name, s));
            }
        }
    }

    /** A value given by name is used where it fits: "子" for the string zokugara, not for a list of objects. */
    private static boolean fits(Object given, Schema<?> s) {
        String type = Schemas.type(s);
        if (given instanceof Map) {
            return type.equals("object");
        }
        if (given instanceof List) {
            return type.equals("array");
        }
        if (type.equals("array")) {
            return !Schemas.type(s.getItems()).equals("object") && !Schemas.type(s.getItems()).equals("array");
        }
        return !type.equals("object");
    }

    private String string(String name, Schema<?> s) {
        if ("uuid".equals(s.getFormat())) {
            return "00000000-0000-4000-8000-000000000000";
        }
        if ("date".equals(s.getFormat()) || isDate(name)) {
            return "2024-04-01";
        }
        if (s.getPattern() != null) {
            return Patterns.sample(s.getPattern());
        }
        int min = s.getMinLength() == null ? 1 : s.getMinLength();
        return "テ".repeat(Math.max(1, min));
    }

    /** Property names of an object schema, required ones first. */
    static List<String> required(Schema<?> s) {
        return s.getRequired() == null ? List.of() : s.getRequired();
    }
}
