package jp.kikan.platform.quarkus.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * A levying service's 庁内データ連携 of its 調定 for the collection service: every assessment version (当初・更正) with
 * its 調定, from the platform's outbox — the snapshot's latest version per record and 年度, then the versions committed
 * after it, in commit order ({@link OutboxFeedSource}). Every record a page carries is written to the access log as a
 * target, so that an auditor asking for one finds which client received it.
 */
@ApplicationScoped
public class ChoteiRenkeiFeed {

    /**
     * One service's feed.
     *
     * @param action     its x-kikan-function (the access log's action)
     * @param eventType  the outbox event type of an assessment version
     * @param kirokuField the item's field naming the record (宛名番号, 世帯番号 …), with {@code nendo} its key
     * @param targetType the access log's target type of that record
     * @param title      the envelope's title
     * @param detail     the envelope's description
     */
    public record Chotei(String action, String eventType, String kirokuField, String targetType, String title,
            String detail) {
    }

    @Inject
    AgroalDataSource ds;

    @Inject
    ObjectMapper mapper;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    /** @param self the request's URL without its query (the envelope's links) */
    @Transactional
    public FeedEnvelope<ObjectNode> read(Chotei chotei, Caller caller, String cursor, int asked, String self) {
        int limit = FeedPaging.limit(asked);
        String field = chotei.kirokuField();
        FeedPage<ObjectNode> page = FeedPaging.read(cursor, limit, new OutboxFeedSource(ds, mapper, caller.lgCode(),
                chotei.eventType(), "fuka", i -> i.get(field).asText() + ":" + i.get("nendo").asInt()));
        accessLog.record(caller, chotei.action(), chotei.targetType(),
                page.items().stream().map(i -> i.get(field).asText()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return FeedEnvelope.of(chotei.title(), chotei.detail(), page, cursor, self + "?limit=" + asked, caller.lgCode(),
                calendar.now());
    }
}
