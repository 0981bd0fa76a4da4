package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What the conformance tools need from one contract file, read as plain YAML: the operations with their
 * {@code x-kikan-function} keys and every schema property / parameter carrying {@code x-standard-item}.
 */
public record ContractModel(Path file, String service, int major, Object openapiVersion,
        List<Operation> operations, List<StandardItemRef> standardItems) {

    /** The file cannot be parsed as YAML. */
    public static final class InvalidContractException extends IllegalArgumentException {
        public InvalidContractException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation. {@code functions} is empty when x-kikan-function is missing. */
    public record Operation(String method, String path, String operationId, List<String> functions) {
        public String label() {
            return method.toUpperCase() + " " + path + (operationId == null ? "" : " (" + operationId + ")");
        }
    }

    /** A property or parameter marked x-standard-item. {@code romaji} is the optional explicit romaji key. */
    public record StandardItemRef(String pointer, String fieldName, String name, String id, String romaji) {}

    public static ContractModel load(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static ContractModel parse(Path file, String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Object doc;
        try {
            doc = new Yaml(options).load(yamlText);
        } catch (RuntimeException e) {
            throw new InvalidContractException((file == null ? "contract" : file.toString()) + " is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        }
        Map<String, Object> root = doc instanceof Map ? (Map<String, Object>) doc : Map.of();
        List<Operation> ops = new ArrayList<>();
        if (root.get("paths") instanceof Map<?, ?> paths) {
            for (Map.Entry<?, ?> pe : paths.entrySet()) {
                if (!(pe.getValue() instanceof Map<?, ?> item)) {
                    continue;
                }
                for (String m : METHODS) {
                    if (item.get(m) instanceof Map<?, ?> op) {
                        Object id = op.get("operationId");
                        ops.add(new Operation(m, String.valueOf(pe.getKey()), id == null ? null : String.valueOf(id),
                                strings(op.get("x-kikan-function"))));
                    }
                }
            }
        }
        List<StandardItemRef> refs = new ArrayList<>();
        walk(root, "#", refs);
        return new ContractModel(file, file == null ? "" : Repo.service(file), file == null ? -1 : Repo.major(file),
                root.get("openapi"), ops, refs);
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    private static void walk(Object node, String pointer, List<StandardItemRef> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("properties") instanceof Map<?, ?> props) {
                for (Map.Entry<?, ?> e : props.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> schema && schema.containsKey("x-standard-item")) {
                        out.add(ref(pointer + "/properties/" + e.getKey(), String.valueOf(e.getKey()),
                                schema.get("x-standard-item")));
                    }
                }
            }
            if (map.containsKey("in") && map.containsKey("name") && map.containsKey("x-standard-item")) {
                out.add(ref(pointer, String.valueOf(map.get("name")), map.get("x-standard-item")));
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), pointer + "/" + e.getKey(), out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static StandardItemRef ref(String pointer, String field, Object marker) {
        if (marker instanceof Map<?, ?> m) {
            return new StandardItemRef(pointer, field, str(m.get("name")), str(m.get("id")), str(m.get("romaji")));
        }
        return new StandardItemRef(pointer, field, str(marker), null, null);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
