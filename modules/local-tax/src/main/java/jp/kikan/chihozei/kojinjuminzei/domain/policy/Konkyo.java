package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/** Builds the 算定根拠 steps and the parameter uses they carry. */
final class Konkyo {

    private Konkyo() {
    }

    static SanteiKonkyo.ParameterUse use(Param<?> p, String value) {
        return use(p.ref(), null, value);
    }

    /** A row of a table: the row's own status (where only part of a table is confirmed) wins. */
    static SanteiKonkyo.ParameterUse use(Param<?> p, Bracket<?> row, String value) {
        return use(p.ref(), row, row.rangeLabel() + ": " + value);
    }

    static SanteiKonkyo.ParameterUse use(ParameterRef r, Bracket<?> row, String value) {
        ParameterStatus status = row != null && row.status() != null ? row.status() : r.status();
        String note = row != null && row.note() != null ? join(r.note(), row.note()) : r.note();
        return new SanteiKonkyo.ParameterUse(r.id(), r.nameJa(), r.nendo(), r.level(), value, r.legalBasis(), r.source(),
                status.key(), note);
    }

    static SanteiKonkyo.ParameterUse use(Param<?> p, ParameterStatus status, String value) {
        ParameterRef r = p.ref();
        ParameterStatus s = status != null ? status : r.status();
        return new SanteiKonkyo.ParameterUse(r.id(), r.nameJa(), r.nendo(), r.level(), value, r.legalBasis(), r.source(),
                s.key(), r.note());
    }

    static SanteiKonkyo.Step step(Rule rule, long value, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), null, value, SanteiKonkyo.Step.YEN, inputs,
                params, note);
    }

    static SanteiKonkyo.Step step(Rule rule, ShiKen.Bubun bubun, long value, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), bubun.nameJa(), value, SanteiKonkyo.Step.YEN,
                inputs, params, note);
    }

    /** A step that decides (1 = applies, 0 = does not) rather than computes an amount. */
    static SanteiKonkyo.Step hantei(Rule rule, boolean applies, List<SanteiKonkyo.Input> inputs,
            List<SanteiKonkyo.ParameterUse> params, String note) {
        return new SanteiKonkyo.Step(rule.id(), rule.nameJa(), rule.legalBasis(), null, applies ? 1 : 0, SanteiKonkyo.Step.HANTEI,
                inputs, params, note);
    }

    static SanteiKonkyo.Input in(String name, long amount) {
        return SanteiKonkyo.Input.of(name, amount);
    }

    static SanteiKonkyo.Input text(String name, String text) {
        return SanteiKonkyo.Input.text(name, text);
    }

    static String yen(long amount) {
        return KingakuHyoki.format("%,d円", amount);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " / " + b;
    }
}
