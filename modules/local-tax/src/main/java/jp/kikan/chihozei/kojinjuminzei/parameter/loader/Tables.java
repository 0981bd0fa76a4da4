package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.BracketTable;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/** Reading helpers shared by the value readers. */
final class Tables {

    private Tables() {
    }

    /**
     * A bracket table: a list of rows {from, to?, status?, note?, …rowKeys}; refused with the reason when
     * rows leave a gap, overlap or the last row has an upper end.
     */
    static <R> BracketTable<R> table(Node list, Function<Node, R> rowReader, String... rowKeys) {
        List<Bracket<R>> rows = new ArrayList<>();
        for (Node row : list.list()) {
            String[] keys = new String[rowKeys.length + 4];
            keys[0] = "from";
            keys[1] = "to";
            keys[2] = "status";
            keys[3] = "note";
            System.arraycopy(rowKeys, 0, keys, 4, rowKeys.length);
            row.allowOnly(keys);
            rows.add(new Bracket<>(row.get("from").asLong(), row.opt("to").map(Node::asLong).orElse(null),
                    rowReader.apply(row), row.opt("status").map(Node::asStatus).orElse(null),
                    row.opt("note").map(Node::asText).orElse(null)));
        }
        String problem = BracketTable.check(rows);
        if (problem != null) {
            throw list.error("bracket table: " + problem);
        }
        return new BracketTable<>(rows);
    }

    static ShiKen<Ritsu> shiKenRitsu(Node node) {
        node.allowOnly("shi", "ken");
        return new ShiKen<>(node.get("shi").asRitsu(), node.get("ken").asRitsu());
    }

    static ShiKen<Long> shiKenLong(Node node) {
        node.allowOnly("shi", "ken");
        return new ShiKen<>(node.get("shi").asLong(), node.get("ken").asLong());
    }

    static List<Integer> months(Node list) {
        List<Integer> out = new ArrayList<>();
        for (Node n : list.list()) {
            int m = n.asInt();
            if (m < 1 || m > 12) {
                throw n.error("a month is 1 to 12, found " + m);
            }
            out.add(m);
        }
        if (out.isEmpty()) {
            throw list.error("at least one month");
        }
        return out;
    }

    static List<Long> longs(Node list) {
        return list.list(Node::asLong);
    }
}
