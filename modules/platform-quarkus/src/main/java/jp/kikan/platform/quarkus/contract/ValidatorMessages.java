package jp.kikan.platform.quarkus.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.StandardErrorCode;
import org.jboss.logging.Logger;

/**
 * The one place where the contract validator's message keys become the standard's error codes
 * (E0001 必須, E0002 文字・型・形式, E0003 桁数・範囲, E0004 項目間) with a Japanese message naming the field.
 * Keys look like {@code validation.request.body.schema.required} or
 * {@code validation.request.parameter.schema.maximum}: the last segment is the JSON Schema keyword.
 * The validator's English text never reaches a caller (it quotes the value, which may be personal data).
 */
final class ValidatorMessages {

    private static final Logger LOG = Logger.getLogger(ValidatorMessages.class);

    /** Our own key for a refused character (see {@link RequestText}). */
    static final String CHARACTER = "validation.request.kikan.character";

    private static final Map<String, StandardErrorCode> BY_KEYWORD = Map.ofEntries(
            Map.entry("required", StandardErrorCode.E0001),
            Map.entry("missing", StandardErrorCode.E0001),
            Map.entry("type", StandardErrorCode.E0002),
            Map.entry("format", StandardErrorCode.E0002),
            Map.entry("pattern", StandardErrorCode.E0002),
            Map.entry("enum", StandardErrorCode.E0002),
            Map.entry("invalid", StandardErrorCode.E0002),
            Map.entry("additionalProperties", StandardErrorCode.E0002),
            Map.entry("unexpected", StandardErrorCode.E0002),
            Map.entry("invalidJson", StandardErrorCode.E0002),
            Map.entry("invalidFormat", StandardErrorCode.E0002),
            Map.entry("character", StandardErrorCode.E0002),
            Map.entry("maxLength", StandardErrorCode.E0003),
            Map.entry("minLength", StandardErrorCode.E0003),
            Map.entry("maximum", StandardErrorCode.E0003),
            Map.entry("minimum", StandardErrorCode.E0003),
            Map.entry("maxItems", StandardErrorCode.E0003),
            Map.entry("minItems", StandardErrorCode.E0003),
            Map.entry("tooManyItems", StandardErrorCode.E0003),
            Map.entry("tooFewItems", StandardErrorCode.E0003),
            Map.entry("maxProperties", StandardErrorCode.E0003),
            Map.entry("minProperties", StandardErrorCode.E0003),
            Map.entry("multipleOf", StandardErrorCode.E0003),
            Map.entry("uniqueItems", StandardErrorCode.E0004),
            Map.entry("duplicateItems", StandardErrorCode.E0004),
            Map.entry("oneOf", StandardErrorCode.E0004),
            Map.entry("anyOf", StandardErrorCode.E0004),
            Map.entry("allOf", StandardErrorCode.E0004),
            Map.entry("not", StandardErrorCode.E0004),
            Map.entry("dependencies", StandardErrorCode.E0004));

    /** The JSON array the validator appends for required/additionalProperties: (["a","b"]) or : ["a"]. */
    private static final Pattern NAMES = Pattern.compile("\\[((?:\"[^\"]*\"(?:,\\s*)?)+)]\\)?\\s*\\.?$");
    private static final Pattern ALLOWED = Pattern.compile("possible values: \\[(.*)]\\)");
    private static final Pattern BOUND = Pattern.compile("(maximum allowed|minimum required|maximum|minimum): ([0-9.]+)");

    private ValidatorMessages() {
    }

    /** Violations for one validator message (a required/additionalProperties message may name several fields). */
    static List<FieldViolation> toViolations(ValidationReport.Message m) {
        String key = m.getKey();
        String keyword = key.substring(key.lastIndexOf('.') + 1);
        StandardErrorCode code = BY_KEYWORD.get(keyword);
        if (code == null) {
            LOG.warnf("contract check: unmapped validator message key %s", key);
            code = StandardErrorCode.E0002;
        }
        String field = field(m);
        String text = m.getMessage() == null ? "" : m.getMessage();
        if (keyword.equals("required") || keyword.equals("additionalProperties")) {
            List<String> names = names(text);
            if (!names.isEmpty()) {
                String pointer = pointer(m);
                List<FieldViolation> out = new ArrayList<>();
                for (String n : names) {
                    String f = ContractFields.child(pointer, n);
                    out.add(new FieldViolation(f, code, keyword, message(keyword, f, text)));
                }
                return out;
            }
        }
        if (key.equals(CHARACTER)) {
            return List.of(new FieldViolation(field, code, "character", text));
        }
        return List.of(new FieldViolation(field, code, keyword, message(keyword, field, text)));
    }

    private static String message(String keyword, String field, String text) {
        String f = field == null ? "リクエスト本文" : "項目 " + field;
        return switch (keyword) {
            case "required", "missing" -> f + " は必須です";
            case "type" -> f + " の型が正しくありません (文字列・数値・真偽値・配列・オブジェクトを契約のとおりにしてください)";
            case "format", "invalidFormat" -> f + " の形式が正しくありません";
            case "pattern" -> f + " に使用できない文字が含まれているか、形式が正しくありません";
            case "enum", "invalid" -> f + " は決められた値のいずれかです" + allowed(text);
            case "additionalProperties" -> f + " は契約にない項目です";
            case "unexpected" -> field == null ? "本文は送らないでください" : f + " は契約にないパラメータです";
            case "invalidJson" -> "リクエストの形式が正しくありません (JSON として読めません)";
            case "maxLength", "minLength" -> f + " の文字数が正しくありません" + bound(text);
            case "maximum", "minimum", "multipleOf" -> f + " の値が範囲外です" + bound(text);
            case "maxItems", "minItems", "tooManyItems", "tooFewItems", "maxProperties", "minProperties" ->
                    f + " の件数が正しくありません" + bound(text);
            case "uniqueItems", "duplicateItems" -> f + " に同じ値が重複しています";
            default -> f + " の内容が契約に合いません";
        };
    }

    private static String allowed(String text) {
        Matcher m = ALLOWED.matcher(text);
        return m.find() ? " (" + m.group(1).replace("\"", "") + ")" : "";
    }

    private static String bound(String text) {
        Matcher m = BOUND.matcher(text);
        if (!m.find()) {
            return "";
        }
        return (m.group(1).startsWith("max") ? " (上限 " : " (下限 ") + m.group(2) + ")";
    }

    private static List<String> names(String text) {
        Matcher m = NAMES.matcher(text.strip());
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }

    private static String pointer(ValidationReport.Message m) {
        return m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
    }

    /** The parameter's name, else the body property the JSON pointer names, else null (the whole body). */
    private static String field(ValidationReport.Message m) {
        var context = m.getContext();
        if (context.isPresent() && context.get().getParameter().isPresent()) {
            return context.get().getParameter().get().getName();
        }
        String pointer = pointer(m);
        if (!pointer.isEmpty()) {
            return ContractFields.fromPointer(pointer);
        }
        // header/query "missing" messages name the parameter only in their text: 'Header parameter 'X' is …'
        Matcher named = Pattern.compile("parameter '([^']+)'").matcher(m.getMessage() == null ? "" : m.getMessage());
        return named.find() ? named.group(1) : null;
    }
}
