package jp.kikan.kaigo.choshu;

import java.util.List;

/**
 * What the law fixes of 特別徴収 (level 国): the pension of at least {@code nenkinNengaku} a year (介護保険法第135条;
 * 施行令第41条: 18万円), the months of the 仮徴収 (4・6・8月) and of the 本徴収 (10・12・2月) — the pension's payment months.
 */
public record TokubetsuChoshuKijun(long nenkinNengaku, List<Integer> karichoshuTsuki, List<Integer> honchoshuTsuki) {

    public TokubetsuChoshuKijun {
        karichoshuTsuki = List.copyOf(karichoshuTsuki);
        honchoshuTsuki = List.copyOf(honchoshuTsuki);
    }
}
