package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** 軽自動車税の賦課の照会: every version of a 年度 as it was decided, with its 算定根拠; the read goes to the access log. */
@ApplicationScoped
public class KeijidoshazeiFukaRireki {

    static final String ACTION = "keijidoshazei.fuka.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KeijidoshazeiFukaStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Transactional
    public KeijidoshazeiViews.FukaRireki rireki(Caller caller, String atenabango, int nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        List<KeijidoshazeiViews.Fuka> versions = store.versions(caller.lgCode(), atenabango, nendo).stream()
                .map(t -> json.mapper().convertValue(json.tree(t), KeijidoshazeiViews.Fuka.class)).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("nendo", nendo + "年度の軽自動車税の賦課はありません");
        }
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        return new KeijidoshazeiViews.FukaRireki(atenabango, nendo, versions);
    }
}
