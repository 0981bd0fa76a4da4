package jp.kikan.kaigo.application;

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
 * 庁内データ連携 of this service (x-kikan-function renkei.kaigo-hokenryo): every premium version (当初・更正) of a
 * 第1号被保険者 with its 調定 (期別 by 徴収方法 with 納期限, the differences of a 更正), for the collection service. The
 * platform's outbox feed: the snapshot's latest version per 宛名番号:年度, then the versions committed after it, in
 * commit order.
 */
@ApplicationScoped
public class KaigoHokenryoRenkeiFeed {

    static final String ACTION = "renkei.kaigo-hokenryo";

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
                KaigoFukaEvents.TYPE, "fuka", i -> i.get("atenabango").asText() + ":" + i.get("nendo").asInt()));
        // every person the page carries is a target: an auditor asking for one finds which client received it
        accessLog.record(caller, ACTION, Jumins.TARGET,
                page.items().stream().map(i -> i.get("atenabango").asText()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return FeedEnvelope.of("介護保険料 調定", "介護保険料 (第1号被保険者) の賦課の版ごとの調定 (全件の後に差分)", page, cursor,
                self + "?limit=" + asked, caller.lgCode(), calendar.now());
    }
}
