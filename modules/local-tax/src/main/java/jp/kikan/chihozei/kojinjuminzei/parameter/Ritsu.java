package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A rate as written in the parameter files: {@code "6%"}, {@code "0.9"}, {@code "3/5"} or
 * {@code "5.105/84.895"}. Kept exact (numerator / denominator) so that no binary fraction creeps in.
 */
public final class Ritsu {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final String text;

    private Ritsu(BigDecimal numerator, BigDecimal denominator, String text) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + text);
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.text = text;
    }

    public static Ritsu parse(String text) {
        Objects.requireNonNull(text, "rate");
        String t = text.strip();
        try {
            if (t.endsWith("%")) {
                return new Ritsu(new BigDecimal(t.substring(0, t.length() - 1)), BigDecimal.valueOf(100), t);
            }
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new Ritsu(new BigDecimal(t.substring(0, slash)), new BigDecimal(t.substring(slash + 1)), t);
            }
            return new Ritsu(new BigDecimal(t), BigDecimal.ONE, t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a rate (6%, 0.9, 3/5): " + text, e);
        }
    }

    /** amount × rate, exact where the rate is a decimal, else to 34 significant digits. */
    public BigDecimal times(long amount) {
        return times(BigDecimal.valueOf(amount));
    }

    public BigDecimal times(BigDecimal amount) {
        BigDecimal product = amount.multiply(numerator);
        return denominator.compareTo(BigDecimal.ONE) == 0 ? product : product.divide(denominator, PRECISION);
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ritsu r && numerator.multiply(r.denominator).compareTo(r.numerator.multiply(denominator)) == 0;
    }

    @Override
    public int hashCode() {
        return numerator.divide(denominator, PRECISION).stripTrailingZeros().hashCode();
    }

    /** The text as written in the parameter file. */
    @Override
    public String toString() {
        return text;
    }
}
