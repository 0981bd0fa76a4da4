package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.parameter.ParameterHanToroku;
import jp.kikan.platform.quarkus.parameter.ParameterHanViews;

/**
 * 保険税率の登録と照会 (x-kikan-function kokuho.parameter-toroku): the insurer's rates, caps, rounding and 納期 — what its
 * 国民健康保険税条例 sets under 地方税法第703条の4・第706条 (or its 保険料 under 国民健康保険法第76条・第81条) — loaded by its
 * own staff as a new version, checked by building the engine's parameters from it for every 年度 it covers; later
 * 賦課, 試算, 通知書 and 本算定 use it.
 */
@ApplicationScoped
public class HokenzeiParameterToroku {

    static final String ACTION = "kokuho.parameter-toroku";

    @Inject
    ParameterHanToroku toroku;

    @Inject
    HokenzeiParameterStore parameters;

    public ParameterHanViews.Han toroku(Caller caller, String idempotencyKey, String shikuchosonkodo, JsonNode document) {
        return toroku.toroku(caller, idempotencyKey, shikuchosonkodo, document, ACTION,
                d -> parameters.check(shikuchosonkodo, d));
    }

    public ParameterHanViews.Rireki shokai(Caller caller, String shikuchosonkodo) {
        return toroku.shokai(caller, shikuchosonkodo, parameters.shipped(shikuchosonkodo));
    }
}
