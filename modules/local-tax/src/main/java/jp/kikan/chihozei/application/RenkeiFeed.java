package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.feed.FeedPage;
import jp.kikan.platform.quarkus.feed.FeedPaging;
import jp.kikan.platform.quarkus.feed.OutboxFeedSource;

/**
 * 庁内データ連携 of this service: every assessment version (当初・更正) of a 税目 as its outbox event, for the services
 * that take them — 個人住民税 with its 所得情報 and 調定 for health insurance and long-term care (which recompute premiums
 * on a 更正 or a late 申告) and for the collection service; 固定資産税・都市計画税 and 軽自動車税（種別割） with their 調定
 * for the collection service. Without a cursor a consumer gets the full snapshot (mode=full), then the versions
 * committed since the snapshot began (mode=diff), in commit order — the platform's cursor, as resident records'.
 */
@ApplicationScoped
public class RenkeiFeed {

    /** The feeds: the operation's function, the outbox event, the snapshot's order and whom an item names. */
    public enum Shubetsu {
        /** x-kikan-function renkei.kojin-juminzei; the snapshot's order is 宛名番号:年度. */
        KOJIN_JUMINZEI("renkei.kojin-juminzei", FukaEvents.TYPE, "fuka", i -> i.get("atenabango").asText() + ":" + i.get("nendo").asInt(),
                i -> List.of(i.get("atenabango").asText())),
        /** x-kikan-function renkei.koteishisanzei; by 納税義務者 (単独 or the co-owners) and 年度; names every co-owner. */
        KOTEISHISANZEI("renkei.koteishisanzei", KoteishisanFukaEvents.TYPE, KoteishisanFukaEvents.AGGREGATE,
                i -> i.get("shoyusha_key").asText() + ":" + i.get("nendo").asInt(),
                RenkeiFeed::shoyusha),
        /** x-kikan-function renkei.keijidoshazei; by 宛名番号:年度. */
        KEIJIDOSHAZEI("renkei.keijidoshazei", KeijidoshazeiFukaEvents.TYPE, KeijidoshazeiFukaEvents.AGGREGATE,
                i -> i.get("atenabango").asText() + ":" + i.get("nendo").asInt(), i -> List.of(i.get("atenabango").asText()));

        final String action;
        final String eventType;
        final String aggregateType;
        final Function<ObjectNode, String> aggregateId;
        final Function<ObjectNode, List<String>> nozeigimusha;

        Shubetsu(String action, String eventType, String aggregateType, Function<ObjectNode, String> aggregateId,
                Function<ObjectNode, List<String>> nozeigimusha) {
            this.action = action;
            this.eventType = eventType;
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
            this.nozeigimusha = nozeigimusha;
        }
    }

    private static List<String> shoyusha(ObjectNode item) {
        List<String> out = new ArrayList<>();
        item.get("shoyusha").forEach(a -> out.add(a.asText()));
        return out;
    }

    @Inject
    DataSource ds;

    @Inject
    TaxJson json;

    @Inject
    AccessLog accessLog;

    @Transactional
    public FeedPage<ObjectNode> read(Caller caller, Shubetsu feed, String cursorText, int limit) {
        FeedPage<ObjectNode> page = FeedPaging.read(cursorText, limit, new OutboxFeedSource(ds, json.mapper(), caller.lgCode(),
                feed.eventType, feed.aggregateType, feed.aggregateId));
        // every taxpayer the page carries is a target: an auditor asking for one finds which client received them
        accessLog.record(caller, feed.action, Nozeigimushas.TARGET,
                page.items().stream().flatMap(i -> feed.nozeigimusha.apply(i).stream()).distinct().toList(),
                "mode=" + page.mode() + " count=" + page.items().size());
        return page;
    }
}
