package jp.kikan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One rejected input item.
 *
 * @param field   JSON pointer-ish name of the item, e.g. {@code shimei} or {@code setai[0].zokugara}
 * @param code    the standard error code
 * @param rule    optional id of the business rule that was broken (E0004), may be null
 * @param message human-readable Japanese message; defaults to the code's default message
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldViolation(String field, StandardErrorCode code, String rule, String message) {

    public FieldViolation {
        Objects.requireNonNull(code, "code");
        if (message == null || message.isBlank()) {
            message = code.defaultMessage();
        }
    }

    /** A violation with the code's default message and no rule. */
    public static FieldViolation of(String field, StandardErrorCode code) {
        return new FieldViolation(field, code, null, null);
    }
}
