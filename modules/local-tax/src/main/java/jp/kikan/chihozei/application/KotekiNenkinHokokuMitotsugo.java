package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KotekiNenkinHokokuStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** The clerk's list of 公的年金等支払報告書 rows no taxpayer was found for (personal data: the read is logged). */
@ApplicationScoped
public class KotekiNenkinHokokuMitotsugo {

    @Inject
    KotekiNenkinHokokuStore store;

    @Inject
    AccessLog accessLog;

    public record Ichiran(List<KotekiNenkinHokokuStore.Mitotsugo> items) {
    }

    @Transactional
    public Ichiran ichiran(Caller caller, int nendo, int limit) {
        List<KotekiNenkinHokokuStore.Mitotsugo> items = store.mitotsugo(caller.lgCode(), nendo, limit);
        accessLog.record(caller, "kojin-juminzei.koteki-nenkin-hokoku.mitotsugo", "koteki-nenkin-hokoku",
                items.stream().map(m -> m.fileId() + ":" + m.lineNo()).toList(), "nendo=" + nendo + " count=" + items.size());
        return new Ichiran(items);
    }
}
