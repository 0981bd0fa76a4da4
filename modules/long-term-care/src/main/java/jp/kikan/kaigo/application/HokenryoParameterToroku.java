package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.parameter.ParameterHanToroku;
import jp.kikan.platform.quarkus.parameter.ParameterHanViews;

/**
 * 保険料率の登録と照会 (x-kikan-function kaigo.parameter-toroku): the insurer's 基準額, 所得段階と乗率, rounding, 納期 and
 * 特別徴収の方式 — what its 介護保険条例 sets under 介護保険法第129条 and 同施行令第38条 — loaded by its own staff as a new
 * version, checked by building the engine's parameters from it for every 年度 it covers; later 賦課, 試算 and the
 * 年次賦課 use it.
 */
@ApplicationScoped
public class HokenryoParameterToroku {

    static final String ACTION = "kaigo.parameter-toroku";

    @Inject
    ParameterHanToroku toroku;

    @Inject
    HokenryoParameterStore parameters;

    public ParameterHanViews.Han toroku(Caller caller, String idempotencyKey, String shikuchosonkodo, JsonNode document) {
        return toroku.toroku(caller, idempotencyKey, shikuchosonkodo, document, ACTION,
                d -> parameters.check(shikuchosonkodo, d));
    }

    public ParameterHanViews.Rireki shokai(Caller caller, String shikuchosonkodo) {
        return toroku.shokai(caller, shikuchosonkodo, parameters.shipped(shikuchosonkodo));
    }
}
