package jp.kikan.kokuho.hokenzei.parameter;

/**
 * An insurer's rates for one 区分 (its 条例): 所得割 in parts per million of the base (7.2% = 72,000), 均等割 per
 * insured, 平等割 per household (0 where the insurer has none).
 */
public record Zeiritsu(long shotokuwariPpm, long kintowari, long byodowari) {

    public String label() {
        return String.format("所得割 %s%%、均等割 %,d円、平等割 %,d円", java.math.BigDecimal.valueOf(shotokuwariPpm, 4)
                .stripTrailingZeros().toPlainString(), kintowari, byodowari);
    }
}
