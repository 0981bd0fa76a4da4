package jp.kikan.platform.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The canonical encoding that is sealed. Every field is length-prefixed (or marked null), so no two
 * different entries encode to the same bytes — plain concatenation would let "ab"+"c" equal "a"+"bc".
 * The format is versioned: v1 (unkeyed SHA-256, chain 0 only, entries written before keying) stays
 * verifiable; v2 adds the chain, every target and the key id and is sealed with HMAC-SHA256.
 */
final class AccessLogHash {

    static final String GENESIS = "0".repeat(64);
    private static final String V1 = "kikan-access-log-v1";
    private static final String V2 = "kikan-access-log-v2";

    private AccessLogHash() {
    }

    /** v2: HMAC-SHA256 with the given key over every field, the targets and the key id. */
    static String seal(byte[] key, String lgCode, int chain, long seq, Instant occurredAt, String actor,
            String actorRoles, String action, String targetType, String targetId, List<AccessTarget> targets,
            String detail, String clientAddress, String keyId, String prevHash) {
        StringBuilder sb = new StringBuilder(320);
        field(sb, V2);
        field(sb, lgCode);
        field(sb, Integer.toString(chain));
        field(sb, Long.toString(seq));
        field(sb, occurredAt.getEpochSecond() + "." + occurredAt.getNano());
        field(sb, actor);
        field(sb, actorRoles);
        field(sb, action);
        field(sb, targetType);
        field(sb, targetId);
        field(sb, Integer.toString(targets.size()));
        for (AccessTarget t : targets) {
            field(sb, t.type());
            field(sb, t.id());
        }
        field(sb, detail);
        field(sb, clientAddress);
        field(sb, keyId);
        field(sb, prevHash);
        return hmacHex(key, sb.toString());
    }

    /** v1, for the entries of chain 0 written before the log was keyed. */
    static String legacy(String lgCode, long seq, Instant occurredAt, String actor, String actorRoles, String action,
            String targetType, String targetId, String detail, String clientAddress, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, V1);
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

    /** The hash the entry should have: with its key for v2, unkeyed for chain 0's legacy entries. */
    static String expected(AccessLogEntry e, byte[] key) {
        if (e.keyId() == null) {
            return legacy(e.lgCode(), e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(), e.targetType(),
                    e.targetId(), e.detail(), e.clientAddress(), e.prevHash());
        }
        return seal(key, e.lgCode(), e.chain(), e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(),
                e.targetType(), e.targetId(), e.targets(), e.detail(), e.clientAddress(), e.keyId(), e.prevHash());
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("N;");
        } else {
            // length in UTF-16 units of a Java string is unambiguous once the string is decoded the same way
            sb.append('S').append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String hmacHex(byte[] key, String s) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
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
