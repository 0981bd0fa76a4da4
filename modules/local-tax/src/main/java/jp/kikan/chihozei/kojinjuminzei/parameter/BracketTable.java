package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.List;

/**
 * Rows that follow one another without gap or overlap, the last one open-ended. The loader refuses a table
 * that is not so ({@link #check}), so a lookup always finds exactly one row at or above the first.
 */
public record BracketTable<R>(List<Bracket<R>> rows) {

    public BracketTable {
        rows = List.copyOf(rows);
        String problem = check(rows);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the rows do not form a table, or null. */
    public static String check(List<? extends Bracket<?>> rows) {
        if (rows.isEmpty()) {
            return "the table has no rows";
        }
        for (int i = 0; i < rows.size(); i++) {
            Bracket<?> r = rows.get(i);
            if (r.to() != null && r.to() < r.from()) {
                return "row " + (i + 1) + ": to " + r.to() + " is below from " + r.from();
            }
            if (i > 0) {
                Bracket<?> prev = rows.get(i - 1);
                if (prev.to() == null) {
                    return "row " + i + " has no upper end but is not the last row";
                }
                if (r.from() != prev.to() + 1) {
                    return (r.from() > prev.to() + 1 ? "gap" : "overlap") + " between row " + i + " (to "
                            + prev.to() + ") and row " + (i + 1) + " (from " + r.from() + ")";
                }
            }
        }
        if (rows.get(rows.size() - 1).to() != null) {
            return "the last row must have no upper end (to), it ends at " + rows.get(rows.size() - 1).to();
        }
        return null;
    }

    /** The row for an amount; amounts below the first row have none. */
    public Bracket<R> find(long amount) {
        for (Bracket<R> r : rows) {
            if (r.contains(amount)) {
                return r;
            }
        }
        throw new IllegalArgumentException(KingakuHyoki.format("%,d is below the table, which starts at %,d", amount,
                rows.get(0).from()));
    }

    public long firstFrom() {
        return rows.get(0).from();
    }
}
