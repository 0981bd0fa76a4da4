package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterId;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;

/**
 * One parameter of one file (national or an overlay): its metadata and its values by range of 年度.
 * {@link #read} checks the keys, the 年度 ranges (within the index, no overlap) and each value's shape.
 */
record Definition(ParameterId id, String level, List<Entry> entries) {

    private static final Pattern RANGE = Pattern.compile("(R\\d{1,2})(?:\\.\\.(R\\d{1,2}))?");

    /** The values of a range of 年度 with the metadata that applies to them. */
    record Entry(Nendo from, Nendo to, String nameJa, String legalBasis, String legalBasisNote, String source,
            ParameterStatus status, String note, Object value) {

        boolean covers(Nendo n) {
            return n.compareTo(from) >= 0 && n.compareTo(to) <= 0;
        }
    }

    static Definition read(ParameterId id, Node def, String level, List<Nendo> supported) {
        def.allowOnly("name_ja", "legal_basis", "legal_basis_note", "source", "status", "note", "values");
        String nameJa = def.get("name_ja").asText();
        String legalBasis = def.get("legal_basis").asText();
        String legalBasisNote = def.opt("legal_basis_note").map(Node::asText).orElse(null);
        String source = def.get("source").asText();
        ParameterStatus status = def.get("status").asStatus();
        String note = def.opt("note").map(Node::asText).orElse(null);
        List<Entry> entries = new ArrayList<>();
        for (Node e : def.get("values").list()) {
            e.allowOnly("nendo", "shotoku_nen", "status", "note", "source", "value");
            Nendo[] range = range(e.get("nendo"), supported);
            e.opt("shotoku_nen").ifPresent(s -> checkShotokuNen(s, range));
            String entryNote = e.opt("note").map(Node::asText).orElse(null);
            Object value;
            try {
                value = ValueReaders.read(id, e.get("value"));
            } catch (IllegalArgumentException ex) {
                throw e.get("value").error(ex.getMessage());
            }
            Entry entry = new Entry(range[0], range[1], nameJa, legalBasis, legalBasisNote,
                    e.opt("source").map(Node::asText).orElse(source),
                    e.opt("status").map(Node::asStatus).orElse(status), join(note, entryNote), value);
            for (Entry other : entries) {
                if (!(entry.to.compareTo(other.from) < 0 || entry.from.compareTo(other.to) > 0)) {
                    throw e.error("年度 " + entry.from.key() + ".." + entry.to.key() + " overlaps " + other.from.key() + ".."
                            + other.to.key() + " (each 年度 may have one value only)");
                }
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw def.error("values: at least one entry");
        }
        return new Definition(id, level, List.copyOf(entries));
    }

    /** The national parameter must have a value for every 年度 of the index. */
    void requireEvery(List<Nendo> supported, Node where) {
        for (Nendo n : supported) {
            if (entry(n).isEmpty()) {
                throw where.error("no value for " + n.key() + " (" + n.label() + "): every 年度 of the index needs one");
            }
        }
    }

    Optional<Entry> entry(Nendo n) {
        return entries.stream().filter(e -> e.covers(n)).findFirst();
    }

    Optional<Param<?>> param(Nendo n) {
        return entry(n).map(e -> new Param<>(e.value(), new ParameterRef(id.key(), e.nameJa(), n.label(), level,
                e.legalBasis(), e.legalBasisNote(), e.source(), e.status(), e.note())));
    }

    private static Nendo[] range(Node node, List<Nendo> supported) {
        Matcher m = RANGE.matcher(node.asText().strip());
        if (!m.matches()) {
            throw node.error("nendo is R6 or a range R3..R7, found '" + node.asText() + "'");
        }
        Nendo from = Nendo.parse(m.group(1));
        Nendo to = m.group(2) == null ? from : Nendo.parse(m.group(2));
        if (to.compareTo(from) < 0) {
            throw node.error("the range ends before it starts: " + node.asText());
        }
        for (Nendo n : List.of(from, to)) {
            if (!supported.contains(n)) {
                throw node.error(n.key() + " is not a 年度 of the index (" + supported.stream().map(Nendo::key).toList() + ")");
            }
        }
        return new Nendo[] {from, to};
    }

    /** shotoku_nen is a check for the reader of the file: 令和N年度 taxes 令和N-1年分. */
    private static void checkShotokuNen(Node node, Nendo[] range) {
        String expected = range[0].equals(range[1]) ? range[0].shotokuNenLabel()
                : range[0].shotokuNenLabel() + ".." + range[1].shotokuNenLabel();
        if (!expected.equals(node.asText().strip())) {
            throw node.error("shotoku_nen of " + range[0].key() + (range[0].equals(range[1]) ? "" : ".." + range[1].key())
                    + " is " + expected + ", found '" + node.asText() + "'");
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " / " + b;
    }
}
