package jp.kikan.platform.santei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * 算定根拠: the explanation of an assessment, one {@link Step} per intermediate value in the order they were
 * computed, each with its rule, legal basis, inputs and the parameter values (with their source) it used.
 * Stored with the assessment and shown to a citizen; plain records, JSON-serialisable as they are.
 */
public record SanteiKonkyo(List<Step> steps) {

    public SanteiKonkyo {
        steps = List.copyOf(steps);
    }

    /**
     * One intermediate value.
     *
     * @param ruleId     stable rule id, e.g. {@code kyuyo-shotoku}
     * @param nameJa     what the value is, e.g. 給与所得
     * @param legalBasis the article(s) of the rule
     * @param bubun      市町村民税 / 道府県民税 where the value is one of the two, else null
     * @param value      the value, in {@code tani}
     * @param tani       円, or 判定 (1 = applies, 0 = does not) where the rule decides rather than computes
     * @param inputs     the values it was computed from
     * @param parameters the parameter values used, with their legal basis, source and status
     * @param note       how the rule was applied (e.g. which case), may be null
     */
    public record Step(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<Input> inputs, List<ParameterUse> parameters, String note) {

        public static final String YEN = "円";
        public static final String HANTEI = "判定";
        /** months (e.g. the months a premium is charged for) */
        public static final String TSUKI = "月";

        public Step {
            inputs = List.copyOf(inputs);
            parameters = List.copyOf(parameters);
        }

        /** One line a citizen can read: 名称（部分） 値 ← 入力（注）〔根拠〕 and the parameters used with their status. */
        public String setsumei() {
            StringBuilder sb = new StringBuilder(nameJa);
            if (bubun != null) {
                sb.append("（").append(bubun).append("）");
            }
            sb.append(' ').append(HANTEI.equals(tani) ? (value == 0 ? "該当なし" : "該当") : String.format("%,d%s", value, tani));
            if (!inputs.isEmpty()) {
                sb.append(" ← ").append(String.join("、", inputs.stream().map(Input::setsumei).toList()));
            }
            if (note != null) {
                sb.append("（").append(note).append("）");
            }
            sb.append(" 〔").append(legalBasis).append("〕");
            for (ParameterUse u : parameters) {
                sb.append(" [").append(u.nameJa()).append(" ").append(u.value()).append("; ").append(u.level()).append(' ')
                        .append(u.nendo()).append("; ").append(u.status()).append(']');
            }
            return sb.toString();
        }
    }

    /** An input of a step: an amount (yen, count, age) or a text (a status, a category). */
    public record Input(String name, Long amount, String text) {

        public static Input of(String name, long amount) {
            return new Input(name, amount, null);
        }

        public static Input text(String name, String text) {
            return new Input(name, null, text);
        }

        public String setsumei() {
            return name + " " + (amount != null ? String.format("%,d", amount) : text);
        }
    }

    /**
     * A parameter value used by a step.
     *
     * @param id         parameter id (e.g. {@code kyuyo_shotoku})
     * @param nameJa     its name
     * @param nendo      the 年度 of the value
     * @param level      全国 or the prefecture / municipality of the overlay
     * @param value      the part used, as text (e.g. {@code 1,628,000〜1,799,999: A×2.4+100,000})
     * @param legalBasis the article, or {@code unknown}
     * @param source     the public source
     * @param status     confirmed, inferred or unconfirmed
     * @param note       what is not confirmed, may be null
     */
    public record ParameterUse(String id, String nameJa, String nendo, String level, String value, String legalBasis,
            String source, String status, String note) {
    }

    /** The explanation as lines a citizen can read, one per step. */
    public List<String> setsumei() {
        return steps.stream().map(Step::setsumei).toList();
    }

    /** The last step of a rule (and 市/県 part, or null for both). */
    public Optional<Step> find(String ruleId, String bubun) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.ruleId().equals(ruleId) && (bubun == null || bubun.equals(s.bubun()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Optional<Step> find(String ruleId) {
        return find(ruleId, null);
    }

    /** Collects the steps while an assessment is computed. */
    public static final class Builder {

        private final List<Step> steps = new ArrayList<>();

        public Builder add(Step step) {
            steps.add(step);
            return this;
        }

        public List<Step> steps() {
            return Collections.unmodifiableList(steps);
        }

        public SanteiKonkyo build() {
            return new SanteiKonkyo(steps);
        }
    }
}
