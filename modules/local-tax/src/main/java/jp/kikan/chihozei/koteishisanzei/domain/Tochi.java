package jp.kikan.chihozei.koteishisanzei.domain;

import java.math.BigDecimal;

/**
 * A parcel as taxed in one 年度 (its register version of 1月1日).
 *
 * @param tochiId           the register's id
 * @param label             所在 and 地番, for the explanation
 * @param kubun             住宅用地, 商業地等 or その他
 * @param chiseki           地積 (㎡)
 * @param hyokagaku         評価額 (円)
 * @param kosu              住宅の戸数 on a 住宅用地 (0 otherwise)
 * @param jutakuYukaMenseki the floor area of the houses on a 住宅用地 (㎡): the 住宅用地 is at most 10× it
 * @param shigaikaKuiki     in the 市街化区域 (都市計画税, 地方税法第702条)
 * @param zennendo          the previous 年度's 課税標準額 by part
 */
public record Tochi(String tochiId, String label, TochiKubun kubun, BigDecimal chiseki, long hyokagaku, int kosu,
        BigDecimal jutakuYukaMenseki, boolean shigaikaKuiki, Zennendo zennendo) {
}
