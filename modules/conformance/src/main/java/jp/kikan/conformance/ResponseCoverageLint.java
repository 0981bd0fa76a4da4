package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every status a Kikan service can answer an operation with is listed for that operation, with an
 * {@code application/problem+json} body for every error — so a client generated from the contract knows
 * every answer, and the tests' response validation holds for every refusal. What the platform
 * (platform-quarkus) can answer, whatever the service does:
 * <ul>
 *   <li>every operation: 400 (the contract check: parameters, undeclared query parameters, characters),
 *       406 (Accept), 414 (URL over the limit, HttpLimits), 431 (headers over the limit), 500 (anything
 *       unexpected, ProblemMappers);</li>
 *   <li>every operation with security: 401 (no or a bad token) and 403 (role);</li>
 *   <li>every operation with a request body: 413 (body over the limit) and 415 (content type);</li>
 *   <li>every operation with a path parameter: 404 (not recorded in the caller's municipality);</li>
 *   <li>every operation with an {@code Idempotency-Key} header: 409 (the same key in flight).</li>
 * </ul>
 */
public final class ResponseCoverageLint {

    static final String PROBLEM_JSON = "application/problem+json";

    private ResponseCoverageLint() {}

    public static List<String> violations(Path root) {
        List<String> out = new ArrayList<>();
        for (Path file : Repo.contractFiles(root)) {
            try {
                out.addAll(violations(Repo.rel(root, file), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                out.add(Repo.rel(root, file) + ": cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(String name, String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Map<String, Object> root = new Yaml(options).load(yamlText);
        List<String> out = new ArrayList<>();
        if (!(root.get("paths") instanceof Map<?, ?> paths)) {
            return out;
        }
        Object rootSecurity = root.get("security");
        for (Map.Entry<?, ?> pe : paths.entrySet()) {
            if (!(pe.getValue() instanceof Map<?, ?> item)) {
                continue;
            }
            for (String method : ContractModel.METHODS) {
                if (item.get(method) instanceof Map<?, ?> op) {
                    String where = name + ": " + method.toUpperCase() + " " + pe.getKey();
                    check(out, where, root, String.valueOf(pe.getKey()), (Map<String, Object>) item,
                            (Map<String, Object>) op, rootSecurity);
                }
            }
        }
        return out;
    }

    private static void check(List<String> out, String where, Map<String, Object> root, String path,
            Map<String, Object> item, Map<String, Object> op, Object rootSecurity) {
        Set<String> required = new TreeSet<>(List.of("400", "406", "414", "431", "500"));
        Object security = op.containsKey("security") ? op.get("security") : rootSecurity;
        if (security instanceof List<?> l && !l.isEmpty()) {
            required.addAll(List.of("401", "403"));
        }
        if (op.get("requestBody") != null) {
            required.addAll(List.of("413", "415"));
        }
        if (path.contains("{")) {
            required.add("404");
        }
        List<Object> params = new ArrayList<>();
        if (item.get("parameters") instanceof List<?> l) {
            params.addAll(l);
        }
        if (op.get("parameters") instanceof List<?> l) {
            params.addAll(l);
        }
        for (Object p : params) {
            if (resolve(root, p) instanceof Map<?, ?> param && "header".equals(param.get("in"))
                    && "Idempotency-Key".equalsIgnoreCase(String.valueOf(param.get("name")))) {
                required.add("409");
            }
        }
        Map<?, ?> responses = op.get("responses") instanceof Map<?, ?> r ? r : Map.of();
        Set<String> listed = new TreeSet<>();
        responses.keySet().forEach(k -> listed.add(String.valueOf(k)));
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            out.add(where + ": does not list " + String.join(", ", missing)
                    + " (the platform can answer it for this operation)");
        }
        for (Map.Entry<?, ?> r : responses.entrySet()) {
            String status = String.valueOf(r.getKey());
            if ((status.startsWith("4") || status.startsWith("5")) && !hasProblemBody(resolve(root, r.getValue()))) {
                out.add(where + ": " + status + " has no " + PROBLEM_JSON + " body");
            }
        }
    }

    private static boolean hasProblemBody(Object response) {
        return response instanceof Map<?, ?> r && r.get("content") instanceof Map<?, ?> content
                && content.containsKey(PROBLEM_JSON);
    }

    /** Follows a local {@code $ref: '#/components/…'}; anything else is returned as it is. */
    private static Object resolve(Map<String, Object> root, Object node) {
        for (int hops = 0; hops < 10 && node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref
                && ref.startsWith("#/"); hops++) {
            Object target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target instanceof Map<?, ?> t ? t.get(part) : null;
            }
            node = target;
        }
        return node;
    }
}
