package jp.kikan.platform.quarkus.contract;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The free-text properties of a contract, marked {@code x-kikan-multiline: true}: only they may hold a
 * line feed, carriage return or tab. Read from the contract's text (by property name, wherever the schema
 * stands) so the contract stays the one place that says which texts are free text.
 */
final class MultilineProperties {

    static final String EXTENSION = "x-kikan-multiline";

    private MultilineProperties() {
    }

    static Set<String> of(String contractText) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Set<String> out = new TreeSet<>();
        walk(new Yaml(options).load(contractText), out);
        return out;
    }

    private static void walk(Object node, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("properties") instanceof Map<?, ?> props) {
                props.forEach((name, schema) -> {
                    if (schema instanceof Map<?, ?> s && Boolean.TRUE.equals(s.get(EXTENSION))) {
                        out.add(String.valueOf(name));
                    }
                });
            }
            map.values().forEach(v -> walk(v, out));
        } else if (node instanceof Iterable<?> list) {
            list.forEach(v -> walk(v, out));
        }
    }
}
