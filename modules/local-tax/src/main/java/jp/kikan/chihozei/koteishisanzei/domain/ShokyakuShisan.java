package jp.kikan.chihozei.koteishisanzei.domain;

/** 償却資産 of a taxpayer as declared (地方税法第383条) with its 評価額 entered; no 都市計画税 (第702条: 土地・家屋). */
public record ShokyakuShisan(String shisanId, String label, long hyokagaku) {
}
