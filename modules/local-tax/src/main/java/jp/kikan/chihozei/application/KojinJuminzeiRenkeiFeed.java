package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.RenkeiStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedCursor;
import jp.kikan.platform.quarkus.feed.FeedPage;

/**
 * 庁内データ連携 of this service (x-kikan-function renkei.kojin-juminzei): every assessment version (当初・更正) with its
 * 所得情報 and 調定, for health insurance and long-term care (which recompute premiums on a 更正 or a late 申告) and
 * for the collection service. Without a cursor a consumer gets the full snapshot (mode=full), then the versions
 * committed since the snapshot began (mode=diff), in commit order — the platform's cursor, as resident records'.
 */
@ApplicationScoped
public class KojinJuminzeiRenkeiFeed {

    static final String ACTION = "renkei.kojin-juminzei";

    @Inject
    RenkeiStore store;

    @Inject
    AccessLog accessLog;

    @Transactional
    public FeedPage<ObjectNode> read(Caller caller, String cursorText, int limit) {
        String lg = caller.lgCode();
        FeedCursor cursor = cursorText == null || cursorText.isBlank()
                ? FeedCursor.snapshotFrom(store.latestSeq(lg, FukaEvents.TYPE))
                : FeedCursor.decode(cursorText);
        FeedPage<ObjectNode> page;
        if (cursor.full()) {
            List<RenkeiStore.Item> rows = store.snapshot(lg, FukaEvents.TYPE, cursor.seq(), cursor.lastKey(), limit);
            boolean more = rows.size() == limit;
            FeedCursor next = more ? cursor.afterKey(rows.get(rows.size() - 1).key()) : FeedCursor.diffAfter(cursor.seq());
            page = new FeedPage<>("full", bodies(rows), next, more);
        } else {
            List<RenkeiStore.Item> rows = store.changesAfter(lg, FukaEvents.TYPE, cursor.seq(), limit);
            long last = rows.isEmpty() ? cursor.seq() : rows.get(rows.size() - 1).body().get("henko_bango").asLong();
            page = new FeedPage<>("diff", bodies(rows), FeedCursor.diffAfter(last), rows.size() == limit);
        }
        // every taxpayer the page carries is a target: an auditor asking for one finds which client received them
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET,
                page.items().stream().map(i -> i.get("atenabango").asText()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return page;
    }

    private static List<ObjectNode> bodies(List<RenkeiStore.Item> rows) {
        return rows.stream().map(RenkeiStore.Item::body).toList();
    }
}
