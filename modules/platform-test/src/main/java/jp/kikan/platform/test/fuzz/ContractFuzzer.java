package jp.kikan.platform.test.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Walks every operation of a contract and makes requests it forbids — each a valid sample request with one
 * thing broken (see {@link BodyMutations}, {@link ParameterMutations}), plus what is wrong with a request as a
 * whole: text after the JSON, a property twice, not JSON at all, another content type or charset, no body, an
 * unacceptable Accept, an undeclared query parameter, an over-long URL. Deterministic for a seed; at most
 * {@code maxPerOperation} cases per operation, chosen by the seed when there are more.
 */
public final class ContractFuzzer {

    private static final ObjectWriter JSON = new ObjectMapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private final OpenAPI api;
    private final Samples samples;

    private ContractFuzzer(OpenAPI api, Samples samples) {
        this.api = api;
        this.samples = samples;
    }

    /** The contract on the classpath (as the service serves it), with valid values from {@code samples}. */
    public static ContractFuzzer of(String contractOnClasspath, Samples samples) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        var result = new OpenAPIV3Parser().readLocation(contractOnClasspath, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("cannot read " + contractOnClasspath + ": " + result.getMessages());
        }
        return new ContractFuzzer(result.getOpenAPI(), samples);
    }

    /** Every operation id of the contract. */
    public List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().values().forEach(op -> ids.add(op.getOperationId())));
        return ids;
    }

    public List<FuzzCase> cases(long seed, int maxPerOperation) {
        List<FuzzCase> all = new ArrayList<>();
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
                List<FuzzCase> cases = forOperation(p.getKey(), o.getKey().name(), o.getValue());
                Collections.shuffle(cases, new Random(seed ^ o.getValue().getOperationId().hashCode()));
                all.addAll(cases.subList(0, Math.min(maxPerOperation, cases.size())));
            }
        }
        return all;
    }

    private List<FuzzCase> forOperation(String template, String method, Operation op) {
        List<FuzzCase> out = new ArrayList<>();
        MediaType json = op.getRequestBody() == null || op.getRequestBody().getContent() == null ? null
                : op.getRequestBody().getContent().get("application/json");
        JsonNode body = json == null ? null : samples.value(null, json.getSchema());
        // the valid request every case breaks in one place (its body, when it has one, included)
        final Request valid = body == null ? Request.valid(samples, template, op)
                : Request.valid(samples, template, op).withBody(bytes(body));
        if (json != null) {
            for (BodyMutations.Mutant m : BodyMutations.of(samples, json.getSchema(), body)) {
                out.add(valid.withBody(bytes(m.body())).toCase(op, method, "body " + m.what()));
            }
            String text = new String(bytes(body), StandardCharsets.UTF_8);
            out.add(valid.withBody(utf8(text + " x")).toCase(op, method, "text after the JSON"));
            out.add(valid.withBody(utf8(text + "{}")).toCase(op, method, "a second JSON value"));
            if (body.isObject() && body.fieldNames().hasNext()) {
                String first = body.fieldNames().next();
                out.add(valid.withBody(utf8("{\"" + first + "\":" + body.get(first) + "," + text.substring(1)))
                        .toCase(op, method, "a property twice"));
            }
            out.add(valid.withBody(utf8("{\"" + "a\":")).toCase(op, method, "not JSON"));
            out.add(valid.withBody(utf8("[" + text + "]")).toCase(op, method, "an array for the body"));
            out.add(valid.withBody(null).toCase(op, method, "no body"));
            out.add(valid.withContentType("text/plain").toCase(op, method, "another content type"));
            out.add(valid.withContentType("application/json; charset=Shift_JIS").toCase(op, method, "another charset"));
        }
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        for (Parameter p : params) {
            switch (p.getIn()) {
                case "query" -> {
                    ParameterMutations.values(samples, p).forEach((what, v) ->
                            out.add(valid.withQuery(p.getName(), v)
                                    .toCase(op, method, "query " + p.getName() + ": " + what)));
                    if (ParameterMutations.isRequired(p)) {
                        out.add(valid.withQuery(p.getName(), null)
                                .toCase(op, method, "query " + p.getName() + ": required, missing"));
                    }
                }
                case "path" -> ParameterMutations.values(samples, p).forEach((what, v) ->
                        out.add(valid.withPath(p.getName(), v)
                                .toCase(op, method, "path " + p.getName() + ": " + what)));
                case "header" -> {
                    ParameterMutations.header(p).forEach((what, v) -> out.add(valid
                            .withHeader(p.getName(), v).toCase(op, method, "header " + p.getName() + ": " + what)));
                    if (ParameterMutations.isRequired(p)) {
                        out.add(valid.withHeader(p.getName(), null)
                                .toCase(op, method, "header " + p.getName() + ": required, missing"));
                    }
                }
                default -> {
                }
            }
        }
        out.add(valid.withQuery("kikan_fuzz_undeclared", "1").toCase(op, method, "an undeclared query parameter"));
        out.add(valid.withHeader("Accept", "image/gif").toCase(op, method, "an unacceptable Accept"));
        out.add(valid.withQuery("kikan_fuzz_padding", "a".repeat(9000)).toCase(op, method, "an over-long URL"));
        return out;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An immutable request under construction: path values, query, headers (encoded), content type, body. */
    private record Request(String template, Map<String, String> pathValues, Map<String, String> query,
            Map<String, String> headers, String contentType, byte[] body) {

        static Request valid(Samples samples, String template, Operation op) {
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                String v = samples.text(p.getName(), p.getSchema());
                switch (p.getIn()) {
                    case "path" -> path.put(p.getName(), Encoding.percent(v));
                    case "query" -> query.put(p.getName(), Encoding.percent(v));
                    case "header" -> headers.put(p.getName(), v);
                    default -> {
                    }
                }
            }
            String contentType = op.getRequestBody() == null ? null : "application/json";
            return new Request(template, path, query, headers, contentType, null);
        }

        Request withBody(byte[] b) {
            return new Request(template, pathValues, query, headers, contentType, b);
        }

        Request withContentType(String ct) {
            return new Request(template, pathValues, query, headers, ct, body);
        }

        Request withQuery(String name, String encodedOrNull) {
            return new Request(template, pathValues, put(query, name, encodedOrNull), headers, contentType, body);
        }

        Request withPath(String name, String encoded) {
            return new Request(template, put(pathValues, name, encoded), query, headers, contentType, body);
        }

        Request withHeader(String name, String valueOrNull) {
            return new Request(template, pathValues, query, put(headers, name, valueOrNull), contentType, body);
        }

        FuzzCase toCase(Operation op, String method, String mutation) {
            String path = template;
            for (Map.Entry<String, String> e : pathValues.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
            StringBuilder target = new StringBuilder(path);
            char sep = '?';
            for (Map.Entry<String, String> e : query.entrySet()) {
                target.append(sep).append(Encoding.percent(e.getKey())).append('=').append(e.getValue());
                sep = '&';
            }
            return new FuzzCase(op.getOperationId(), method, target.toString(), Map.copyOf(headers), contentType, body,
                    mutation);
        }

        private static Map<String, String> put(Map<String, String> m, String k, String v) {
            Map<String, String> copy = new LinkedHashMap<>(m);
            if (v == null) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
            return copy;
        }
    }
}
