package jp.kikan.jumin.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedPage;
import jp.kikan.platform.quarkus.feed.FeedPaging;

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
        String lg = caller.lgCode();
        FeedPage<RenkeiJumin> read = FeedPaging.read(cursorText, limit, new FeedPaging.Source<>() {
            @Override
            public long latestSeq() {
                return reader.latestSeq(lg);
            }

            @Override
            public List<RenkeiJumin> snapshotAfter(long seq, String lastKey, int n) {
                return reader.snapshotAfter(lg, lastKey, n);
            }

            @Override
            public List<RenkeiJumin> changesAfter(long seq, int n) {
                return reader.changesAfter(lg, seq, n);
            }

            @Override
            public String key(RenkeiJumin item) {
                return item.atenabango();
            }

            @Override
            public long seq(RenkeiJumin item) {
                return item.henkoBango();
            }
        });
        FeedPage<RenkeiJumin> page = new FeedPage<>(read.mode(), visibleTo(caller, read.items()), read.nextCursor(),
                read.hasMore());
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
