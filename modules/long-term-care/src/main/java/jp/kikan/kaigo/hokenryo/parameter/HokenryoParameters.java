package jp.kikan.kaigo.hokenryo.parameter;

import java.util.List;

/**
 * Every parameter of one insurer and 年度, merged: the national ones (the 基準 of the non-taxed bands, the 給与所得
 * deduction) and the insurer's (基準額, the stage table of the 期, rounding).
 *
 * @param kijunNenkin 第1・第4段階の上限 (課税年金収入額＋その他の合計所得金額; 80万円、令和7年度から80.9万円)
 * @param kyuyoKojo   段階判定で給与所得から控除する上限 (10万円)
 */
public record HokenryoParameters(int nendo, String lgCode, Param<Long> kijungaku, Param<List<Dankai>> dankaiHyo,
        Param<Long> kijunNenkin, Param<Long> kyuyoKojo, Param<Hasu> hasu) {
}
