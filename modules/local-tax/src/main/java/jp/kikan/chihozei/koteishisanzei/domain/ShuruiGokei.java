package jp.kikan.chihozei.koteishisanzei.domain;

/**
 * The taxpayer's total 課税標準 of one kind of asset (土地・家屋・償却資産) and whether it reaches the 免税点
 * (地方税法第351条: 満たない場合は課さない).
 */
public record ShuruiGokei(String shurui, String nameJa, long koteiGokei, long toshiGokei, long menzeiten, boolean kazei) {
}
