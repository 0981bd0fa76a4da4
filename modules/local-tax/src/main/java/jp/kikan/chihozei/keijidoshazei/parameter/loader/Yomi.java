package jp.kikan.chihozei.keijidoshazei.parameter.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A YAML / JSON node with its path, so that every refusal names file and place. */
record Yomi(JsonNode json, String file, String path) {

    KeijidoshazeiParameterException error(String what) {
        return new KeijidoshazeiParameterException(file, path, what);
    }

    Yomi get(String key) {
        object();
        JsonNode c = json.get(key);
        if (c == null || c.isNull()) {
            throw error("missing key '" + key + "'");
        }
        return child(c, key);
    }

    boolean has(String key) {
        return json.isObject() && json.hasNonNull(key);
    }

    Yomi only(Set<String> allowed) {
        object();
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw error("unknown key '" + n + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    List<String> keys() {
        object();
        List<String> out = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    List<Yomi> list() {
        if (!json.isArray() || json.isEmpty()) {
            throw error("expected a list with at least one entry");
        }
        List<Yomi> out = new java.util.ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Yomi(json.get(i), file, path + "[" + i + "]"));
        }
        return out;
    }

    String text() {
        if (!json.isTextual() || json.asText().isBlank()) {
            throw error("expected text, found " + json);
        }
        return json.asText();
    }

    long yen() {
        if (!json.isIntegralNumber() || !json.canConvertToLong() || json.asLong() < 0) {
            throw error("expected a whole number of yen (0 or more), found " + json);
        }
        return json.asLong();
    }

    int whole(int min, int max) {
        if (!json.isIntegralNumber() || !json.canConvertToInt() || json.asInt() < min || json.asInt() > max) {
            throw error("expected a whole number " + min + "–" + max + ", found " + json);
        }
        return json.asInt();
    }

    boolean bool() {
        if (!json.isBoolean()) {
            throw error("expected true or false, found " + json);
        }
        return json.asBoolean();
    }

    YearMonth nengetsu() {
        try {
            return YearMonth.parse(text());
        } catch (DateTimeException e) {
            throw error("expected a year-month 2015-04, found " + json);
        }
    }

    MonthDay tsukihi() {
        try {
            return MonthDay.parse("--" + text());
        } catch (DateTimeException e) {
            throw error("expected a month-day 04-01, found " + json);
        }
    }

    private Yomi child(JsonNode c, String key) {
        return new Yomi(c, file, path.isEmpty() ? key : path + "." + key);
    }

    private void object() {
        if (!json.isObject()) {
            throw error("expected a mapping (key: value), found " + json);
        }
    }
}
