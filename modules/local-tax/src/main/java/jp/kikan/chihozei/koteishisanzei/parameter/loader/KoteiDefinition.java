package jp.kikan.chihozei.koteishisanzei.parameter.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParameterId;

/** One parameter of one file: its metadata and its values by range of 年度 (checked: within the index, no overlap). */
record KoteiDefinition(KoteiParameterId id, String level, List<Entry> entries) {

    private static final Pattern RANGE = Pattern.compile("(R\\d{1,2})(?:\\.\\.(R\\d{1,2}))?");

    record Entry(Nendo from, Nendo to, String nameJa, String legalBasis, String legalBasisNote, String source,
            ParameterStatus status, String note, Object value, Yomi where) {

        boolean covers(Nendo n) {
            return n.compareTo(from) >= 0 && n.compareTo(to) <= 0;
        }
    }

    static KoteiDefinition read(KoteiParameterId id, Yomi def, String level, List<Nendo> supported) {
        def.only("name_ja", "legal_basis", "legal_basis_note", "source", "status", "note", "values");
        String nameJa = def.get("name_ja").text();
        String legalBasis = def.get("legal_basis").text();
        String legalBasisNote = def.opt("legal_basis_note").map(Yomi::text).orElse(null);
        String source = def.get("source").text();
        ParameterStatus status = def.get("status").status();
        String note = def.opt("note").map(Yomi::text).orElse(null);
        List<Entry> entries = new ArrayList<>();
        for (Yomi e : def.get("values").list()) {
            e.only("nendo", "status", "note", "source", "value");
            Nendo[] range = range(e.get("nendo"), supported);
            String entryNote = e.opt("note").map(Yomi::text).orElse(null);
            Entry entry = new Entry(range[0], range[1], nameJa, legalBasis, legalBasisNote,
                    e.opt("source").map(Yomi::text).orElse(source), e.opt("status").map(Yomi::status).orElse(status),
                    note == null ? entryNote : entryNote == null ? note : note + " / " + entryNote,
                    KoteiValueReaders.read(id, e.get("value")), e);
            for (Entry o : entries) {
                if (!(entry.to().compareTo(o.from()) < 0 || entry.from().compareTo(o.to()) > 0)) {
                    throw e.error("年度 " + entry.from().key() + ".." + entry.to().key() + " overlaps " + o.from().key() + ".."
                            + o.to().key() + " (each 年度 may have one value only)");
                }
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw def.error("values: at least one entry");
        }
        return new KoteiDefinition(id, level, List.copyOf(entries));
    }

    void requireEvery(List<Nendo> supported, Yomi where) {
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

    private static Nendo[] range(Yomi node, List<Nendo> supported) {
        Matcher m = RANGE.matcher(node.text().strip());
        if (!m.matches()) {
            throw node.error("nendo is R6 or a range R3..R8, found '" + node.text() + "'");
        }
        Nendo from = Nendo.parse(m.group(1));
        Nendo to = m.group(2) == null ? from : Nendo.parse(m.group(2));
        if (to.compareTo(from) < 0) {
            throw node.error("the range ends before it starts: " + node.text());
        }
        for (Nendo n : List.of(from, to)) {
            if (!supported.contains(n)) {
                throw node.error(n.key() + " is not a 年度 of the index (" + supported.stream().map(Nendo::key).toList() + ")");
            }
        }
        return new Nendo[] {from, to};
    }
}
