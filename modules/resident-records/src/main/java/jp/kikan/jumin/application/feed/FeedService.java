package jp.kikan.jumin.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedCursor;
import jp.kikan.platform.quarkus.feed.FeedPage;

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
    AccessLog accessLog;

    @Transactional
    public FeedPage<RenkeiJumin> read(Caller caller, String cursorText, int limit) {
        FeedCursor cursor = cursorText == null || cursorText.isBlank()
                ? FeedCursor.snapshotFrom(reader.latestSeq(caller.lgCode()))
                : FeedCursor.decode(cursorText);
        FeedPage<RenkeiJumin> page;
        if (cursor.full()) {
            List<RenkeiJumin> rows = reader.snapshotAfter(caller.lgCode(), cursor.lastKey(), limit);
            boolean more = rows.size() == limit;
            FeedCursor next = more ? cursor.afterKey(rows.get(rows.size() - 1).atenabango())
                    : FeedCursor.diffAfter(cursor.seq());
            page = new FeedPage<>("full", visibleTo(caller, rows), next, more);
        } else {
            List<RenkeiJumin> changes = reader.changesAfter(caller.lgCode(), cursor.seq(), limit);
            long last = changes.isEmpty() ? cursor.seq() : changes.get(changes.size() - 1).henkoBango();
            page = new FeedPage<>("diff", visibleTo(caller, changes), FeedCursor.diffAfter(last),
                    changes.size() == limit);
        }
        // every person the page carries is a target: an auditor asking for one finds which client received them
        accessLog.record(caller, "renkei", "jumin", page.items().stream().map(RenkeiJumin::atenabango).toList(),
                "mode=" + page.mode() + " count=" + page.items().size() + " kojinbango=" + withKojinbango(caller));
        return page;
    }

    /** 個人番号 only for a client whose scope allows it (番号法 第19条: provision only where the law allows). */
    private static List<RenkeiJumin> visibleTo(Caller caller, List<RenkeiJumin> items) {
        return withKojinbango(caller) ? items : items.stream().map(RenkeiJumin::withoutKojinbango).toList();
    }

    private static boolean withKojinbango(Caller caller) {
        return caller.hasRole(Roles.RENKEI_KOJINBANGO);
    }
}
