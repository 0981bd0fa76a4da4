package jp.kikan.jumin.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.accesslog.AccessLogService;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The 庁内データ連携 feed. Without a cursor a consumer gets the full snapshot (mode=full), then the
 * changes committed since the snapshot began (mode=diff). Changes are numbered in commit order
 * (outbox), so a consumer that stores the cursor after applying a page never misses a change, and
 * one that crashed before storing it gets the same page again — which it applies idempotently by
 * (atenabango, rirekibango).
 */
@ApplicationScoped
public class FeedService {

    @Inject
    FeedReader reader;

    @Inject
    AccessLogService accessLog;

    public record Page(String mode, List<RenkeiJumin> result, String nextCursor, boolean hasMore) {
    }

    private record Cursor(boolean full, long seq, String lastAtenabango) {
        String encode() {
            String raw = full ? "f|" + seq + "|" + (lastAtenabango == null ? "" : lastAtenabango) : "d|" + seq;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] p = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
                if (p[0].equals("f") && p.length == 3) {
                    return new Cursor(true, Long.parseLong(p[1]), p[2].isEmpty() ? null : p[2]);
                }
                if (p[0].equals("d") && p.length == 2) {
                    return new Cursor(false, Long.parseLong(p[1]), null);
                }
            } catch (RuntimeException e) {
                // fall through
            }
            throw new RuleViolationException(400, "cursor", "カーソルが不正です", List.of(
                    new jp.kikan.platform.problem.FieldViolation("cursor", StandardErrorCode.E0002, "cursor",
                            "cursor は前回応答の metadata.next_cursor をそのまま指定してください")));
        }
    }

    @Transactional
    public Page read(Caller caller, String cursorText, int limit) {
        Cursor cursor = cursorText == null || cursorText.isBlank()
                ? new Cursor(true, reader.latestSeq(caller.lgCode()), null)
                : Cursor.decode(cursorText);
        Page page;
        if (cursor.full()) {
            List<RenkeiJumin> rows = reader.snapshotAfter(caller.lgCode(), cursor.lastAtenabango(), limit);
            boolean more = rows.size() == limit;
            Cursor next = more ? new Cursor(true, cursor.seq(), rows.get(rows.size() - 1).atenabango())
                    : new Cursor(false, cursor.seq(), null);
            page = new Page("full", rows, next.encode(), more);
        } else {
            List<FeedReader.Change> changes = reader.changesAfter(caller.lgCode(), cursor.seq(), limit);
            long last = changes.isEmpty() ? cursor.seq() : changes.get(changes.size() - 1).seq();
            page = new Page("diff", changes.stream().map(FeedReader.Change::jumin).toList(),
                    new Cursor(false, last, null).encode(), changes.size() == limit);
        }
        accessLog.record(caller, "renkei", "renkei-jumin", null,
                "mode=" + page.mode() + " count=" + page.result().size());
        return page;
    }
}
