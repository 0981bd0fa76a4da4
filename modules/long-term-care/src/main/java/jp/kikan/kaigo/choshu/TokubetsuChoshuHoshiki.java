package jp.kikan.kaigo.choshu;

/**
 * The insurer's way of splitting the 本徴収: the rounding unit of each 期 (what is left over goes to the first, 10月分)
 * and whether it levels (平準化) the 8月 仮徴収 — 庄原市: (年額 − 4月・6月の額) ÷ 4 over 8月・10月・12月・2月.
 */
public record TokubetsuChoshuHoshiki(long hasuTani, boolean heijunkaHachigatsu) {

    public TokubetsuChoshuHoshiki {
        if (hasuTani <= 0) {
            throw new IllegalArgumentException("端数 " + hasuTani);
        }
    }
}
