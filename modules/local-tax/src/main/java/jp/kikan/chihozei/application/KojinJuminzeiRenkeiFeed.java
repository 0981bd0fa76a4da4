package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedPage;
import jp.kikan.platform.quarkus.feed.FeedPaging;
import jp.kikan.platform.quarkus.feed.OutboxFeedSource;

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
    DataSource ds;

    @Inject
    TaxJson json;

    @Inject
    AccessLog accessLog;

    @Transactional
    public FeedPage<ObjectNode> read(Caller caller, String cursorText, int limit) {
        // the snapshot's order is the outbox's aggregate id (宛名番号:年度)
        FeedPage<ObjectNode> page = FeedPaging.read(cursorText, limit, new OutboxFeedSource(ds, json.mapper(), caller.lgCode(),
                FukaEvents.TYPE, "fuka", i -> i.get("atenabango").asText() + ":" + i.get("nendo").asInt()));
        // every taxpayer the page carries is a target: an auditor asking for one finds which client received them
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET,
                page.items().stream().map(i -> i.get("atenabango").asText()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return page;
    }
}
