package jp.kikan.chihozei.infrastructure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The feed's items straight from the outbox, where each assessment version was written in its own transaction: the
 * snapshot is, for each (宛名番号, 年度), the latest event at or before the seq the snapshot began at — so a snapshot
 * and the diff after it never disagree, and a consumer is never moved back to an older version.
 */
@ApplicationScoped
public class RenkeiStore {

    /** An item as the contract writes it: the event's payload with its seq as {@code henko_bango} and its municipality. */
    public record Item(String key, ObjectNode body) {
    }

    @Inject
    DataSource ds;

    @Inject
    TaxJson json;

    public long latestSeq(String lgCode, String eventType) {
        return Sql.one(ds, "select coalesce(max(seq), 0) from outbox_event where lg_code = ? and event_type = ?",
                rs -> rs.getLong(1), lgCode, eventType).orElse(0L);
    }

    /** Up to {@code limit} latest versions as of {@code seq}, in key order after {@code afterKey} (null: from the start). */
    public List<Item> snapshot(String lgCode, String eventType, long seq, String afterKey, int limit) {
        return Sql.list(ds, "select distinct on (aggregate_id) aggregate_id, seq, payload::text from outbox_event "
                + "where lg_code = ? and aggregate_type = 'fuka' and event_type = ? and seq <= ? and aggregate_id > ? "
                + "order by aggregate_id, seq desc limit ?",
                rs -> item(lgCode, rs.getString(1), rs.getLong(2), rs.getString(3)),
                lgCode, eventType, seq, afterKey == null ? "" : afterKey, limit);
    }

    /** Up to {@code limit} events committed after {@code afterSeq}, in seq (= commit) order. */
    public List<Item> changesAfter(String lgCode, String eventType, long afterSeq, int limit) {
        return Sql.list(ds, "select aggregate_id, seq, payload::text from outbox_event "
                + "where lg_code = ? and seq > ? and event_type = ? order by seq limit ?",
                rs -> item(lgCode, rs.getString(1), rs.getLong(2), rs.getString(3)), lgCode, afterSeq, eventType, limit);
    }

    /** The snapshot key of an item: its aggregate (宛名番号:年度), as the outbox names it. */
    public static String key(ObjectNode body) {
        return body.get("atenabango").asText() + ":" + body.get("nendo").asInt();
    }

    private Item item(String lgCode, String key, long seq, String payload) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("henko_bango", seq);
        // as resident records' items do: a consumer serving several municipalities knows whose item it is
        body.put("shikuchosonkodo", lgCode);
        body.setAll((ObjectNode) json.tree(payload));
        return new Item(key, body);
    }
}
