package jp.kikan.platform.test.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the contract (or the platform's rules for text and dates) forbids, ready to send:
 * {@code target} is the path and query exactly as they go on the wire (already percent-encoded, so that
 * broken encodings can be sent too), {@code body} the exact bytes (null: none).
 *
 * @param mutation what is wrong with it, e.g. {@code body members[0].shimei: NUL}
 */
public record FuzzCase(String operationId, String method, String target, Map<String, String> headers,
        String contentType, byte[] body, String mutation) {

    public boolean isWrite() {
        return !method.equalsIgnoreCase("GET") && !method.equalsIgnoreCase("HEAD");
    }

    @Override
    public String toString() {
        String b = body == null ? "" : " " + new String(body, StandardCharsets.UTF_8);
        return operationId + " [" + mutation + "] " + method + " " + target
                + (b.length() > 300 ? b.substring(0, 300) + "…" : b);
    }
}
