package jp.kikan.chihozei.koteishisanzei.domain;

/**
 * 償却資産 of a taxpayer as taxed in one 年度; no 都市計画税 (第702条: 土地・家屋). Either its 評価額 was entered
 * ({@code meisai} null, a simulation of what the taxpayer was told) or it is computed from the declared line
 * ({@code meisai}) by the 減価残存率 of the 年度 ({@code hyokagaku} then 0 until computed).
 */
public record ShokyakuShisan(String shisanId, String label, long hyokagaku, ShokyakuShisanMeisai meisai) {

    public ShokyakuShisan(String shisanId, String label, long hyokagaku) {
        this(shisanId, label, hyokagaku, null);
    }

    public static ShokyakuShisan shinkoku(String shisanId, ShokyakuShisanMeisai meisai) {
        return new ShokyakuShisan(shisanId, meisai.label(), 0, meisai);
    }
}
