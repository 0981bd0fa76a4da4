package jp.kikan.platform.quarkus.contract;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies {@link RequestText} to everything of a request a service reads: query names and values, path
 * values, the header parameters the operation declares, and every property name and string of the body.
 * It runs inside the contract validator, once the operation is known.
 */
final class TextRule implements CustomRequestValidator {

    private final Set<String> multilineProperties;

    TextRule(Set<String> multilineProperties) {
        this.multilineProperties = Set.copyOf(multilineProperties);
    }

    @Override
    public ValidationReport validate(Request request, ApiOperation operation) {
        List<ValidationReport.Message> out = new ArrayList<>();
        for (String name : request.getQueryParameters()) {
            check(out, parameter(name), name);
            for (String v : request.getQueryParameterValues(name)) {
                check(out, parameter(name), v);
            }
        }
        pathValues(out, request, operation);
        List<Parameter> declared = operation.getOperation().getParameters();
        if (declared != null) {
            for (Parameter p : declared) {
                if ("header".equals(p.getIn())) {
                    for (String v : request.getHeaderValues(p.getName())) {
                        check(out, p, v);
                    }
                }
            }
        }
        request.getRequestBody().ifPresent(body -> body(out, body));
        return ValidationReport.from(out);
    }

    /**
     * The path as received, segment by segment (the validator's own view of it is trimmed: "1\u0000" would
     * look like "1" there), each named after the template's parameter at that place.
     */
    private void pathValues(List<ValidationReport.Message> out, Request request, ApiOperation operation) {
        String[] template = operation.getApiPath().original().split("/", -1);
        String[] actual = request.getPath().split("/", -1);
        for (int i = 0; i < actual.length; i++) {
            String t = i < template.length ? template[i] : "";
            String name = t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : "path";
            check(out, parameter(name), actual[i]);
        }
    }

    private void body(List<ValidationReport.Message> out, Body body) {
        try {
            walk(out, body.toJsonNode(), "", false);
        } catch (java.io.IOException e) {
            // not JSON: the validator itself reports that
        }
    }

    private void walk(List<ValidationReport.Message> out, JsonNode node, String pointer, boolean multiline) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            int cp = RequestText.firstRefused(node.textValue(), multiline);
            if (cp >= 0) {
                out.add(message(ContractFields.fromPointer(pointer), cp, null, pointer));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(out, node.get(i), pointer + "/" + i, multiline);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                int cp = RequestText.firstRefused(e.getKey(), false);
                if (cp >= 0) {
                    out.add(message(ContractFields.fromPointer(child), cp, null, child));
                }
                walk(out, e.getValue(), child, multilineProperties.contains(e.getKey()));
            }
        }
    }

    private static void check(List<ValidationReport.Message> out, Parameter p, String value) {
        if (value == null) {
            return;
        }
        int cp = RequestText.firstRefused(value, false);
        if (cp >= 0) {
            out.add(message(p.getName(), cp, p, null));
        }
    }

    private static Parameter parameter(String name) {
        return new Parameter().name(name);
    }

    private static ValidationReport.Message message(String field, int cp, Parameter p, String pointer) {
        var context = ValidationReport.MessageContext.create().in(ValidationReport.MessageContext.Location.REQUEST);
        if (p != null) {
            context.withParameter(p);
        }
        if (pointer != null) {
            context.withPointers(pointer, "");
        }
        String f = field == null ? "リクエスト" : "項目 " + field;
        return ValidationReport.Message.create(ValidatorMessages.CHARACTER,
                f + " に使用できない文字 (" + RequestText.describe(cp) + ") が含まれています").withContext(context.build()).build();
    }
}
