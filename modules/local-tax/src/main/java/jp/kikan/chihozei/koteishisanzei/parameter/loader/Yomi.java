package jp.kikan.chihozei.koteishisanzei.parameter.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;

/** A node of a parameter file with its place (file: key.key[index]), so that every refusal says where it is. */
final class Yomi {

    private final JsonNode json;
    private final String file;
    private final String path;

    Yomi(JsonNode json, String file, String path) {
        this.json = json;
        this.file = file;
        this.path = path;
    }

    ParameterException error(String problem) {
        return new ParameterException(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem, file, path, problem, false);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Yomi get(String key) {
        object();
        JsonNode c = json.get(key);
        if (c == null || c.isNull()) {
            String problem = "missing key '" + key + "'";
            throw new ParameterException(file + ": " + child(key) + ": " + problem, file, child(key), problem, true);
        }
        return new Yomi(c, file, child(key));
    }

    Optional<Yomi> opt(String key) {
        object();
        return json.hasNonNull(key) ? Optional.of(get(key)) : Optional.empty();
    }

    /** A typo must not silently fall back to a default: refuses a key not listed. */
    Yomi only(String... keys) {
        object();
        List<String> allowed = Arrays.asList(keys);
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error("unknown key '" + k + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    List<String> keys() {
        object();
        List<String> out = new ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    List<Yomi> list() {
        if (!json.isArray()) {
            throw error("expected a list");
        }
        List<Yomi> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Yomi(json.get(i), file, path + "[" + i + "]"));
        }
        return out;
    }

    String text() {
        if (!json.isTextual()) {
            throw error("expected text, found '" + json + "'");
        }
        return json.asText();
    }

    long whole(long min) {
        if (!json.isIntegralNumber() || !json.canConvertToLong() || json.asLong() < min) {
            throw error("expected a whole number from " + min + ", found '" + json + "'");
        }
        return json.asLong();
    }

    boolean bool() {
        if (!json.isBoolean()) {
            throw error("expected true or false, found '" + json + "'");
        }
        return json.asBoolean();
    }

    /** A rate as quoted text ("1.4%", "1/6"): a bare YAML number would be a binary float. */
    Ritsu ritsu() {
        if (!json.isTextual()) {
            throw error("write a rate as quoted text (\"1.4%\", \"1/6\"), found " + json);
        }
        try {
            Ritsu r = Ritsu.parse(json.asText());
            if (r.times(1_000_000L).signum() < 0) {
                throw error("a rate is not negative: " + json.asText());
            }
            return r;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    Hasu hasu() {
        only("unit", "mode");
        try {
            return new Hasu(get("unit").whole(1), Hasu.Mode.of(get("mode").text()));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw error("expected a date YYYY-MM-DD, found '" + json.asText() + "'");
        }
    }

    ParameterStatus status() {
        try {
            return ParameterStatus.of(text());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private void object() {
        if (!json.isObject()) {
            throw error("expected a mapping (key: value), found " + (json.isArray() ? "a list" : "'" + json + "'"));
        }
    }
}
