package jp.kikan.kokuho.hokenzei.parameter;

import java.util.Map;
import jp.kikan.kokuho.hokenzei.domain.FukaKeishiki;
import jp.kikan.kokuho.hokenzei.domain.Kubun;

/**
 * Every parameter of one insurer and 年度, merged: what the law fixes (国) and the insurer's own (rates, and any 限度額
 * it sets lower than the 政令's).
 *
 * @param kisoKojo        所得割の基礎控除 (円)
 * @param nenkinKojo      軽減判定で65歳以上の公的年金等所得から控除する額 (円)
 * @param mishugakujiWari 未就学児の均等割の軽減 (割: 5 = 5割)
 * @param hasuTani        年税額の端数処理の単位 (100 = 100円未満切捨て)
 * @param nokigen         納期と各期の端数処理、納期限の日
 * @param keishiki        国民健康保険税か国民健康保険料か（条例）
 * @param tokuteiSetai    特定世帯・特定継続世帯の平等割と特定同一世帯所属者の軽減判定
 */
public record HokenzeiParameters(int nendo, String lgCode, Param<Long> kisoKojo, Param<KeigenKijun> keigen,
        Param<Long> nenkinKojo, Param<KyuyoShotokushaKijun> kyuyoShotokusha, Param<Integer> mishugakujiWari,
        Param<Long> hasuTani, Map<Kubun, Param<Zeiritsu>> zeiritsu, Map<Kubun, Param<Long>> gendogaku,
        Param<Nokigen> nokigen, Param<FukaKeishiki> keishiki, Param<TokuteiSetaiKijun> tokuteiSetai) {

    public HokenzeiParameters {
        zeiritsu = Map.copyOf(zeiritsu);
        gendogaku = Map.copyOf(gendogaku);
    }
}
