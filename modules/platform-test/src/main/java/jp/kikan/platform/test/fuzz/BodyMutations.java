package jp.kikan.platform.test.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bad bodies for one operation, each the valid sample with exactly one thing broken: a required property
 * missing, a property the schema does not declare, a value of another kind, null, a null or mistyped array
 * item, a refused character (NUL, C0, DEL, C1, lone surrogates, U+FFFD, a noncharacter, a line break outside
 * free text), a string too long, an enum value padded or in another case, a pattern broken, a number out of
 * range, an implausible date (year 0000, 9999).
 */
final class BodyMutations {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** What must never stand in text; a line break only in free text. */
    static final Map<String, String> BAD_TEXT = Map.of("NUL", "a\u0000b", "C0", "a\u0001b", "DEL", "a\u007fb",
            "C1", "a\u0085b", "lone high surrogate", "a\uD842b", "lone low surrogate", "a\uDFB7b",
            "U+FFFD", "a\uFFFDb", "noncharacter", "a\uFFFEb");

    /** One broken body: what is wrong, and the JSON. */
    record Mutant(String what, JsonNode body) {
    }

    private final Samples samples;
    private final List<Mutant> out = new ArrayList<>();
    private final JsonNode root;

    private BodyMutations(Samples samples, JsonNode root) {
        this.samples = samples;
        this.root = root;
    }

    static List<Mutant> of(Samples samples, Schema<?> schema, JsonNode valid) {
        BodyMutations m = new BodyMutations(samples, valid);
        m.walk(schema, valid, List.of(), null);
        return m.out;
    }

    private void walk(Schema<?> s, JsonNode node, List<Object> path, String name) {
        String type = Schemas.type(s);
        switch (type) {
            case "object" -> object(s, node, path);
            case "array" -> array(s, node, path, name);
            case "integer", "number" -> number(s, path);
            case "boolean" -> {
                put(path, "a boolean as a string", F.textNode("true"));
                put(path, "a number for a boolean", F.numberNode(1));
            }
            default -> string(s, node, path, name);
        }
        if (!path.isEmpty()) {
            put(path, "null", F.nullNode());
        }
    }

    private void object(Schema<?> s, JsonNode node, List<Object> path) {
        if (!node.isObject()) {
            return;
        }
        if (!path.isEmpty()) {
            put(path, "a string for an object", F.textNode("x"));
            put(path, "an array for an object", F.arrayNode());
        }
        for (String r : Samples.required(s)) {
            edit(path, "required " + r + " missing", o -> ((ObjectNode) o).remove(r));
        }
        edit(path, "an undeclared property", o -> ((ObjectNode) o).put("kikan_fuzz_undeclared", 1));
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                if (node.has(p.getKey())) {
                    walk(p.getValue(), node.get(p.getKey()), with(path, p.getKey()), p.getKey());
                }
            }
        }
    }

    private void array(Schema<?> s, JsonNode node, List<Object> path, String name) {
        put(path, "a single value for a list", node.size() > 0 ? node.get(0) : F.textNode("x"));
        ArrayNode withNull = F.arrayNode().addNull();
        put(path, "a null item", withNull);
        put(path, "an item of another kind", F.arrayNode().add("object".equals(Schemas.type(s.getItems()))
                ? F.textNode("x") : F.objectNode()));
        if (s.getMinItems() != null && s.getMinItems() > 0) {
            put(path, "fewer items than minItems", F.arrayNode());
        }
        if (s.getMaxItems() != null && node.size() > 0) {
            ArrayNode many = F.arrayNode();
            for (int i = 0; i <= s.getMaxItems(); i++) {
                many.add(node.get(0).deepCopy());
            }
            put(path, "more items than maxItems", many);
        }
        if (node.size() > 0) {
            walk(s.getItems(), node.get(0), with(path, 0), name);
        }
    }

    private void number(Schema<?> s, List<Object> path) {
        put(path, "a number as a string", F.textNode("1"));
        put(path, "a boolean for a number", F.booleanNode(true));
        if ("integer".equals(Schemas.type(s))) {
            put(path, "a decimal for an integer", F.numberNode(new BigDecimal("1.5")));
        }
        if (s.getMinimum() != null) {
            put(path, "below minimum", F.numberNode(s.getMinimum().subtract(BigDecimal.ONE)));
        }
        if (s.getMaximum() != null) {
            put(path, "above maximum", F.numberNode(s.getMaximum().add(BigDecimal.ONE)));
        }
        put(path, "beyond int64", F.numberNode(new java.math.BigInteger("99999999999999999999999")));
    }

    private void string(Schema<?> s, JsonNode node, List<Object> path, String name) {
        String valid = node.isTextual() ? node.textValue() : "a";
        put(path, "a number for a string", F.numberNode(123));
        put(path, "a boolean for a string", F.booleanNode(false));
        put(path, "an object for a string", F.objectNode());
        BAD_TEXT.forEach((what, text) -> put(path, what, F.textNode(text)));
        if (!Schemas.isMultiline(s)) {
            put(path, "a line break outside free text", F.textNode("a\nb"));
        }
        if (s.getMaxLength() != null) {
            put(path, "longer than maxLength", F.textNode("ア".repeat(s.getMaxLength() + 1)));
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            String e = String.valueOf(s.getEnum().get(0));
            put(path, "enum value padded", F.textNode(" " + e + " "));
            put(path, "enum value with a trailing space", F.textNode(e + " "));
            if (!e.toUpperCase().equals(e)) {
                put(path, "enum value in another case", F.textNode(e.toUpperCase()));
            }
            put(path, "not an enum value", F.textNode(e + "x"));
        }
        if (s.getPattern() != null) {
            put(path, "pattern broken", F.textNode(valid + "x"));
        }
        if (samples.isDate(name) || "date".equals(s.getFormat())) {
            put(path, "year 0000", F.textNode("0000-01-01"));
            put(path, "year 9999", F.textNode("9999-12-31"));
            put(path, "a day that does not exist", F.textNode("2024-02-30"));
        }
    }

    private void put(List<Object> path, String what, JsonNode value) {
        if (path.isEmpty()) {
            out.add(new Mutant(what, value));
            return;
        }
        List<Object> parent = path.subList(0, path.size() - 1);
        Object last = path.get(path.size() - 1);
        edit(parent, Fields.of(path) + ": " + what, p -> {
            if (last instanceof Integer i) {
                ((ArrayNode) p).set(i, value);
            } else {
                ((ObjectNode) p).set((String) last, value);
            }
        });
    }

    private void edit(List<Object> path, String what, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        JsonNode target = copy;
        for (Object step : path) {
            target = step instanceof Integer i ? target.get(i) : target.get((String) step);
        }
        change.accept(target);
        out.add(new Mutant(what.contains(":") ? what : (path.isEmpty() ? "" : Fields.of(path) + ": ") + what, copy));
    }

    private static List<Object> with(List<Object> path, Object step) {
        List<Object> p = new ArrayList<>(path);
        p.add(step);
        return p;
    }
}
