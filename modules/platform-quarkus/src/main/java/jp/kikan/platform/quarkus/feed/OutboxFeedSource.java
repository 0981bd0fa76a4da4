package jp.kikan.platform.quarkus.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * A feed whose items are a service's outbox events of one type, each the latest version of an aggregate (宛名番号:年度,
 * 世帯番号:年度 …): the snapshot holds the latest event per aggregate as of the snapshot's change number, the diff every
 * event committed after it in commit order — so the two never disagree. An item is the event's payload with its
 * {@code seq} as {@code henko_bango} and its municipality as {@code shikuchosonkodo}. Used with {@link FeedPaging}.
 */
public final class OutboxFeedSource implements FeedPaging.Source<ObjectNode> {

    private final DataSource ds;
    private final ObjectMapper mapper;
    private final String lgCode;
    private final String eventType;
    private final String aggregateType;
    private final Function<ObjectNode, String> aggregateId;

    /** @param aggregateId the event's aggregate id from its payload (the snapshot's order, e.g. 世帯番号:年度) */
    public OutboxFeedSource(DataSource ds, ObjectMapper mapper, String lgCode, String eventType, String aggregateType,
            Function<ObjectNode, String> aggregateId) {
        this.ds = ds;
        this.mapper = mapper;
        this.lgCode = lgCode;
        this.eventType = eventType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    @Override
    public long latestSeq() {
        return Sql.one(ds, "select coalesce(max(seq), 0) from outbox_event where lg_code = ? and event_type = ?",
                rs -> rs.getLong(1), lgCode, eventType).orElse(0L);
    }

    @Override
    public List<ObjectNode> snapshotAfter(long seq, String lastKey, int limit) {
        return Sql.list(ds, "select distinct on (aggregate_id) aggregate_id, seq, payload::text from outbox_event "
                + "where lg_code = ? and aggregate_type = ? and event_type = ? and seq <= ? and aggregate_id > ? "
                + "order by aggregate_id, seq desc limit ?", rs -> item(rs.getLong(2), rs.getString(3)),
                lgCode, aggregateType, eventType, seq, lastKey == null ? "" : lastKey, limit);
    }

    @Override
    public List<ObjectNode> changesAfter(long seq, int limit) {
        return Sql.list(ds, "select aggregate_id, seq, payload::text from outbox_event "
                + "where lg_code = ? and seq > ? and event_type = ? order by seq limit ?",
                rs -> item(rs.getLong(2), rs.getString(3)), lgCode, seq, eventType, limit);
    }

    @Override
    public String key(ObjectNode item) {
        return aggregateId.apply(item);
    }

    @Override
    public long seq(ObjectNode item) {
        return item.get("henko_bango").asLong();
    }

    private ObjectNode item(long seq, String payload) {
        ObjectNode body = mapper.createObjectNode();
        body.put("henko_bango", seq);
        body.put("shikuchosonkodo", lgCode);
        try {
            body.setAll((ObjectNode) mapper.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + seq + " is not JSON: " + e.getOriginalMessage(), e);
        }
        return body;
    }
}
