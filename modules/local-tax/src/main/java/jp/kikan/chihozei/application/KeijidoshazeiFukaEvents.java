package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.outbox.JdbcOutbox;
import jp.kikan.platform.outbox.OutboxEvent;
import jp.kikan.platform.santei.kibetsu.Ki;
import jp.kikan.platform.santei.kibetsu.KibetsuKosei;
import org.hibernate.Session;

/**
 * Each 軽自動車税（種別割） assessment version announced in the same transaction (outbox) for the collection service: its
 * 調定 — one 納期 (全期, in the month of the parameter {@code noki_tsuki}, whose legal basis and unconfirmed status the
 * parameter file states) — and on a 更正 the difference, which goes to the 全期 while it is not yet due and to a 随時
 * 期 once it is (the platform's {@link KibetsuKosei}, as for the other taxes). The payload is the feed's item (KeijidoshazeiRenkei,
 * {@link RenkeiFeed}) but for its henko_bango.
 */
@ApplicationScoped
public class KeijidoshazeiFukaEvents {

    public static final String TYPE = "keijidoshazei.fuka";
    static final String AGGREGATE = "keijidosha-fuka";
    static final String ZENKI = "全期";

    @Inject
    JdbcOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    TaxJson json;

    /**
     * @param nokiNengetsu the month of the 納期 of the 年度
     * @param today        the business date (a 納期 of this month or before has come)
     */
    void append(String lgCode, KeijidoshazeiViews.Fuka f, YearMonth nokiNengetsu, YearMonth today) {
        ObjectNode p = json.mapper().createObjectNode();
        p.put("atenabango", f.atenabango());
        p.put("nendo", f.nendo());
        p.put("zeimoku", "keijidoshazei_shubetsuwari");
        p.put("fuka_version", f.version());
        p.put("kubun", f.kubun());
        p.put("nenzeigaku", f.nenzeigaku());
        long kiZeigaku = f.nenzeigaku();
        if (f.maeNenzeigaku() != null) {
            KibetsuKosei.Kekka k = KibetsuKosei.kosei(List.of(new Ki(ZENKI, nokiNengetsu, f.maeNenzeigaku())), f.nenzeigaku(),
                    today, 1);
            kiZeigaku = k.sagaku().get(0).koseigo();
            p.set("kosei_sagaku", json.mapper().valueToTree(k.sagaku().stream().map(s -> new FukaViews.Sagaku(s.kibetsu(),
                    s.nengetsu().toString(), s.genzai(), s.koseigo(), s.sagaku(), s.torai())).toList()));
            p.put("kosei_zuiji", k.zuiji() - k.kanpu());
        }
        p.putArray("kibetsu").add(json.mapper().valueToTree(new FukaViews.Kibetsu(ZENKI, nokiNengetsu.toString(), kiZeigaku)));
        p.put("shorinengappi", f.shorinengappi());
        OutboxEvent e = new OutboxEvent(lgCode, TYPE, AGGREGATE, f.atenabango() + ":" + f.nendo(), f.version(), p);
        // numbered by the commit (not held from here to the end of an annual job's batch of hundreds of taxpayers, during
        // which every other writer of the municipality's events would wait): the same gapless, commit-ordered seqs
        em.unwrap(Session.class).doWork(c -> outbox.appendAtCommit(c, List.of(e)));
    }
}
