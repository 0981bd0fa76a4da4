package jp.kikan.chihozei.application;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The compact stored form of an assessment's 算定根拠 (form 2), written straight from the engine's result. What is the
 * same in every assessment of a 年度 is kept once as a document named by the hash of its content (santei_konkyo_doc):
 * a parameter's id, 名称, 年度, level, 根拠条文, 出典, status and 注記; and a step's shape — its rule's id, 名称,
 * 根拠条文, its 部分 and 単位, the names of its inputs and the keys of the parameters' documents it used. Each step then
 * keeps only its shape's key, its value, its inputs' values, the parameter values (the part of a table used, as
 * worded) and its note: {@code [shape key, value, [input amount or text…], [parameter value…], note?]}. Read back
 * ({@link SanteiKonkyoTenkai}), each step is whole again, field by field as computed, with its readable line made by the
 * engine's own wording ({@link SanteiKonkyo.Step#setsumei()}). The objects of many fields, mostly zero — 所得控除
 * (kojo), 市町村民税 (shi) and 道府県民税 (ken) — are kept by position beside the key of their field names; 所得
 * (shotoku) and 非課税 (hikazei), which the income information reads from the stored result, stay as they are.
 */
final class SanteiKonkyoAsshuku {

    /** The objects of the result stored by position. */
    static final List<String> BY_POSITION = List.of("kojo", "shi", "ken");

    /** The stored result's marker of this form (absent in the earlier forms). */
    static final String KATA = "santei_konkyo_kata";
    static final int KATA_2 = 2;

    /**
     * A document as met in a step: its fields in a fixed order (a parameter's: id, 名称, 年度, level, 根拠条文, 出典,
     * status, 注記; a step's shape: rule_id, 名称, 根拠条文, 部分, 単位, then its inputs' names and its parameters'
     * keys). The texts are mostly the same instances every time (the rules' and the parameters' own), so equality is
     * cheap.
     */
    private static final class Doc {
        /** the names of an object's fields, for an object stored by position */
        private static final String[] FIELDS = {};
        private static final String[] SHAPE = {"rule_id", "name_ja", "legal_basis", "bubun", "tani"};
        private static final String[] PARAMETER = {"id", "name_ja", "nendo", "level", "legal_basis", "source", "status",
            "note"};

        final String[] names;
        final String[] values;
        /** of a shape: how many of the values after the fixed fields are input names (the rest are parameter keys) */
        final int inputs;
        final int hash;

