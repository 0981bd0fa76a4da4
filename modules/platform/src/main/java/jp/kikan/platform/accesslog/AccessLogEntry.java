package jp.kikan.platform.accesslog;

import java.time.Instant;

/** A stored access-log entry with its place in the hash chain. */
public record AccessLogEntry(String lgCode, long seq, Instant occurredAt, String actor, String actorRoles,
                             String action, String targetType, String targetId, String detail,
                             String clientAddress, String prevHash, String hash) {
}
