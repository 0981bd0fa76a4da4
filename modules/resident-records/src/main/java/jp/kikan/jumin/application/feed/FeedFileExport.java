package jp.kikan.jumin.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.feed.CsvFeedWriter;
import jp.kikan.platform.quarkus.feed.FeedCursor;
import jp.kikan.platform.quarkus.feed.FeedPage;

/**
 * 庁内データ連携のファイル連携 (standard's basic method, 住民記録システム標準仕様書 第3章 7.2.3 全件・異動差分): the
 * same items as the feed, as a UTF-8 CSV produced on request — 全件 (the snapshot, then the cursor to take
 * the 差分 from) or 差分 (the changes after a cursor, up to the number current when the file began). Each page
 * is read in a transaction of its own and logged like a feed page.
 */
@ApplicationScoped
public class FeedFileExport {

    private static final int PAGE = 1000;

    @Inject
    FeedService feed;

    @Inject
    FeedReader reader;

    /** Where the file will end, known before it is written (the {@code Kikan-Next-Cursor} header). */
    public FeedCursor plannedEnd(Caller caller, boolean zenken, String cursor) {
        long latest = reader.latestSeq(caller.lgCode());
        if (!zenken && FeedCursor.decode(cursor).full()) { // decode refuses a cursor this feed did not give out
            throw new RuleViolationException(400, "cursor", "差分の cursor は全件の後のカーソル (Kikan-Next-Cursor) を指定してください",
                    List.of(new FieldViolation("cursor", StandardErrorCode.E0004, "cursor",
                            "全件の途中のカーソルからは差分を作れません")));
        }
        return FeedCursor.diffAfter(latest);
    }

    /**
     * @param end the {@link #plannedEnd} of this file: a 全件 file is the snapshot as of it; a 差分 file stops
     *            at it, so a change committed while the file is written is left for the next file
     */
    public void write(Caller caller, boolean zenken, String cursor, FeedCursor end, Writer out) throws IOException {
        CsvFeedWriter<RenkeiJumin> csv = new CsvFeedWriter<>(RenkeiJumin.class, out);
        csv.header();
        String next = zenken ? FeedCursor.snapshotFrom(end.seq()).encode() : cursor;
        while (true) {
            FeedPage<RenkeiJumin> page = feed.read(caller, next, PAGE);
            for (RenkeiJumin item : page.items()) {
                if (zenken || item.henkoBango() <= end.seq()) {
                    csv.row(item);
                }
            }
            next = page.nextCursor().encode();
            boolean snapshotDone = zenken && !page.nextCursor().full();
            boolean diffDone = !zenken && (!page.hasMore() || page.nextCursor().seq() >= end.seq());
            if (snapshotDone || diffDone) {
                out.flush();
                return;
            }
        }
    }
}
