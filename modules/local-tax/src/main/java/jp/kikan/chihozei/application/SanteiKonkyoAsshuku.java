package jp.kikan.chihozei.application;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The compact stored form of an assessment's 算定根拠 (form 2), written straight from the engine's result: what is the
 * same in every assessment of a 年度 — a rule's 名称, 根拠条文, 部分 and 単位; a parameter's id, 名称, 年度, level,
 * 根拠条文, 出典, status and 注記 — is kept once as a document named by the hash of its content (santei_konkyo_doc),
 * and each step keeps only its document's key, its value, its inputs, the parameter values it used (each with its
 * document's key) and its note: {@code [step key, value, [[input, amount or text]…], [[parameter key, value]…],
 * note?]}. Read back ({@link #expand}), each step is whole again, field by field as computed, with its readable line
 * made by the engine's own wording ({@link SanteiKonkyo.Step#setsumei()}).
 */
final class SanteiKonkyoAsshuku {

    /** The stored result's marker of this form (absent in the earlier forms). */
    static final String KATA = "santei_konkyo_kata";
    static final int KATA_2 = 2;

    /**
     * A document as met in a step: its fields in a fixed order (a rule's: rule_id, 名称, 根拠条文, 部分, 単位; a
     * parameter's: id, 名称, 年度, level, 根拠条文, 出典, status, 注記). The texts are mostly the same instances every
     * time (the rules' and the parameters' own), so equality is cheap.
     */
    private static final class Doc {
        private static final String[] RULE = {"rule_id", "name_ja", "legal_basis", "bubun", "tani"};
        private static final String[] PARAMETER = {"id", "name_ja", "nendo", "level", "legal_basis", "source", "status",
            "note"};

        final String[] names;
        final String[] values;
        final int hash;

        Doc(String[] names, String... values) {
            this.names = names;
            this.values = values;
            int h = names.length;
            for (String v : values) {
                h = 31 * h + (v == null ? 0 : v.hashCode());
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Doc d && d.hash == hash && d.names == names && java.util.Arrays.equals(d.values, values);
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
            g.writeFieldName("kojo");
            writer.writeValue(g, f.kojo());
            g.writeNumberField("kazei_soshotoku_kingaku", f.kazeiSoshotokuKingaku());
            g.writeFieldName("hikazei");
            writer.writeValue(g, f.hikazei());
            g.writeFieldName("shi");
            writer.writeValue(g, f.shi());
            g.writeFieldName("ken");
            writer.writeValue(g, f.ken());
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

    private void step(JsonGenerator g, SanteiKonkyo.Step s, Map<String, String> found) throws IOException {
        g.writeStartArray();
        g.writeString(key(new Doc(Doc.RULE, s.ruleId(), s.nameJa(), s.legalBasis(), s.bubun(), s.tani()), found));
        g.writeNumber(s.value());
        g.writeStartArray();
        for (SanteiKonkyo.Input in : s.inputs()) {
            g.writeStartArray();
            g.writeString(in.name());
            if (in.amount() != null) {
                g.writeNumber(in.amount());
            } else if (in.text() != null) {
                g.writeString(in.text());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStartArray();
        for (SanteiKonkyo.ParameterUse u : s.parameters()) {
            g.writeStartArray();
            g.writeString(key(new Doc(Doc.PARAMETER, u.id(), u.nameJa(), u.nendo(), u.level(), u.legalBasis(),
                    u.source(), u.status(), u.note()), found));
            g.writeString(u.value());
            g.writeEndArray();
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

    /** The keys of the documents a stored result (form 2) names. */
    static List<String> keys(JsonNode stored) {
        List<String> keys = new ArrayList<>();
        for (JsonNode s : stored.path("santei_konkyo")) {
            keys.add(s.get(0).asText());
            s.get(3).forEach(p -> keys.add(p.get(0).asText()));
        }
        return keys;
    }

    /**
     * A stored result (form 2) whole again, as the contract's schema KojinJuminzeiFuka: the steps in their view's
     * order of fields, with their parameters' documents ({@code docs}: key → document) and readable lines.
     */
    JsonNode expand(ObjectNode stored, Map<String, JsonNode> docs) {
        ArrayNode steps = mapper.createArrayNode();
        for (JsonNode s : stored.path("santei_konkyo")) {
            steps.add(step(s, docs));
        }
        stored.remove(KATA);
        stored.set("santei_konkyo", steps);
        return stored;
    }

    private ObjectNode step(JsonNode s, Map<String, JsonNode> docs) {
        JsonNode d = doc(docs, s.get(0).asText());
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        for (JsonNode in : s.get(2)) {
            JsonNode v = in.get(1);
            inputs.add(new SanteiKonkyo.Input(in.get(0).asText(), v != null && v.isNumber() ? v.asLong() : null,
                    v != null && v.isTextual() ? v.asText() : null));
        }
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        for (JsonNode u : s.get(3)) {
            JsonNode p = doc(docs, u.get(0).asText());
            uses.add(new SanteiKonkyo.ParameterUse(text(p, "id"), text(p, "name_ja"), text(p, "nendo"), text(p, "level"),
                    u.get(1).asText(), text(p, "legal_basis"), text(p, "source"), text(p, "status"), text(p, "note")));
        }
        SanteiKonkyo.Step step = new SanteiKonkyo.Step(text(d, "rule_id"), text(d, "name_ja"), text(d, "legal_basis"),
                text(d, "bubun"), s.get(1).asLong(), text(d, "tani"), inputs, uses, s.size() > 4 ? s.get(4).asText() : null);
        ObjectNode o = mapper.valueToTree(new FukaViews.Step(step.ruleId(), step.nameJa(), step.legalBasis(), step.bubun(),
                step.value(), step.tani(), step.inputs(), step.parameters(), step.note(), step.setsumei()));
        return o;
    }

    private static JsonNode doc(Map<String, JsonNode> docs, String key) {
        JsonNode d = docs.get(key);
        if (d == null) {
            throw new IllegalStateException("the 算定根拠 names a document that is not kept: " + key);
        }
        return d;
    }

    private static String text(JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
