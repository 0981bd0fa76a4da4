package jp.kikan.kokuho.hokenzei.parameter;

import java.util.List;

/**
 * 納期: the months of the 年度 the tax is paid in (7 = July of the 年度, 1 = January of the next year) and the rounding
 * unit of each instalment, what is left over going to the first (the 条例's; 地方税法第706条).
 */
public record Nokigen(List<Integer> tsuki, long hasuTani) {

    public Nokigen {
        tsuki = List.copyOf(tsuki);
        if (tsuki.isEmpty() || hasuTani <= 0) {
            throw new IllegalArgumentException("納期 " + tsuki + ", 端数 " + hasuTani);
        }
    }
}
