package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.OutboxEvent;
import org.hibernate.Session;

/**
 * Each assessment version announced in the same transaction (outbox): the 調定 of its instalments (税目, 年度, 期別,
 * amounts, differences of a 更正) for the collection service, and the change of income information for health
 * insurance and long-term care, which recompute on it. The feed ({@link RenkeiFeed}) gives these events
 * out as they are.
 */
@ApplicationScoped
public class FukaEvents {

    public static final String TYPE = "kojin-juminzei.fuka";

    @Inject
    JdbcOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    TaxJson json;

    /** @param kaokushiki a 家屋敷課税: its income information is the 住所地's, so the item says none is known here */
    void append(String lgCode, String atenabango, int nendo, FukaStore.Version v, boolean kaokushiki) {
        OutboxEvent e = kaokushiki
                ? event(lgCode, atenabango, nendo, v, ShotokuJohoYoyaku.kaokushiki(json.mapper().createObjectNode(), atenabango,
                        nendo, json.tree(v.kekka()), v.version()))
                : event(lgCode, atenabango, nendo, v);
        em.unwrap(Session.class).doWork(c -> outbox.appendAll(c, List.of(e)));
    }

    void appendAll(String lgCode, int nendo, List<jp.kikan.chihozei.infrastructure.ToshoFukaBatchStore.Row> rows) {
        if (!rows.isEmpty()) {
            List<OutboxEvent> all = rows.stream().map(r -> event(lgCode, r.atenabango(), nendo, r.version(),
                    r.shotokuJoho())).toList();
            em.unwrap(Session.class).doWork(c -> outbox.appendAll(c, all));
        }
    }

    /** The payload is the feed's item as the contract writes it (KojinJuminzeiRenkei) but for its henko_bango. */
    private OutboxEvent event(String lgCode, String atenabango, int nendo, FukaStore.Version v) {
        return event(lgCode, atenabango, nendo, v, ShotokuJohoYoyaku.of(json.mapper().createObjectNode(), atenabango, nendo,
                json.tree(v.kekka()), v.version()));
    }

    private OutboxEvent event(String lgCode, String atenabango, int nendo, FukaStore.Version v,
            com.fasterxml.jackson.databind.JsonNode shotokuJoho) {
        ObjectNode payload = json.mapper().createObjectNode();
        payload.put("atenabango", atenabango);
        payload.put("nendo", nendo);
        payload.put("zeimoku", "kojin_juminzei");
        payload.put("fuka_version", v.version());
        payload.put("kubun", v.kubun());
        payload.put("nenzeigaku", v.nenzeigaku());
        payload.set("shotoku_joho", shotokuJoho);
        payload.putArray("chotei").add(json.tree(v.choshu()));
        if (v.kosei() != null) {
            payload.set("kosei_sagaku", json.tree(v.kosei()).get("sagaku"));
        }
        payload.put("shorinengappi", v.shorinengappi().toString());
        return new OutboxEvent(lgCode, TYPE, "fuka", atenabango + ":" + nendo, v.version(), payload);
    }
}
