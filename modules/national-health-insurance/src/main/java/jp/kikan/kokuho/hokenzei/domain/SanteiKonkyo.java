package jp.kikan.kokuho.hokenzei.domain;

import java.util.List;

/**
 * 算定根拠: one {@link Step} per value in the order computed, each with its rule, legal basis, inputs and the
 * parameter values (with their source and status) it used — the same shape as local tax's, so a citizen reads both
 * the same way.
 */
public record SanteiKonkyo(List<Step> steps) {

    public SanteiKonkyo {
        steps = List.copyOf(steps);
    }

    public record Step(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<Input> inputs, List<ParameterUse> parameters, String note) {

        public static final String YEN = "円";
        public static final String HANTEI = "判定";
        public static final String TSUKI = "月";

        public Step {
            inputs = List.copyOf(inputs);
            parameters = List.copyOf(parameters);
        }

        /** One readable line: 名称（区分） 値 ← 入力（注）〔根拠〕 [パラメータ 値; 国/団体 年度; 確認状況]. */
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

    public record Input(String name, Long amount, String text) {
        public static Input of(String name, long amount) {
            return new Input(name, amount, null);
        }

        public static Input text(String name, String text) {
            return new Input(name, null, text);
        }

        String setsumei() {
            return name + " " + (amount != null ? String.format("%,d", amount) : text);
        }
    }

    public record ParameterUse(String id, String nameJa, String nendo, String level, String value, String legalBasis,
            String source, String status, String note) {
    }
}