        Doc(String[] names, int inputs, String... values) {
            this.names = names;
            this.values = values;
            this.inputs = inputs;
            int h = names.length * 31 + inputs;
            for (String v : values) {
                h = 31 * h + (v == null ? 0 : v.hashCode());
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Doc d && d.hash == hash && d.names == names && d.inputs == inputs
                    && java.util.Arrays.equals(d.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ObjectMapper mapper;
    /** what the steps' neighbours are written with: on one line, as every stored JSON */
    private final ObjectWriter writer;
    /** The documents met so far → their key and text (bounded by the parameters' documents, a few hundred a 年度). */
    private final Map<Doc, String[]> keyByDoc = new ConcurrentHashMap<>();

    SanteiKonkyoAsshuku(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /** The assessment as stored; the documents it names are put into {@code found} (key → JSON text). */
    String compact(KojinJuminzeiFuka f, Map<String, String> found) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("nendo", f.nendo().seireki());
            g.writeStringField("nendo_label", f.nendo().label());
            g.writeStringField("shikuchosonkodo", f.shikuchosonkodo());
            g.writeStringField("dantai_mei", f.dantaiMei());
            g.writeFieldName("shotoku");
            writer.writeValue(g, f.shotoku());
            byPosition(g, "kojo", f.kojo(), found);
            g.writeNumberField("kazei_soshotoku_kingaku", f.kazeiSoshotokuKingaku());
            g.writeFieldName("hikazei");
            writer.writeValue(g, f.hikazei());
            byPosition(g, "shi", f.shi(), found);
            byPosition(g, "ken", f.ken(), found);
            g.writeNumberField("shinrin_kankyozei", f.shinrinKankyozei());
            g.writeNumberField("nenzeigaku", f.nenZeigaku());
            g.writeNumberField(KATA, KATA_2);
            g.writeArrayFieldStart("santei_konkyo");
            for (SanteiKonkyo.Step s : f.santeiKonkyo().steps()) {
                step(g, s, found);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * An object of the result with many fields, mostly zero (所得控除, 市町村民税, 道府県民税), by position:
     * {@code [key of its field names, value…]}.
     */
    private void byPosition(JsonGenerator g, String field, Object value, Map<String, String> found) throws IOException {
        ObjectNode o = mapper.valueToTree(value);
        String[] names = new String[o.size()];
        java.util.Iterator<String> it = o.fieldNames();
        for (int i = 0; i < names.length; i++) {
            names[i] = it.next();
        }
        g.writeArrayFieldStart(field);
        g.writeString(key(new Doc(Doc.FIELDS, 0, names), found));
        for (String n : names) {
            g.writeTree(o.get(n));
        }
        g.writeEndArray();
    }

    private void step(JsonGenerator g, SanteiKonkyo.Step s, Map<String, String> found) throws IOException {
        int n = s.inputs().size();
        int m = s.parameters().size();
        String[] shape = new String[Doc.SHAPE.length + n + m];
        shape[0] = s.ruleId();
        shape[1] = s.nameJa();
        shape[2] = s.legalBasis();
        shape[3] = s.bubun();
        shape[4] = s.tani();
        for (int i = 0; i < n; i++) {
            shape[5 + i] = s.inputs().get(i).name();
        }
        for (int i = 0; i < m; i++) {
            SanteiKonkyo.ParameterUse u = s.parameters().get(i);
            shape[5 + n + i] = key(new Doc(Doc.PARAMETER, 0, u.id(), u.nameJa(), u.nendo(), u.level(), u.legalBasis(),
                    u.source(), u.status(), u.note()), found);
        }
        g.writeStartArray();
        g.writeString(key(new Doc(Doc.SHAPE, n, shape), found));
        g.writeNumber(s.value());
        g.writeStartArray();
        for (SanteiKonkyo.Input in : s.inputs()) {
            if (in.amount() != null) {
                g.writeNumber(in.amount());
            } else if (in.text() != null) {
                g.writeString(in.text());
            } else {
                g.writeNull();
            }
        }
        g.writeEndArray();
        g.writeStartArray();
        for (SanteiKonkyo.ParameterUse u : s.parameters()) {
            g.writeString(u.value());
        }
        g.writeEndArray();
        if (s.note() != null) {
            g.writeString(s.note());
        }
        g.writeEndArray();
    }

    /** The document's key (the first 64 bits of its text's SHA-256, base64url), its text put into {@code found}. */
    private String key(Doc doc, Map<String, String> found) {
        String[] k = keyByDoc.computeIfAbsent(doc, d -> {
            String text = text(d);
            return new String[] {hash(text), text};
        });
        String before = found.putIfAbsent(k[0], k[1]);
        if (before != null && !before.equals(k[1])) {
            throw new IllegalStateException("two documents of the 算定根拠 have one key " + k[0] + ": " + before + " / " + k[1]);
        }
        return k[0];
    }

    private String text(Doc doc) {
        ObjectNode o = mapper.createObjectNode();
        for (int i = 0; i < doc.names.length; i++) {
            if (doc.values[i] != null) {
                o.put(doc.names[i], doc.values[i]);
            }
        }
        if (doc.names == Doc.FIELDS) {
            ArrayNode fields = o.putArray("fields");
            for (String v : doc.values) {
                fields.add(v);
            }
        }
        if (doc.names == Doc.SHAPE) {
            ArrayNode inputs = o.putArray("inputs");
            ArrayNode parameters = o.putArray("parameters");
            for (int i = doc.names.length; i < doc.values.length; i++) {
                (i < doc.names.length + doc.inputs ? inputs : parameters).add(doc.values[i]);
            }
        }
        return o.toString();
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
