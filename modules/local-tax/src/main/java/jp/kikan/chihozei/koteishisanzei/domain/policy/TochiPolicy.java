package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.util.List;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKazei;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKubun;
import jp.kikan.chihozei.koteishisanzei.domain.Zennendo;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * A parcel's 課税標準 of the 年度: 住宅用地特例 on its 住宅用地 part, the 負担調整措置 on each part, for 固定資産税 and — in the
 * 市街化区域 of a city that levies it (地方税法第702条第1項) — 都市計画税.
 */
final class TochiPolicy {

    private TochiPolicy() {
    }

    static TochiKazei kazeiHyojun(Tochi t, KoteishisanzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Zennendo z = t.zennendo() == null ? Zennendo.NASHI : t.zennendo();
        boolean toshi = t.shigaikaKuiki() && p.toshiKeikakuZeiritsu().isPresent();
        if (t.kubun() == TochiKubun.SONOTA) {
            konkyo.add(KoteiKonkyo.step(KoteiRule.TOCHI_SONOTA, null, t.hyokagaku(),
                    List.of(text("土地", t.label()), in("評価額", t.hyokagaku())), List.of(),
                    "農地・山林等の負担調整措置（地方税法附則第19条）は未対応: 評価額を課税標準額とする"));
            return new TochiKazei(t.tochiId(), t.label(), t.kubun().key(), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                    t.chiseki(), t.hyokagaku(), 0, t.hyokagaku(), 0, toshi ? t.hyokagaku() : 0, 0, t.hyokagaku(), 0,
                    toshi ? t.hyokagaku() : 0);
        }
        JutakuYochiTokureiPolicy.Bubun b = JutakuYochiTokureiPolicy.bubun(t, p.jutakuYochiTokurei(), konkyo);
        boolean jutaku = b.shokibo().signum() > 0 || b.ippan().signum() > 0;
        long honKoteiJ = 0;
        long honToshiJ = 0;
        long koteiJ = 0;
        long toshiJ = 0;
        if (jutaku) {
            honKoteiJ = JutakuYochiTokureiPolicy.honsoku(b, p.jutakuYochiTokurei(), false, t.label(), konkyo);
            koteiJ = FutanChoseiPolicy.jutaku(honKoteiJ, z.koteiJutaku(), p.futanChoseiJutaku(), KoteiKonkyo.KOTEI, t.label(),
                    konkyo);
            if (toshi) {
                honToshiJ = JutakuYochiTokureiPolicy.honsoku(b, p.jutakuYochiTokurei(), true, t.label(), konkyo);
                toshiJ = FutanChoseiPolicy.jutaku(honToshiJ, z.toshiJutaku(), p.futanChoseiJutaku(), KoteiKonkyo.TOSHI,
                        t.label(), konkyo);
            }
        }
        long koteiH = 0;
        long toshiH = 0;
        if (b.hijutaku().signum() > 0) {
            koteiH = FutanChoseiPolicy.shogyo(b.hyokaHijutaku(), z.koteiHijutaku(), p.futanChoseiShogyo(), KoteiKonkyo.KOTEI,
                    t.label(), konkyo);
            if (toshi) {
                toshiH = FutanChoseiPolicy.shogyo(b.hyokaHijutaku(), z.toshiHijutaku(), p.futanChoseiShogyo(),
                        KoteiKonkyo.TOSHI, t.label(), konkyo);
            }
        }
        return new TochiKazei(t.tochiId(), t.label(), t.kubun().key(), b.shokibo(), b.ippan(), b.hijutaku(), t.hyokagaku(),
                honKoteiJ, b.hyokaHijutaku(), honToshiJ, toshi ? b.hyokaHijutaku() : 0, koteiJ, koteiH, toshiJ, toshiH);
    }
}
