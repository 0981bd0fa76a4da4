package jp.kikan.platform.problem;

import java.util.List;

/**
 * Thrown by domain code when a business rule rejects a request. Web layers map it to
 * {@link #toProblem(String)} so every service answers rule violations the same way.
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** 422 Unprocessable Content (RFC 9110 §15.5.21): well-formed request, semantically refused. */
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final String rule;
    private final transient List<FieldViolation> violations;

    public RuleViolationException(int status, String rule, String message, List<FieldViolation> violations) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be a 4xx/5xx code: " + status);
        }
        Problem.ruleType(rule); // fail fast on a rule id that cannot become a type URI
        this.status = status;
        this.rule = rule;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public RuleViolationException(String rule, String message) {
        this(UNPROCESSABLE, rule, message, List.of());
    }

    public RuleViolationException(String rule, String field, StandardErrorCode code, String message) {
        this(UNPROCESSABLE, rule, message, List.of(new FieldViolation(field, code, rule, message)));
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Problem toProblem(String instance) {
        return Problem.rule(status, rule, getMessage()).withErrors(violations).withInstance(instance);
    }
}
