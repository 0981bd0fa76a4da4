package jp.kikan.kaigo.choshu;

import jp.kikan.kaigo.hokenryo.parameter.Param;

/**
 * The collection parameters of one insurer and 年度: its 普通徴収 納期, the national rules of 特別徴収 and its way of
 * splitting the 本徴収.
 */
public record ChoshuParameters(int nendo, Param<Nokigen> nokigen, Param<TokubetsuChoshuKijun> kijun,
        Param<TokubetsuChoshuHoshiki> hoshiki) {
}
