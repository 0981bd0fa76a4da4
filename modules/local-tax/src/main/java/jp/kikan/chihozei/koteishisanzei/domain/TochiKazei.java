package jp.kikan.chihozei.koteishisanzei.domain;

import java.math.BigDecimal;

/**
 * A parcel's 課税標準 of one 年度: the areas of its parts, the 本則 (評価額 × 特例率) and the 課税標準 after the 負担調整措置,
 * by part (住宅用地 / 非住宅用地) for 固定資産税 and 都市計画税 (0 outside the 市街化区域). Kept with the assessment: the next
 * 年度's 負担水準 is measured against it.
 */
public record TochiKazei(String tochiId, String label, String kubun, BigDecimal shokiboMenseki, BigDecimal ippanMenseki,
        BigDecimal hijutakuMenseki, long hyokagaku, long honsokuKoteiJutaku, long honsokuKoteiHijutaku,
        long honsokuToshiJutaku, long honsokuToshiHijutaku, long koteiJutaku, long koteiHijutaku, long toshiJutaku,
        long toshiHijutaku) {

    public long koteiKazeiHyojun() {
        return koteiJutaku + koteiHijutaku;
    }

    public long toshiKazeiHyojun() {
        return toshiJutaku + toshiHijutaku;
    }

    public Zennendo asZennendo() {
        boolean jutaku = shokiboMenseki.signum() > 0 || ippanMenseki.signum() > 0;
        boolean hijutaku = hijutakuMenseki.signum() > 0;
        return new Zennendo(jutaku ? koteiJutaku : null, hijutaku ? koteiHijutaku : null, jutaku ? toshiJutaku : null,
                hijutaku ? toshiHijutaku : null);
    }
}
