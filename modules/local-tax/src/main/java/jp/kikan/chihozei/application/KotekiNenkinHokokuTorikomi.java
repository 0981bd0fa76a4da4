package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.chihozei.infrastructure.KotekiNenkinHokokuStore;
import jp.kikan.chihozei.shotoku.domain.NenkinHokokuCsv;
import jp.kikan.platform.caller.Caller;

/**
 * 公的年金等支払報告書の取込 (x-kikan-function kojin-juminzei.koteki-nenkin-hokoku): a file of the pension payers' reports
 * (地方税法第317条の6第4項), loaded as {@link HokokuTorikomi} loads every kind of report. A pensioner with no other income
 * need not file (第317条の2第1項ただし書), so these reports are often the only income information of the elderly.
 */
@ApplicationScoped
public class KotekiNenkinHokokuTorikomi {

    @Inject
    HokokuTorikomi torikomi;

    @Inject
    KotekiNenkinHokokuStore store;

    public JsonNode torikomi(Caller caller, String idempotencyKey, JsonNode request) {
        return torikomi.run(caller, idempotencyKey, request, "koteki_nenkin", "kojin-juminzei.koteki-nenkin-hokoku",
                NenkinHokokuCsv::read, store::record);
    }
}
