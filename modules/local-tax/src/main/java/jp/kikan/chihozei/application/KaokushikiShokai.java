package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.chihozei.infrastructure.KaokushikiStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** A 住登外者's 事務所・事業所・家屋敷 with their history; a read of personal data, so logged (支援措置 applies). */
@ApplicationScoped
public class KaokushikiShokai {

    static final String ACTION = "kojin-juminzei.kaokushiki.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KaokushikiStore store;

    @Inject
    AccessLog accessLog;

    @Transactional
    public KaokushikiViews.Ichiran shokai(Caller caller, String atenabango) {
        nozeigimushas.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, null);
        return KaokushikiViews.ichiran(atenabango, store.versions(caller.lgCode(), atenabango));
    }
}
