package jp.kikan.chihozei.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped overlay files as the JSON a request carries (a city's published values, as the admin API loads them). */
public final class ParameterDocs {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ParameterDocs() {
    }

    /** A file under parameters/kojin-juminzei/, e.g. {@code municipalities/151009-niigata.yaml}. */
    public static Map<String, Object> shipped(String file) {
        try (InputStream in = ParameterDocs.class.getClassLoader().getResourceAsStream("parameters/kojin-juminzei/" + file)) {
            return YAML.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with one parameter added or replaced in its {@code parameters}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> doc, String key, Map<String, Object> definition) {
        Map<String, Object> copy = new LinkedHashMap<>(doc);
        Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) doc.get("parameters"));
        params.put(key, definition);
        copy.put("parameters", params);
        return copy;
    }

    /** The document with the publication it comes from (required by the admin API). */
    public static Map<String, Object> withSource(Map<String, Object> doc, String source) {
        Map<String, Object> copy = new LinkedHashMap<>(doc);
        copy.put("source", source);
        return copy;
    }

    /** A parameter of one value for 令和3〜8年度. */
    public static Map<String, Object> definition(String nameJa, String legalBasis, String source, Object value) {
        return Map.of("name_ja", nameJa, "legal_basis", legalBasis, "source", source, "status", "confirmed",
                "values", List.of(Map.of("nendo", "R3..R8", "value", value)));
    }

    /** 市町村民税均等割の超過課税 (地方税法第310条: 標準税率を超える税率は条例で定める). */
    public static Map<String, Object> chokakazei(long yen, String source) {
        return definition("市民税均等割の超過課税", "地方税法第310条; 市税条例", source, yen);
    }
}
