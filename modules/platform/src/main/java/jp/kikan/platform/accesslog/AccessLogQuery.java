package jp.kikan.platform.accesslog;

import java.time.Instant;

/**
 * Filter for {@link JdbcAccessLog#find}. Null members do not filter. {@code from} is inclusive, {@code to}
 * exclusive; {@code afterSeq} pages (pass the last seq seen); {@code limit} ≤ 0 means
 * {@value JdbcAccessLog#DEFAULT_LIMIT}, and it is capped at {@value JdbcAccessLog#MAX_LIMIT}.
 */
public record AccessLogQuery(String targetId, String actor, Instant from, Instant to, Long afterSeq, int limit) {

    public static AccessLogQuery all(int limit) {
        return new AccessLogQuery(null, null, null, null, null, limit);
    }

    public static AccessLogQuery byTarget(String targetId, int limit) {
        return new AccessLogQuery(targetId, null, null, null, null, limit);
    }

    public static AccessLogQuery byActor(String actor, int limit) {
        return new AccessLogQuery(null, actor, null, null, null, limit);
    }
}
