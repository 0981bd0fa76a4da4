package jp.kikan.platform.quarkus.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The opaque position in a 庁内データ連携 feed. A consumer without a cursor gets the full snapshot
 * ({@code full}: every record as of the change number {@code seq} the snapshot began at, in key order
 * after {@code lastKey}), then the changes committed after that number ({@code diff}).
 */
public record FeedCursor(boolean full, long seq, String lastKey) {

    public static FeedCursor snapshotFrom(long seq) {
        return new FeedCursor(true, seq, null);
    }

    public static FeedCursor diffAfter(long seq) {
        return new FeedCursor(false, seq, null);
    }

    public FeedCursor afterKey(String key) {
        return new FeedCursor(true, seq, key);
    }

    public String encode() {
        String raw = full ? "f|" + seq + "|" + (lastKey == null ? "" : lastKey) : "d|" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a request; refuses (400, field {@code cursor}) anything not given out by this feed. */
    public static FeedCursor decode(String text) {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (p[0].equals("f") && p.length == 3) {
                return new FeedCursor(true, nonNegative(p[1]), p[2].isEmpty() ? null : p[2]);
            }
            if (p[0].equals("d") && p.length == 2) {
                return new FeedCursor(false, nonNegative(p[1]), null);
            }
        } catch (RuntimeException e) {
            // not ours: fall through to the refusal
        }
        throw new RuleViolationException(400, "cursor", "カーソルが不正です", List.of(
                new FieldViolation("cursor", StandardErrorCode.E0002, "cursor",
                        "cursor は前回応答の metadata.next_cursor をそのまま指定してください")));
    }

    private static long nonNegative(String s) {
        long v = Long.parseLong(s);
        if (v < 0) {
            throw new IllegalArgumentException("negative seq");
        }
        return v;
    }
}
