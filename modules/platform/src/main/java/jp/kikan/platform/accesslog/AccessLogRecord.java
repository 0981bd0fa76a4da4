package jp.kikan.platform.accesslog;

import java.util.List;

/**
 * What to log. {@code lgCode} (6-digit 全国地方公共団体コード), {@code actor} and {@code action} are required;
 * {@code targetType} names what kind of thing was accessed (jumin, juminhyo, access-log …), {@code targets}
 * each person or record touched (may be empty); the rest may be null.
 */
public record AccessLogRecord(String lgCode, String actor, String actorRoles, String action, String targetType,
                              List<AccessTarget> targets, String detail, String clientAddress) {

    public AccessLogRecord {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The single target's id, or null when there are none or several (see {@link #targets()}). */
    public String targetId() {
        return targets.size() == 1 ? targets.get(0).id() : null;
    }
}
