package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedEnvelope;
import jp.kikan.platform.quarkus.feed.FeedPage;
import jp.kikan.platform.quarkus.feed.FeedPaging;
import jp.kikan.platform.quarkus.feed.OutboxFeedSource;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 庁内データ連携 of this service (x-kikan-function renkei.kokuho-hokenzei): every assessment version (当初・更正) of a
 * household with its 調定 (期別税額, the differences of a 更正), for the collection service. The platform's outbox feed:
 * the snapshot's latest version per 世帯番号:年度, then the versions committed after it, in commit order.
 */
@ApplicationScoped
public class KokuhoHokenzeiRenkeiFeed {

    static final String ACTION = "renkei.kokuho-hokenzei";

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    /** @param self this request's URL without its query (the envelope's links) */
    @Transactional
    public FeedEnvelope<ObjectNode> read(Caller caller, String cursor, int asked, String self) {
        int limit = FeedPaging.limit(asked);
        FeedPage<ObjectNode> page = FeedPaging.read(cursor, limit, new OutboxFeedSource(ds, mapper, caller.lgCode(),
                KokuhoFukaEvents.TYPE, "fuka", i -> i.get("setaibango").asText() + ":" + i.get("nendo").asInt()));
        // every household the page carries is a target: an auditor asking for one finds which client received it
        accessLog.record(caller, ACTION, Jumins.SETAI,
                page.items().stream().map(i -> i.get("setaibango").asText()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return FeedEnvelope.of("国民健康保険税 調定", "国民健康保険税の賦課の版ごとの調定 (全件の後に差分)", page, cursor,
                self + "?limit=" + asked, caller.lgCode(), calendar.now());
    }
}
