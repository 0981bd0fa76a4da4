package jp.kikan.platform.accesslog;

import java.time.Instant;
import java.util.List;

/**
 * A stored access-log entry with its place in its hash chain.
 *
 * @param id    position in the municipality's log across all chains (the order entries were appended in;
 *              what callers page by); not part of the hash
 * @param chain which of the municipality's chains the entry is in (0 = the unkeyed chain from before keying)
 * @param seq   1, 2, 3 … within the chain, gapless
 * @param keyId the HMAC key the entry is sealed with; null only for entries of chain 0
 */
public record AccessLogEntry(long id, String lgCode, int chain, long seq, Instant occurredAt, String actor,
                             String actorRoles, String action, String targetType, String targetId,
                             List<AccessTarget> targets, String detail, String clientAddress, String keyId,
                             String prevHash, String hash) {

    public AccessLogEntry {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
