package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;

/** A YAML node with its path (file: key.key[index]) so that every error says where it is. */
final class Node {

    private final JsonNode json;
    private final String file;
    /** The path inside the file: "" at its top, then key.key[index]. */
    private final String inner;

    Node(JsonNode json, String file) {
        this(json, file, "");
    }

    private Node(JsonNode json, String file, String inner) {
        this.json = json;
        this.file = file;
        this.inner = inner;
    }

    String path() {
        return inner.isEmpty() ? file + ":" : file + ": " + inner;
    }

    ParameterException error(String message) {
        return new ParameterException(path() + (inner.isEmpty() ? " " : ": ") + message, file, inner, message, false);
    }

    private String child(String key) {
        return inner.isEmpty() ? key : inner + "." + key;
    }

    boolean has(String key) {
        return json.isObject() && json.has(key) && !json.get(key).isNull();
    }

    Node get(String key) {
        requireObject();
        JsonNode child = json.get(key);
        if (child == null || child.isNull()) {
            String problem = "missing key '" + key + "'";
            throw new ParameterException(path() + (inner.isEmpty() ? " " : ": ") + problem, file, child(key), problem, true);
        }
        return new Node(child, file, child(key));
    }

    Optional<Node> opt(String key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    /** Refuses a key that is not one of the allowed (a typo must not silently fall back to a default). */
    Node allowOnly(String... keys) {
        requireObject();
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(keys));
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error("unknown key '" + name + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    List<String> keys() {
        requireObject();
        List<String> out = new ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    List<Node> list() {
        if (!json.isArray()) {
            throw error("expected a list");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), file, inner + "[" + i + "]"));
        }
        return out;
    }

    <T> List<T> list(Function<Node, T> reader) {
        return list().stream().map(reader).toList();
    }

    long asLong() {
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            throw error("expected a whole number of yen, found '" + json.asText() + "'");
        }
        return json.asLong();
    }

    int asInt() {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw error("expected a whole number, found '" + json.asText() + "'");
        }
        return json.asInt();
    }

    boolean asBoolean() {
        if (!json.isBoolean()) {
            throw error("expected true or false, found '" + json.asText() + "'");
        }
        return json.asBoolean();
    }

    String asText() {
        if (!json.isTextual()) {
            throw error("expected text, found '" + json + "'");
        }
        return json.asText();
    }

    /** A rate written as text ("6%", "0.9", "3/5"); a bare YAML number would be a binary float. */
    Ritsu asRitsu() {
        if (!json.isTextual()) {
            throw error("write a rate as quoted text (\"6%\", \"0.9\", \"3/5\"), found " + json);
        }
        try {
            return Ritsu.parse(json.asText());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    Hasu asHasu() {
        allowOnly("unit", "mode");
        try {
            return new Hasu(get("unit").asLong(), Hasu.Mode.of(get("mode").asText()));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    ParameterStatus asStatus() {
        try {
            return ParameterStatus.of(asText());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private void requireObject() {
        if (!json.isObject()) {
            throw error("expected a mapping (key: value), found " + (json.isArray() ? "a list" : "'" + json.asText() + "'"));
        }
    }
}
