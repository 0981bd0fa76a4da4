package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 負担調整措置 (地方税法附則第18条, 都市計画税 附則第25条): the 課税標準額 of land moves towards its 本則 by steps measured
 * against the previous 年度's 課税標準額 (負担水準).
 *
 * <ul>
 * <li>住宅用地: 負担水準 = 前年度 ÷ 本則; at or above 1 → 本則; below → 前年度 + 本則 × 5%, at most the 本則 and at least
 * 本則 × 20% (岡崎市 令和7年度).</li>
 * <li>商業地等: 負担水準 = 前年度 ÷ 評価額; above 70% → 評価額 × 70%; 60〜70% → 前年度据置; below 60% → 前年度 + 評価額 × 5%,
 * at most 評価額 × 60% and at least 評価額 × 20% — an unconfirmed parameter (see its note).</li>
 * <li>A 年度 whose parameter says {@code sueoki} (令和3年度) keeps a rising 課税標準額 at the previous year's.</li>
 * </ul>
 * Without a previous 年度's 課税標準額 (a new parcel or part) the 本則 applies.
 */
final class FutanChoseiPolicy {

    private FutanChoseiPolicy() {
    }

    static long jutaku(long honsoku, Long zennendo, Param<KoteiParams.FutanChoseiJutaku> p, String bubun, String label,
            SanteiKonkyo.Builder konkyo) {
        KoteiParams.FutanChoseiJutaku r = p.value();
        long out;
        String note;
        if (zennendo == null) {
            out = honsoku;
            note = "前年度の課税標準額がないため本則";
        } else if (honsoku == 0 || zennendo >= honsoku) {
            out = honsoku;
            note = "負担水準 " + suijun(zennendo, honsoku) + " が1以上のため本則";
        } else {
            long up = zennendo + KoteiKonkyo.yen(r.zokaRitsu().times(honsoku));
            long floor = KoteiKonkyo.yen(r.kagenRitsu().times(honsoku));
            out = Math.max(Math.min(up, honsoku), floor);
            note = "負担水準 " + suijun(zennendo, honsoku) + " < 1: 前年度 + 本則 × " + r.zokaRitsu() + "（本則まで、本則 × "
                    + r.kagenRitsu() + " 以上）";
        }
        if (r.sueoki() && zennendo != null && out > zennendo) {
            out = zennendo;
            note += "、上昇する課税標準額は前年度に据置";
        }
        List<SanteiKonkyo.Input> inputs = new ArrayList<>(List.of(text("土地", label), in("本則課税標準額", honsoku)));
        if (zennendo != null) {
            inputs.add(in("前年度課税標準額", zennendo));
        }
        konkyo.add(KoteiKonkyo.step(KoteiRule.FUTAN_CHOSEI_JUTAKU, bubun, out, inputs, List.of(KoteiKonkyo.use(p,
                "上昇 " + r.zokaRitsu() + "、下限 " + r.kagenRitsu() + (r.sueoki() ? "、据置" : ""))), note));
        return out;
    }

    static long shogyo(long hyokagaku, Long zennendo, Param<KoteiParams.FutanChoseiShogyo> p, String bubun, String label,
            SanteiKonkyo.Builder konkyo) {
        KoteiParams.FutanChoseiShogyo r = p.value();
        long jogen = KoteiKonkyo.yen(r.jogenRitsu().times(hyokagaku));
        long sueokiKagen = KoteiKonkyo.yen(r.sueokiKagen().times(hyokagaku));
        long out;
        String note;
        if (zennendo == null) {
            out = jogen;
            note = "前年度の課税標準額がないため 評価額 × " + r.jogenRitsu();
        } else if (BigDecimal.valueOf(zennendo).compareTo(r.jogenRitsu().times(hyokagaku)) > 0) {
            out = jogen;
            note = "負担水準 " + suijun(zennendo, hyokagaku) + " > " + r.jogenRitsu() + ": 評価額 × " + r.jogenRitsu();
        } else if (BigDecimal.valueOf(zennendo).compareTo(r.sueokiKagen().times(hyokagaku)) >= 0) {
            out = zennendo;
            note = "負担水準 " + suijun(zennendo, hyokagaku) + " が " + r.sueokiKagen() + "〜" + r.jogenRitsu() + ": 前年度据置";
        } else {
            long up = zennendo + KoteiKonkyo.yen(r.zokaRitsu().times(hyokagaku));
            out = Math.max(Math.min(up, sueokiKagen), KoteiKonkyo.yen(r.kagenRitsu().times(hyokagaku)));
            note = "負担水準 " + suijun(zennendo, hyokagaku) + " < " + r.sueokiKagen() + ": 前年度 + 評価額 × " + r.zokaRitsu()
                    + "（評価額 × " + r.sueokiKagen() + " まで、" + r.kagenRitsu() + " 以上）";
        }
        if (r.sueoki() && zennendo != null && out > zennendo) {
            out = zennendo;
            note += "、上昇する課税標準額は前年度に据置";
        }
        List<SanteiKonkyo.Input> inputs = new ArrayList<>(List.of(text("土地", label), in("評価額", hyokagaku)));
        if (zennendo != null) {
            inputs.add(in("前年度課税標準額", zennendo));
        }
        konkyo.add(KoteiKonkyo.step(KoteiRule.FUTAN_CHOSEI_SHOGYO, bubun, out, inputs, List.of(KoteiKonkyo.use(p,
                "上限 " + r.jogenRitsu() + "、据置 " + r.sueokiKagen() + "〜、上昇 " + r.zokaRitsu() + "、下限 " + r.kagenRitsu()
                        + (r.sueoki() ? "、据置" : ""))), note));
        return out;
    }

    /** 負担水準 as text to 3 places (for the explanation only: the decision compares whole yen). */
    private static String suijun(long zennendo, long base) {
        if (base == 0) {
            return "-";
        }
        return BigDecimal.valueOf(zennendo).divide(BigDecimal.valueOf(base), MathContext.DECIMAL64)
                .setScale(3, java.math.RoundingMode.FLOOR).toPlainString();
    }
}
