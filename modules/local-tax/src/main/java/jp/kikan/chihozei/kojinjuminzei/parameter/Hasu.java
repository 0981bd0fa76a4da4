package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rounding rule (端数処理): round to a multiple of {@code unit} yen, down or up. The units themselves are
 * parameters (e.g. 課税標準 1,000円未満切捨て and 所得割 100円未満切捨て, 地方税法第20条の4の2).
 */
public record Hasu(long unit, Mode mode) {

    public enum Mode {
        FLOOR("floor"), CEIL("ceil");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public static Mode of(String key) {
            for (Mode m : values()) {
                if (m.key.equals(key)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("mode must be floor or ceil: " + key);
        }

        public String key() {
            return key;
        }
    }

    public Hasu {
        if (unit < 1) {
            throw new IllegalArgumentException("unit must be at least 1 yen: " + unit);
        }
    }

    public long apply(BigDecimal amount) {
        BigDecimal units = amount.divide(BigDecimal.valueOf(unit), 0,
                mode == Mode.FLOOR ? RoundingMode.FLOOR : RoundingMode.CEILING);
        return units.longValueExact() * unit;
    }

    public long apply(long amount) {
        return apply(BigDecimal.valueOf(amount));
    }

    @Override
    public String toString() {
        return unit + "円未満" + (mode == Mode.FLOOR ? "切捨て" : "切上げ");
    }
}
