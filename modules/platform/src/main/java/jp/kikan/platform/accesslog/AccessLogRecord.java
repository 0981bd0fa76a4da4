package jp.kikan.platform.accesslog;

/**
 * What to log. {@code lgCode} (6-digit 全国地方公共団体コード), {@code actor} and {@code action} are required;
 * the rest may be null.
 */
public record AccessLogRecord(String lgCode, String actor, String actorRoles, String action, String targetType,
                              String targetId, String detail, String clientAddress) {
}
