package jp.kikan.chihozei.koteishisanzei.domain;

/**
 * A house's 課税標準 (its 評価額) for 固定資産税 and 都市計画税, and its 新築住宅減額 of the 年度 (0 when none).
 *
 * @param gengakuNendo which 年度 of the reduction this is (1 = the first), 0 when none
 */
public record KaokuKazei(String kaokuId, String label, long koteiKazeiHyojun, long toshiKazeiHyojun, long shinchikuGengaku,
        int gengakuNendo, int gengakuNensu) {
}
