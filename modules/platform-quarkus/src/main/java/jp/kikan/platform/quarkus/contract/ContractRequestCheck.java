package jp.kikan.platform.quarkus.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.ProblemCode;

/**
 * Checks one request against the service's contract — parameters, headers, body, characters — and says
 * why it is refused, or nothing. Built once from the contract (parsing and schema compilation are the
 * expensive part); {@link #check} is thread-safe and allocates only what one request needs.
 */
public final class ContractRequestCheck {

    private final OpenApiInteractionValidator validator;

    private ContractRequestCheck(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The check for the contract on the classpath (as a service serves it). */
    public static ContractRequestCheck fromClasspath(String location) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("contract not found on the classpath: " + location
                        + " (kikan.contract.location)");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + location, e);
        }
    }

    /** The check for a contract given as YAML or JSON text. */
    public static ContractRequestCheck of(String contractText) {
        LevelResolver levels = LevelResolver.create()
                // authentication is the OIDC layer's: a missing token is 401 from there, not a 400 from here
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                // a query parameter the contract does not declare is refused like an undeclared property
                .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                .withLevel("validation.response", ValidationReport.Level.IGNORE)
                .build();
        OpenApiInteractionValidator v = OpenApiInteractionValidator.createForInlineApiSpecification(contractText)
                .withLevelResolver(levels)
                .withCustomRequestValidation(new TextRule(MultilineProperties.of(contractText)))
                .build();
        return new ContractRequestCheck(v);
    }

    /** Null when the request may go on to the resource; otherwise the problem that refuses it. */
    public Problem check(ContractRequest r) {
        Body body = null;
        if (r.body() != null && r.body().length > 0) {
            if (isJson(r.contentType())) {
                if (!isUtf8(r.contentType())) {
                    return ProblemCode.UNSUPPORTED_MEDIA_TYPE.problem("JSON の本文は UTF-8 で送ってください");
                }
                try {
                    body = new ParsedBody(StrictJson.parse(r.body()), r.body());
                } catch (StrictJson.RefusedJson e) {
                    return Problem.validation(List.of(e.violation()), e.violation().message());
                }
            } else {
                body = new ParsedBody(null, r.body());
            }
        }
        ValidationReport report = validator.validateRequest(request(r, body));
        return report.hasErrors() ? refusal(report) : null;
    }

    private static Request request(ContractRequest r, Body body) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.method().toUpperCase(Locale.ROOT), r.path());
        r.headers().forEach(b::withHeader);
        r.query().forEach(b::withQueryParam);
        if (r.contentType() != null) {
            b.withContentType(r.contentType());
        }
        if (body != null) {
            b.withBody(body);
        }
        return b.build();
    }

    /** 404/405/415/406 when the request does not fit an operation at all, else 400 with every violation. */
    private static Problem refusal(ValidationReport report) {
        List<FieldViolation> violations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String key = m.getKey();
            if (key.startsWith("validation.request.path.missing")) {
                return ProblemCode.NOT_FOUND.problem("そのURLはありません");
            }
            if (key.startsWith("validation.request.operation.notAllowed")) {
                return ProblemCode.METHOD_NOT_ALLOWED.problem("このURLではその操作はできません");
            }
            if (key.startsWith("validation.request.contentType")) {
                return ProblemCode.UNSUPPORTED_MEDIA_TYPE.problem("本文は契約の形式 (application/json) で送ってください");
            }
            if (key.startsWith("validation.request.accept")) {
                return ProblemCode.NOT_ACCEPTABLE.problem("応答の形式 (Accept) に対応していません");
            }
            for (FieldViolation v : ValidatorMessages.toViolations(m)) {
                // one entry per field and code: a null item is both "not an object" and "not in the enum"
                if (seen.add(v.field() + "\u0000" + v.code())) {
                    violations.add(v);
                }
            }
        }
        return Problem.validation(violations, "入力内容に誤りがあります");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static boolean isUtf8(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "");
                return cs.equals("utf-8") || cs.equals("utf8");
            }
        }
        return true;
    }

    /** The body as received, with the tree parsed once (strictly) and handed to the validator as it is. */
    private record ParsedBody(JsonNode node, byte[] bytes) implements Body {
        @Override
        public boolean hasBody() {
            return true;
        }

        @Override
        public JsonNode toJsonNode() throws IOException {
            return node != null ? node : StrictJson.READER.readTree(bytes);
        }

        @Override
        public String toString(Charset charset) {
            return new String(bytes, charset);
        }
    }
}
