package jp.kikan.platform.problem;

import java.net.URI;

/**
 * The one catalogue of problems every Kikan service answers with: the {@code code} member of the
 * problem+json body, its HTTP status, its Japanese title and the standard error code it carries
 * (共通機能標準仕様書 API別紙: E0001 必須, E0002 文字, E0003 桁数, E0004 相関 — for input errors only).
 * A named business rule of a service ({@link RuleViolationException}) carries its own rule id as code
 * and takes the title of its status from here.
 */
public enum ProblemCode {

    VALIDATION("validation", 400, "入力内容に誤りがあります", null),
    UNAUTHENTICATED("unauthenticated", 401, "認証が必要です", null),
    FORBIDDEN("forbidden", 403, "権限がありません", null),
    SHIEN_SOCHI("shien-sochi", 403, "支援措置により抑止されています", null),
    LG_CODE_CLAIM("lg-code-claim", 403, "この操作はできません", null),
    NOT_FOUND("not-found", 404, "該当なし", null),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "受け付けられない要求です", null),
    NOT_ACCEPTABLE("not-acceptable", 406, "受け付けられない要求です", null),
    CONCURRENT_EDIT("concurrent-edit", 409, "他の処理と競合しました", null),
    CONCURRENT_REQUEST("concurrent-request", 409, "他の処理と競合しました", null),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "要求が大きすぎます", StandardErrorCode.E0003),
    URI_TOO_LONG("uri-too-long", 414, "URLが長すぎます", StandardErrorCode.E0003),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "受け付けられない形式です", null),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", 431, "ヘッダーが大きすぎます", StandardErrorCode.E0003),
    BUSINESS_RULE("business-rule", 422, "業務ルールにより処理できません", null),
    INTERNAL("internal", 500, "システムエラー", null),
    UNAVAILABLE("unavailable", 503, "ただいま処理できません", null);

    private final String code;
    private final int status;
    private final String title;
    private final StandardErrorCode standardErrorCode;

    ProblemCode(String code, int status, String title, StandardErrorCode standardErrorCode) {
        this.code = code;
        this.status = status;
        this.title = title;
        this.standardErrorCode = standardErrorCode;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The standard's error code this problem carries, or null where the standard has none. */
    public StandardErrorCode standardErrorCode() {
        return standardErrorCode;
    }

    public URI type() {
        return URI.create("https://kikan.example/problems/" + code);
    }

    /** A problem of this kind with a detail message (and no field errors). */
    public Problem problem(String detail) {
        return new Problem(type(), title, status, detail, null, code, java.util.List.of());
    }

    /** The title a named business rule of this status gets. */
    public static String titleForStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION.title;
            case 403 -> LG_CODE_CLAIM.title;
            case 404 -> NOT_FOUND.title;
            case 409 -> CONCURRENT_EDIT.title;
            default -> BUSINESS_RULE.title;
        };
    }
}
