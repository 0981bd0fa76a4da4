package jp.kikan.kaigo.hokenryo.policy;

import java.util.List;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.hokenryo.parameter.Dankai;
import jp.kikan.kaigo.hokenryo.parameter.Taisho;

/**
 * The stage (所得段階) of the insurer's table for the 期 (介護保険法施行令第38条; 標準13段階 for 令和6–8年度 as restated
 * by 北九州市 https://ssl.city.kitakyushu.lg.jp/ho-huku/file_0413.html and 南魚沼市
 * https://www.city.minamiuonuma.niigata.jp/docs/3467.html): the first stage, in the table's order, that is for the
 * person's 課税状況 and whose band holds his income — 生活保護 and 老齢福祉年金 (世帯全員非課税) go to the stage that names
 * them whatever the income (生活保護 whatever the 課税状況).
 */
public final class DankaiPolicy {

    private DankaiPolicy() {
    }

    public static Taisho taisho(Taishosha t) {
        return t.honninKazei() ? Taisho.HONNIN_KAZEI : t.setaiKazei() ? Taisho.HONNIN_HIKAZEI : Taisho.SETAI_HIKAZEI;
    }

    /** The stage; the table must cover every income of every 課税状況 (checked when the parameters are loaded). */
    public static Dankai dankai(List<Dankai> hyo, Taishosha t, long nenkinSonota, long kijunNenkin) {
        Taisho taisho = taisho(t);
        for (Dankai d : hyo) {
            if (d.seikatsuHogo() && t.seikatsuHogo()
                    || d.taisho() == taisho && d.roreiFukushi() && t.roreiFukushiNenkin() && taisho == Taisho.SETAI_HIKAZEI) {
                return d;
            }
        }
        long shotoku = taisho == Taisho.HONNIN_KAZEI ? t.gokeiShotoku() : nenkinSonota;
        for (Dankai d : hyo) {
            if (d.taisho() == taisho && within(d, shotoku, kijunNenkin)) {
                return d;
            }
        }
        throw new IllegalStateException("the stage table leaves " + taisho.code() + " " + shotoku + " uncovered");
    }

    static boolean within(Dankai d, long shotoku, long kijunNenkin) {
        Long ika = d.ikaKijunNenkin() ? Long.valueOf(kijunNenkin) : d.ika();
        return (ika == null || shotoku <= ika) && (d.miman() == null || shotoku < d.miman());
    }
}
