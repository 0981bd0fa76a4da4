package jp.kikan.chihozei.kojinjuminzei.parameter;

/**
 * One row of a bracket table: applies to amounts from {@code from} to {@code to} inclusive ({@code to} null =
 * no upper end). A row may carry its own status and note where only part of a table is confirmed.
 */
public record Bracket<R>(long from, Long to, R row, ParameterStatus status, String note) {

    public boolean contains(long amount) {
        return amount >= from && (to == null || amount <= to);
    }

    /** 1,628,000〜1,799,999 / 8,500,000〜. */
    public String rangeLabel() {
        return KingakuHyoki.format("%,d〜%s", from, to == null ? "" : KingakuHyoki.format("%,d", to));
    }
}
