package jp.kikan.platform.test.fuzz;

import java.nio.charset.StandardCharsets;

/** Percent-encoding as a careful client does it (RFC 3986 unreserved characters stay as they are). */
final class Encoding {

    private Encoding() {
    }

    static String percent(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
