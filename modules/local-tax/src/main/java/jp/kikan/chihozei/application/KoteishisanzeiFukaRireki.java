package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** 賦課の照会 (x-kikan-function koteishisanzei.santei-konkyo): every version of a 年度 of each taxpayer the person is one of. */
@ApplicationScoped
public class KoteishisanzeiFukaRireki {

    static final String ACTION = "koteishisanzei.fuka.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KoteishisanFukaStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Transactional
    public KoteishisanViews.FukaRireki rireki(Caller caller, String atenabango, int nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        List<KoteishisanFukaStore.Version> all = store.versionsOf(caller.lgCode(), atenabango, nendo);
        if (all.isEmpty()) {
            throw new NotFoundException("nendo", nendo + "年度の固定資産税の賦課はありません");
        }
        Map<String, List<KoteishisanViews.FukaHan>> by = new LinkedHashMap<>();
        for (KoteishisanFukaStore.Version v : all) {
            by.computeIfAbsent(v.shoyushaKey(), k -> new ArrayList<>()).add(KoteishisanzeiFukaVersion.view(json, nendo, v));
        }
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        return new KoteishisanViews.FukaRireki(atenabango, nendo,
                by.entrySet().stream().map(e -> new KoteishisanViews.FukaNozeigimusha(e.getKey(), e.getValue())).toList());
    }
}
