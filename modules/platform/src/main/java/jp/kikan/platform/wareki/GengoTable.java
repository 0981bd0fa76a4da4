package jp.kikan.platform.wareki;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads 元号 definitions from the bundled CSV and from the configuration string. */
final class GengoTable {

    static final String RESOURCE = "/jp/kikan/platform/wareki/gengo.csv";
    static final String PROPERTY = "kikan.wareki.additional-gengo";
    static final String ENV = "KIKAN_WAREKI_ADDITIONAL_GENGO";

    private GengoTable() {
    }

    static List<Gengo> bundled() {
        try (InputStream in = GengoTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("元号 table not found on classpath: " + RESOURCE);
            }
            List<Gengo> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                result.add(parseOne(trimmed.split(",", -1), trimmed));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The configured additional 元号: system property first, else environment variable, else none. */
    static String configuredSpec() {
        String spec = System.getProperty(PROPERTY);
        return spec != null && !spec.isBlank() ? spec : System.getenv(ENV);
    }

    /**
     * Parses {@code name:romaji:abbr:YYYY-MM-DD;name:romaji:abbr:YYYY-MM-DD}. A malformed entry fails
     * loudly: silently ignoring a misconfigured new 元号 would print wrong dates on certificates.
     */
    static List<Gengo> parseSpec(String spec) {
        List<Gengo> result = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return result;
        }
        for (String entry : spec.split(";")) {
            if (!entry.isBlank()) {
                result.add(parseOne(entry.strip().split(":", -1), entry));
            }
        }
        return result;
    }

    private static Gengo parseOne(String[] parts, String source) {
        if (parts.length != 4) {
            throw new IllegalArgumentException("元号 definition needs name, romaji, abbreviation, start: " + source);
        }
        try {
            return new Gengo(parts[0], parts[1], parts[2], LocalDate.parse(parts[3].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("元号 start date is not YYYY-MM-DD: " + source, e);
        }
    }
}
