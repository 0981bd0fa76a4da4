package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.m2;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 住宅用地に対する課税標準の特例 (地方税法第349条の3の2, 都市計画税 第702条の3): the 住宅用地 of a parcel is at most
 * {@code yuka_menseki_bairitsu} (10) × the floor area of its houses; of it, {@code shokibo_menseki} (200㎡) per dwelling
 * is 小規模住宅用地 (固定 1/6, 都計 1/3) and the rest 一般住宅用地 (固定 1/3, 都計 2/3). What lies beyond the 10× limit is
 * 非住宅用地 (taxed as 商業地等). The 評価額 is shared among the parts by area (whole yen down; the 非住宅 part takes the rest).
 */
final class JutakuYochiTokureiPolicy {

    /** The parts of a parcel by area and by 評価額. */
    record Bubun(BigDecimal shokibo, BigDecimal ippan, BigDecimal hijutaku, long hyokaShokibo, long hyokaIppan,
            long hyokaHijutaku) {
    }

    private JutakuYochiTokureiPolicy() {
    }

    static Bubun bubun(Tochi t, Param<KoteiParams.JutakuYochiTokurei> p, SanteiKonkyo.Builder konkyo) {
        if (t.kubun() != TochiKubun.JUTAKU_YOCHI) {
            return new Bubun(BigDecimal.ZERO, BigDecimal.ZERO, t.chiseki(), 0, 0, t.hyokagaku());
        }
        KoteiParams.JutakuYochiTokurei r = p.value();
        BigDecimal gendo = t.jutakuYukaMenseki().multiply(BigDecimal.valueOf(r.yukaMensekiBairitsu()));
        BigDecimal jutaku = t.chiseki().min(gendo);
        BigDecimal shokibo = jutaku.min(BigDecimal.valueOf(r.shokiboMenseki()).multiply(BigDecimal.valueOf(t.kosu())));
        BigDecimal ippan = jutaku.subtract(shokibo);
        BigDecimal hijutaku = t.chiseki().subtract(jutaku);
        long hyokaShokibo = share(t.hyokagaku(), shokibo, t.chiseki());
        long hyokaIppan = share(t.hyokagaku(), ippan, t.chiseki());
        long hyokaHijutaku = t.hyokagaku() - hyokaShokibo - hyokaIppan;
        String note = "小規模 " + m2(shokibo) + "（" + t.kosu() + "戸 × " + r.shokiboMenseki() + "㎡まで）、一般 " + m2(ippan)
                + (hijutaku.signum() > 0 ? "、床面積の" + r.yukaMensekiBairitsu() + "倍 " + m2(gendo) + " を超える " + m2(hijutaku)
                        + " は非住宅用地（商業地等）" : "");
        konkyo.add(KoteiKonkyo.step(KoteiRule.JUTAKU_YOCHI_MENSEKI, null, hyokaShokibo + hyokaIppan,
                List.of(text("土地", t.label()), text("地積", m2(t.chiseki())), text("住宅の床面積", m2(t.jutakuYukaMenseki())),
                        in("戸数", t.kosu()), in("評価額", t.hyokagaku()), in("小規模住宅用地の評価額", hyokaShokibo),
                        in("一般住宅用地の評価額", hyokaIppan), in("非住宅用地の評価額", hyokaHijutaku)),
                List.of(KoteiKonkyo.use(p, "住宅1戸につき " + r.shokiboMenseki() + "㎡、床面積の " + r.yukaMensekiBairitsu() + " 倍まで")),
                note));
        return new Bubun(shokibo, ippan, hijutaku, hyokaShokibo, hyokaIppan, hyokaHijutaku);
    }

    /** 本則課税標準額 of the 住宅用地 part: 小規模 × 1/6 + 一般 × 1/3 (都市計画税 1/3, 2/3). */
    static long honsoku(Bubun b, Param<KoteiParams.JutakuYochiTokurei> p, boolean toshi, String label,
            SanteiKonkyo.Builder konkyo) {
        KoteiParams.JutakuYochiTokurei r = p.value();
        BigDecimal v = (toshi ? r.toshiShokibo() : r.koteiShokibo()).times(b.hyokaShokibo())
                .add((toshi ? r.toshiIppan() : r.koteiIppan()).times(b.hyokaIppan()));
        long honsoku = KoteiKonkyo.yen(v);
        konkyo.add(KoteiKonkyo.step(KoteiRule.HONSOKU_KAZEI_HYOJUN, toshi ? KoteiKonkyo.TOSHI : KoteiKonkyo.KOTEI, honsoku,
                List.of(text("土地", label), in("小規模住宅用地の評価額", b.hyokaShokibo()), in("一般住宅用地の評価額", b.hyokaIppan())),
                List.of(KoteiKonkyo.use(p, "小規模 " + (toshi ? r.toshiShokibo() : r.koteiShokibo()) + "、一般 "
                        + (toshi ? r.toshiIppan() : r.koteiIppan()))), null));
        return honsoku;
    }

    private static long share(long hyokagaku, BigDecimal part, BigDecimal whole) {
        if (part.signum() == 0) {
            return 0;
        }
        return KoteiKonkyo.yen(BigDecimal.valueOf(hyokagaku).multiply(part).divide(whole, MathContext.DECIMAL128));
    }
}
