package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.OutboxEvent;
import org.hibernate.Session;

/**
 * Each 固定資産税・都市計画税 assessment version announced in its own transaction (outbox): the 調定 of its 期 for the
 * collection service (税目, 年度, 納税義務者 and 代表者, 期別税額, the differences of a 更正): the payload is the feed's item
 * (KoteishisanzeiRenkei, {@link RenkeiFeed}) but for its henko_bango.
 */
@ApplicationScoped
public class KoteishisanFukaEvents {

    public static final String TYPE = "koteishisanzei.fuka";
    static final String AGGREGATE = "koteishisan-fuka";

    @Inject
    JdbcOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    TaxJson json;

    void append(String lgCode, int nendo, KoteishisanFukaStore.Version v) {
        ObjectNode p = json.mapper().createObjectNode();
        p.put("shoyusha_key", v.shoyushaKey());
        p.set("shoyusha", json.tree(v.shoyusha()));
        p.put("daihyosha", v.daihyosha());
        p.put("nendo", nendo);
        p.put("zeimoku", "koteishisanzei");
        p.put("fuka_version", v.version());
        p.put("kubun", v.kubun());
        p.put("nenzeigaku", v.nenzeigaku());
        p.set("kibetsu", json.tree(v.kekka()).get("kibetsu"));
        if (v.kosei() != null) {
            p.set("kosei_sagaku", json.tree(v.kosei()).get("sagaku"));
            p.put("kosei_zuiji", json.tree(v.kosei()).get("zuiji").asLong());
        }
        p.put("shorinengappi", v.shorinengappi().toString());
        OutboxEvent e = new OutboxEvent(lgCode, TYPE, AGGREGATE, v.shoyushaKey() + ":" + nendo, v.version(), p);
        // numbered by the commit (not held from here to the end of an annual job's batch of hundreds of taxpayers, during
        // which every other writer of the municipality's events would wait): the same gapless, commit-ordered seqs
        em.unwrap(Session.class).doWork(c -> outbox.appendAtCommit(c, List.of(e)));
    }
}
