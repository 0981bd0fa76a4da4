package jp.kikan.kokuho.hokenzei.parameter;

/**
 * One parameter value for a 年度 with where it comes from: the law, the public page that restates it, and whether
 * that was confirmed ({@code confirmed}, {@code inferred}, {@code unconfirmed}).
 *
 * @param level 国 (the law fixes it) or the insurer's 地方公共団体コード (its 条例)
 */
public record Param<T>(String id, String nameJa, int nendo, String level, T value, String legalBasis, String source,
        String status, String note) {

    public static final String CONFIRMED = "confirmed";
    public static final String UNCONFIRMED = "unconfirmed";
    public static final String INFERRED = "inferred";

    public Param<T> withValue(T v) {
        return new Param<>(id, nameJa, nendo, level, v, legalBasis, source, status, note);
    }
}
