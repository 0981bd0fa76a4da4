package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.SozokuninDaihyoshaStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * Who receives a deceased taxpayer's notices (地方税法第9条の2): the 相続人代表者 in force, checked for 支援措置 as any
 * lookup; and the designations as the API shows them (a read of personal data, logged).
 */
@ApplicationScoped
public class SozokuninDaihyoshas {

    static final String ACTION = "nozeigimusha.sozokunin-daihyosha.shokai";

    @Inject
    SozokuninDaihyoshaStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    AccessLog accessLog;

    /** The representative who receives the notices of {@code taxpayer}, when deceased and one was designated. */
    public Optional<NozeigimushaEntity> uketorinin(Caller caller, NozeigimushaEntity taxpayer, String action) {
        if (!"shibo".equals(taxpayer.juminJotai)) {
            return Optional.empty();
        }
        return store.latest(caller.lgCode(), taxpayer.atenabango).map(v -> nozeigimushas.require(caller, v.daihyosha(), action));
    }

    @Transactional
    public SozokuninDaihyoshaViews.View shokai(Caller caller, String hisozokunin) {
        nozeigimushas.require(caller, hisozokunin, ACTION);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, hisozokunin, null);
        return SozokuninDaihyoshaViews.view(hisozokunin, store.versions(caller.lgCode(), hisozokunin));
    }
}
