package jp.kikan.chihozei.kojinjuminzei.domain;

/**
 * The limit of the 住宅借入金等特別税額控除 by 居住年 (宇都宮市
 * https://www.city.utsunomiya.lg.jp/kurashi/zeikin/shinzei/1003624.html); the key is the parameter files' key.
 */
public enum JutakuGendoKubun {
    /** 所得税の課税総所得金額等 × 5% (最高 97,500円): 平成21年〜平成26年3月, 令和4年〜, or without 消費税 8%/10% */
    KIHON("kihon"),
    /** × 7% (最高 136,500円): 平成26年4月〜令和3年12月 with 消費税 8% or 10% (特定取得) */
    TOKUTEI_SHUTOKU("tokutei_shutoku");

    private final String key;

    JutakuGendoKubun(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
