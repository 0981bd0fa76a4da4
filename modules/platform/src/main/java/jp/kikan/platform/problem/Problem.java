package jp.kikan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9457 "Problem Details for HTTP APIs" body, extended with the standard's error vocabulary.
 *
 * <p>{@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} are the RFC 9457 §3.1
 * members. {@code code} and {@code errors} are extension members (RFC 9457 §3.2) carrying what the
 * 共通機能標準仕様書 API別紙 error body carries ({@code errors:[{code, message}]}; 住登外者宛名番号付番API仕様
 * 【第2.0版】, デジタル庁 令和5年3月, see {@link StandardErrorCode}), so a client written against the standard
 * finds the codes where it expects them.
 *
 * <p>Empty members are omitted ({@code @JsonInclude(NON_EMPTY)}) as RFC 9457 makes every member optional.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String code,
                     List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** RFC 9457 §4.2.1: "about:blank" means the problem has no meaning beyond the HTTP status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");
    public static final URI VALIDATION_TYPE = URI.create("https://kikan.example/problems/validation");
    public static final String VALIDATION_TITLE = "入力内容に誤りがあります";
    static final String RULE_TYPE_PREFIX = "/problems/rule/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 400 with field violations; {@code code} is the first violation's code (the standard reports one code). */
    public static Problem validation(List<FieldViolation> errors, String detail) {
        List<FieldViolation> list = errors == null ? List.of() : List.copyOf(errors);
        String code = list.isEmpty() ? null : list.get(0).code().name();
        return new Problem(VALIDATION_TYPE, VALIDATION_TITLE, 400, detail, null, code, list);
    }

    /** A broken business rule; the type URI names the rule so clients can branch on it. */
    public static Problem rule(int status, String rule, String detail) {
        return new Problem(ruleType(rule), "業務ルール違反: " + rule, status, detail, null, rule, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(ABOUT_BLANK, title, status, detail, null, null, List.of());
    }

    /** Copy with RFC 9457 {@code instance} set (usually the request path or a correlation URI). */
    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, code, errors);
    }

    /** Copy with extra violations appended. */
    public Problem withErrors(List<FieldViolation> moreErrors) {
        List<FieldViolation> all = new ArrayList<>(errors);
        all.addAll(moreErrors);
        return new Problem(type, title, status, detail, instance, code, all);
    }

    static URI ruleType(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule id must not be blank");
        }
        try {
            // the multi-argument constructor percent-encodes characters that are illegal in a path
            return new URI("https", "kikan.example", RULE_TYPE_PREFIX + rule, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("rule id cannot be used in a URI: " + rule, e);
        }
    }
}
