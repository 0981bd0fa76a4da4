package jp.kikan.kaigo.choshu;

import jp.kikan.kaigo.hokenryo.parameter.Param;

/** The collection parameters of one insurer and 年度: its 普通徴収 納期 and their rounding. */
public record ChoshuParameters(int nendo, Param<Nokigen> nokigen) {
}
