package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.m2;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 新築住宅に対する固定資産税の減額 (地方税法附則第15条の6; 鈴鹿市・鳥羽市・日立市): a house built within a period the
 * reduction was enacted for, whose 居住部分 is at least half its floor area and 50〜280㎡ (一戸建以外の貸家 40㎡〜), has the
 * 固定資産税 on up to 120㎡ of it halved — 税額 × min(120, 居住部分) ÷ 床面積 × 1/2 — for the 3 年度 from the first
 * 賦課期日 after it was built (5 年度 for 3階建以上の耐火・準耐火). The values are those of the period it was built in.
 * 都市計画税 is not reduced.
 */
final class ShinchikuGengakuPolicy {

    /** The reduction of one house in the 年度, 0 with the reason when none. */
    record Gengaku(long gaku, int nendoMe, int nensu) {
    }

    private ShinchikuGengakuPolicy() {
    }

    /** The first 年度 taxed: the 1月1日 on or after the day built (地方税法第359条). */
    static int shoNendo(LocalDate shinchikuBi) {
        return shinchikuBi.getDayOfYear() == 1 ? shinchikuBi.getYear() : shinchikuBi.getYear() + 1;
    }

    static Gengaku gengaku(Kaoku k, long kazeiHyojun, int nendo, Param<Ritsu> zeiritsu,
            Param<KoteiParams.ShinchikuGengaku> p, SanteiKonkyo.Builder konkyo) {
        if (k.kyojuMenseki().signum() == 0) {
            return new Gengaku(0, 0, 0);
        }
        int nendoMe = nendo - shoNendo(k.shinchikuBi()) + 1;
        Optional<KoteiParams.ShinchikuKikan> row = p.value().of(k.shinchikuBi());
        List<SanteiKonkyo.Input> inputs = List.of(text("家屋", k.label()), text("新築年月日", k.shinchikuBi().toString()),
                text("床面積", m2(k.yukaMenseki())), text("居住部分", m2(k.kyojuMenseki())), in("階数", k.kaisu()),
                text("構造", k.taikaKozo() ? "耐火・準耐火" : "その他"), in("課税標準額", kazeiHyojun));
        if (row.isEmpty()) {
            // older houses than any period enacted have had their reduction; newer ones are outside the measure
            if (nendoMe <= 5) {
                konkyo.add(KoteiKonkyo.hantei(KoteiRule.SHINCHIKU_GENGAKU, KoteiKonkyo.KOTEI, false, inputs,
                        List.of(KoteiKonkyo.use(p, "新築期間の定めなし")), "新築年月日がパラメータのいずれの新築期間にもないため減額しない"));
            }
            return new Gengaku(0, 0, 0);
        }
        KoteiParams.ShinchikuKikan r = row.get();
        int nensu = k.kaisu() >= r.chukosoKaisu() && k.taikaKozo() ? r.chukosoNensu() : r.nensu();
        SanteiKonkyo.ParameterUse use = KoteiKonkyo.use(p, r.status(), r.note(), r.label() + ": " + r.gengakuRitsu() + "、"
                + r.mensekiGendo() + "㎡まで、" + r.nensu() + "年度（" + r.chukosoKaisu() + "階建以上の耐火・準耐火 " + r.chukosoNensu()
                + "年度）、居住部分 " + r.kyojuMensekiKagen() + "（貸家 " + r.kashiyaKagen() + "）〜" + r.kyojuMensekiJogen() + "㎡");
        if (nendoMe < 1 || nendoMe > nensu) {
            return new Gengaku(0, 0, 0);
        }
        long kagen = k.kashiya() ? r.kashiyaKagen() : r.kyojuMensekiKagen();
        boolean wariai = k.kyojuMenseki().compareTo(r.kyojuWariai().times(k.yukaMenseki())) >= 0;
        boolean menseki = k.kyojuMenseki().compareTo(BigDecimal.valueOf(kagen)) >= 0
                && k.kyojuMenseki().compareTo(BigDecimal.valueOf(r.kyojuMensekiJogen())) <= 0;
        if (!wariai || !menseki) {
            konkyo.add(KoteiKonkyo.hantei(KoteiRule.SHINCHIKU_GENGAKU, KoteiKonkyo.KOTEI, false, inputs, List.of(use),
                    !wariai ? "居住部分が床面積の " + r.kyojuWariai() + " に満たない" : "居住部分が " + kagen + "㎡〜"
                            + r.kyojuMensekiJogen() + "㎡ の範囲にない"));
            return new Gengaku(0, 0, 0);
        }
        BigDecimal taisho = k.kyojuMenseki().min(BigDecimal.valueOf(r.mensekiGendo()));
        BigDecimal zeigaku = zeiritsu.value().times(kazeiHyojun);
        BigDecimal g = r.gengakuRitsu().times(zeigaku.multiply(taisho).divide(k.yukaMenseki(), MathContext.DECIMAL128));
        long gaku = r.hasu().apply(g);
        konkyo.add(KoteiKonkyo.step(KoteiRule.SHINCHIKU_GENGAKU, KoteiKonkyo.KOTEI, gaku, inputs,
                List.of(use, KoteiKonkyo.use(zeiritsu, zeiritsu.value().toString())),
                "課税標準額 × " + zeiritsu.value() + " × " + m2(taisho) + " ÷ " + m2(k.yukaMenseki()) + " × " + r.gengakuRitsu() + "（"
                        + nendoMe + "年度目 / " + nensu + "年度）"));
        return new Gengaku(gaku, nendoMe, nensu);
    }
}
