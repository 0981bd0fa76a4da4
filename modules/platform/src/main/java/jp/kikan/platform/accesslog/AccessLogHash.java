package jp.kikan.platform.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The canonical encoding that is hashed. Every field is length-prefixed (or marked null), so no two
 * different entries encode to the same bytes — plain concatenation would let "ab"+"c" equal "a"+"bc".
 * The format is versioned because changing it later must not invalidate stored chains silently.
 */
final class AccessLogHash {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "kikan-access-log-v1";

    private AccessLogHash() {
    }

    static String compute(String lgCode, long seq, Instant occurredAt, String actor, String actorRoles,
                          String action, String targetType, String targetId, String detail,
                          String clientAddress, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, VERSION);
        field(sb, lgCode);
        field(sb, Long.toString(seq));
        // epoch seconds + nanos: exact and independent of Instant.toString's variable fraction width
        field(sb, occurredAt.getEpochSecond() + "." + occurredAt.getNano());
        field(sb, actor);
        field(sb, actorRoles);
        field(sb, action);
        field(sb, targetType);
        field(sb, targetId);
        field(sb, detail);
        field(sb, clientAddress);
        field(sb, prevHash);
        return sha256Hex(sb.toString());
    }

    static String hashOf(AccessLogEntry e) {
        return compute(e.lgCode(), e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(), e.targetType(),
                e.targetId(), e.detail(), e.clientAddress(), e.prevHash());
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("N;");
        } else {
            // length in UTF-16 units of a Java string is unambiguous once the string is decoded the same way
            sb.append('S').append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
