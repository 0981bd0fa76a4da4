package jp.kikan.kaigo.hokenryo.parameter;

/**
 * The insurer's rounding of annual amounts: down to a multiple of {@code tani} (1 = 1円未満切捨て, 100 = 100円未満切捨て),
 * and whether a reduced stage is rounded in two steps — floor(基準額 × 本来の乗率) − floor(基準額 × 軽減幅), as 南魚沼市's
 * published amounts match — or once, floor(基準額 × 軽減後の乗率).
 */
public record Hasu(long tani, boolean nidankai) {

    public long kirisute(long yen) {
        return Math.floorDiv(yen, tani) * tani;
    }

    public String label() {
        return (tani == 1 ? "1円未満切捨て" : String.format("%,d円未満切捨て", tani))
                + (nidankai ? "、軽減は本来額と軽減額をそれぞれ切捨て" : "、軽減後の乗率で一度に切捨て");
    }
}
