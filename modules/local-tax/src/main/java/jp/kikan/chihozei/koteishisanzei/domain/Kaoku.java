package jp.kikan.chihozei.koteishisanzei.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A house as taxed in one 年度 (its register version of 1月1日); its 課税標準 is its 評価額 (地方税法第349条).
 *
 * @param yukaMenseki  床面積 (㎡)
 * @param kyojuMenseki the 居住部分's floor area (㎡; 0 for a house without dwelling)
 * @param shinchikuBi  the day it was built (新築年月日)
 * @param kaisu        階数 (地上)
 * @param taikaKozo    耐火構造 or 準耐火構造 (the 5-年度 新築減額 of 3階建以上)
 * @param kashiya      一戸建以外の貸家住宅 (the lower floor-area limit of the 新築減額)
 */
public record Kaoku(String kaokuId, String label, long hyokagaku, BigDecimal yukaMenseki, BigDecimal kyojuMenseki,
        LocalDate shinchikuBi, int kaisu, boolean taikaKozo, boolean kashiya, boolean shigaikaKuiki) {
}
