package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** The clerk's list of 給与支払報告書 rows no taxpayer was found for (personal data: the read is logged). */
@ApplicationScoped
public class KyuyoHokokuMitotsugo {

    @Inject
    KyuyoHokokuStore store;

    @Inject
    AccessLog accessLog;

    public record Ichiran(List<KyuyoHokokuStore.Mitotsugo> items) {
    }

    @Transactional
    public Ichiran ichiran(Caller caller, int nendo, int limit) {
        List<KyuyoHokokuStore.Mitotsugo> items = store.mitotsugo(caller.lgCode(), nendo, limit);
        accessLog.record(caller, "kojin-juminzei.kyuyo-hokoku.mitotsugo", "kyuyo-hokoku",
                items.stream().map(m -> m.fileId() + ":" + m.lineNo()).toList(), "nendo=" + nendo + " count=" + items.size());
        return new Ichiran(items);
    }
}
