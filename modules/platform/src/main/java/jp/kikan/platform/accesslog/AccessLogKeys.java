package jp.kikan.platform.accesslog;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The keys that seal the access log (HMAC-SHA256). They are held outside the database — in the service's
 * configuration, from a secret — so an owner of the database can neither rewrite an entry nor forge a new
 * one without it being detected. {@code current} seals new entries; the others verify entries sealed
 * before a key rotation.
 */
public final class AccessLogKeys {

    private static final int MIN_KEY_BYTES = 32;

    private final String current;
    private final Map<String, byte[]> keys;

    public AccessLogKeys(String current, Map<String, byte[]> keys) {
        this.current = Objects.requireNonNull(current, "current");
        this.keys = Map.copyOf(keys);
        if (!this.keys.containsKey(current)) {
            throw new IllegalArgumentException("the current access-log key '" + current + "' is not configured");
        }
        this.keys.forEach((id, k) -> {
            if (id.isBlank() || id.length() > 32) {
                throw new IllegalArgumentException("access-log key ids are 1–32 characters: '" + id + "'");
            }
            if (k.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("access-log key '" + id + "' must be at least " + MIN_KEY_BYTES
                        + " bytes (base64 of 32 random bytes)");
            }
        });
    }

    /** One key given as base64 (e.g. {@code openssl rand -base64 32}). */
    public static AccessLogKeys single(String id, String base64) {
        return new AccessLogKeys(id, Map.of(id, Base64.getDecoder().decode(base64.strip())));
    }

    public String currentId() {
        return current;
    }

    byte[] current() {
        return keys.get(current);
    }

    /** The key of that id, or null when it is not configured (its entries cannot be verified). */
    byte[] get(String id) {
        return id == null ? null : keys.get(id);
    }
}
