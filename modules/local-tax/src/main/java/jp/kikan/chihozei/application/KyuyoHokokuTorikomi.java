package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.shotoku.domain.KyuyoHokokuCsv;
import jp.kikan.platform.caller.Caller;

/**
 * 給与支払報告書の取込 (x-kikan-function kojin-juminzei.kyuyo-hokoku): a file of employers' reports (地方税法第317条の6第1項),
 * loaded as {@link HokokuTorikomi} loads every kind of report.
 */
@ApplicationScoped
public class KyuyoHokokuTorikomi {

    @Inject
    HokokuTorikomi torikomi;

    @Inject
    KyuyoHokokuStore store;

    public JsonNode torikomi(Caller caller, String idempotencyKey, JsonNode request) {
        return torikomi.run(caller, idempotencyKey, request, "kyuyo", "kojin-juminzei.kyuyo-hokoku", KyuyoHokokuCsv::read, store::record);
    }
}
