package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.RenkeiStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedPage;
import jp.kikan.platform.quarkus.feed.FeedPaging;

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
        FeedPage<ObjectNode> page = FeedPaging.read(cursorText, limit, new FeedPaging.Source<>() {
            @Override
            public long latestSeq() {
                return store.latestSeq(lg, FukaEvents.TYPE);
            }

            @Override
            public List<ObjectNode> snapshotAfter(long seq, String lastKey, int n) {
                return bodies(store.snapshot(lg, FukaEvents.TYPE, seq, lastKey, n));
            }

            @Override
            public List<ObjectNode> changesAfter(long seq, int n) {
                return bodies(store.changesAfter(lg, FukaEvents.TYPE, seq, n));
            }

            @Override
            public String key(ObjectNode item) {
                return RenkeiStore.key(item);
            }

            @Override
            public long seq(ObjectNode item) {
                return item.get("henko_bango").asLong();
            }
        });
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
