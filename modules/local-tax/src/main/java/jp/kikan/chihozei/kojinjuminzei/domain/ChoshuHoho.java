package jp.kikan.chihozei.kojinjuminzei.domain;

/** How a tax is collected (徴収方法). */
public enum ChoshuHoho {
    /** 普通徴収 (地方税法第319条〜第320条) */
    FUTSU_CHOSHU,
    /** 給与所得に係る特別徴収 (第321条の3〜) */
    KYUYO_TOKUBETSU_CHOSHU,
    /** 公的年金等に係る所得に係る特別徴収 (第321条の7の2〜) */
    NENKIN_TOKUBETSU_CHOSHU
}
