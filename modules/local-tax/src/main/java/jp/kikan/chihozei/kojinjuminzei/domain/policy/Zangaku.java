package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is left of the 所得割 of one part as the 調整控除 and 税額控除 are taken in the order of the law; a
 * deduction never takes more than is left (none makes the 所得割 negative).
 */
final class Zangaku {

    private BigDecimal left;

    Zangaku(BigDecimal start) {
        this.left = start.max(BigDecimal.ZERO);
    }

    /** Takes at most what is left; returns what was taken. */
    long take(long amount) {
        long can = Math.min(amount, left.setScale(0, RoundingMode.CEILING).longValueExact());
        long taken = Math.max(0, can);
        left = left.subtract(BigDecimal.valueOf(taken)).max(BigDecimal.ZERO);
        return taken;
    }

    BigDecimal left() {
        return left;
    }
}
