package jp.kikan.chihozei.koteishisanzei.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.platform.santei.SanteiKonkyo;

/** Builds the 算定根拠 steps of 固定資産税・都市計画税 (the platform's SanteiKonkyo). */
final class KoteiKonkyo {

    static final String KOTEI = "固定資産税";
    static final String TOSHI = "都市計画税";

    private KoteiKonkyo() {
    }

    static SanteiKonkyo.ParameterUse use(Param<?> p, String value) {
        return use(p, null, null, value);
    }

    /** A row with a status / note of its own (a period of the 新築減額). */
    static SanteiKonkyo.ParameterUse use(Param<?> p, ParameterStatus status, String rowNote, String value) {
        ParameterRef r = p.ref();
        String note = rowNote == null ? r.note() : r.note() == null ? rowNote : r.note() + " / " + rowNote;
        return new SanteiKonkyo.ParameterUse(r.id(), r.nameJa(), r.nendo(), r.level(), value, r.legalBasis(), r.source(),
                (status != null ? status : r.status()).key(), note);
    }

    static SanteiKonkyo.Step step(KoteiRule rule, String bubun, long value, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), bubun, value, SanteiKonkyo.Step.YEN, inputs,
                params, note);
    }

    static SanteiKonkyo.Step hantei(KoteiRule rule, String bubun, boolean applies, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), bubun, applies ? 1 : 0,
                SanteiKonkyo.Step.HANTEI, inputs, params, note);
    }

    static SanteiKonkyo.Input in(String name, long amount) {
        return SanteiKonkyo.Input.of(name, amount);
    }

    static SanteiKonkyo.Input text(String name, String text) {
        return SanteiKonkyo.Input.text(name, text);
    }

    static String m2(BigDecimal area) {
        return area.stripTrailingZeros().toPlainString() + "㎡";
    }

    /** Whole yen, the fraction dropped (評価額 and 課税標準 are whole yen). */
    static long yen(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
