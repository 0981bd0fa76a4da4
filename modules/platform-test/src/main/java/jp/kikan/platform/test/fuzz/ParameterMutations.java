package jp.kikan.platform.test.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad values for path, query and header parameters, already percent-encoded as they go on the wire —
 * including encodings no well-behaved client produces: %00, a C1 control (%C2%85), U+FFFD (%EF%BF%BD), a
 * byte that is not UTF-8 (%FF), the CESU-8 form of a lone surrogate (%ED%A0%80).
 */
final class ParameterMutations {

    private ParameterMutations() {
    }

    /** Encoded bad values for a parameter, keyed by what is wrong with them. */
    static Map<String, String> values(Samples samples, Parameter p) {
        Schema<?> s = p.getSchema();
        String type = Schemas.type(s);
        Map<String, String> out = new LinkedHashMap<>();
        String valid = samples.text(p.getName(), s);
        switch (type) {
            case "integer", "number" -> {
                out.put("not a number", "abc");
                out.put("a decimal for an integer", "1.5");
                out.put("empty", "");
                if (s.getMinimum() != null) {
                    out.put("below minimum", s.getMinimum().subtract(BigDecimal.ONE).toPlainString());
                }
                if (s.getMaximum() != null) {
                    out.put("above maximum", s.getMaximum().add(BigDecimal.ONE).toPlainString());
                }
            }
            case "boolean" -> {
                out.put("not a boolean", "maybe");
                out.put("a number for a boolean", "1");
            }
            default -> {
                out.put("NUL", Encoding.percent(valid) + "%00");
                out.put("C0", Encoding.percent(valid) + "%01");
                out.put("C1", Encoding.percent(valid) + "%C2%85");
                out.put("U+FFFD", Encoding.percent(valid) + "%EF%BF%BD");
                out.put("a byte that is not UTF-8", Encoding.percent(valid) + "%FF");
                out.put("CESU-8 lone surrogate", Encoding.percent(valid) + "%ED%A0%80");
                out.put("a line break", Encoding.percent(valid) + "%0A");
                if (s != null && s.getMaxLength() != null) {
                    out.put("longer than maxLength", Encoding.percent("1".repeat(s.getMaxLength() + 1)));
                }
                if (s != null && s.getPattern() != null) {
                    out.put("pattern broken", Encoding.percent(valid + "x"));
                }
                if (s != null && s.getEnum() != null && !s.getEnum().isEmpty()) {
                    out.put("enum value padded", Encoding.percent(" " + s.getEnum().get(0) + " "));
                }
                if (samples.isDate(p.getName())) {
                    out.put("year 0000", "0000-01-01");
                    out.put("year 9999", "9999-12-31");
                }
            }
        }
        return out;
    }

    /** The header cases: a required key missing, too short, too long. */
    static Map<String, String> header(Parameter p) {
        Map<String, String> out = new LinkedHashMap<>();
        Schema<?> s = p.getSchema();
        if (s != null && s.getMinLength() != null && s.getMinLength() > 1) {
            out.put("shorter than minLength", "k".repeat(s.getMinLength() - 1));
        }
        if (s != null && s.getMaxLength() != null) {
            out.put("longer than maxLength", "k".repeat(s.getMaxLength() + 1));
        }
        return out;
    }

    static boolean isRequired(Parameter p) {
        return Boolean.TRUE.equals(p.getRequired());
    }

    static List<String> names(List<Parameter> ps, String in) {
        return ps.stream().filter(p -> in.equals(p.getIn())).map(Parameter::getName).toList();
    }
}
