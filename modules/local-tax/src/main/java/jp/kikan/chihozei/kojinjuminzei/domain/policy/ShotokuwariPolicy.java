package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/**
 * 所得割: 課税総所得金額 (総所得金額等 − 所得控除, 1,000円未満切捨て: 地方税法第20条の4の2第1項) × the rate of each part,
 * less 調整控除, 配当控除, 住宅借入金等特別税額控除 and 寄附金税額控除 in that order (none below 0), 100円未満切捨て for
 * each of 市 and 県 (第20条の4の2第3項), then the 定額減税 of 令和6年度; 0 where 所得割 is 非課税.
 */
public final class ShotokuwariPolicy {

    /** The 所得割 of one part, step by step. */
    public record Kekka(String zeiritsu, long sanshutsu, long chosei, long haito, long jutaku, long kifukin, long shotokuwari,
            long teigaku, long saishu) {
    }

    private ShotokuwariPolicy() {
    }

    public static long kazeiSoshotoku(ShotokuKeisan shotoku, ShotokuKojoKeisan kojo, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        Param<Hasu> hasu = p.kazeiHyojunHasu();
        long kazei = hasu.value().apply(Math.max(0, shotoku.soShotokuKingakuTo() - kojo.gokei()));
        konkyo.add(Konkyo.step(Rule.KAZEI_SOSHOTOKU_KINGAKU, kazei,
                List.of(Konkyo.in("総所得金額等", shotoku.soShotokuKingakuTo()), Konkyo.in("所得控除の合計", kojo.gokei())),
                List.of(Konkyo.use(hasu, hasu.value().toString())), null));
        return kazei;
    }

    public static Map<ShiKen.Bubun, Kekka> shotokuwari(KazeiKiso kiso, ShotokuKeisan shotoku, ShotokuKojoKeisan kojo, long kazei,
            HikazeiHantei hikazei, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        long gokei = shotoku.gokeiShotokuKingaku();
        Map<ShiKen.Bubun, Zangaku> zan = new EnumMap<>(ShiKen.Bubun.class);
        Map<ShiKen.Bubun, long[]> parts = new EnumMap<>(ShiKen.Bubun.class);
        Map<ShiKen.Bubun, String> ritsu = new EnumMap<>(ShiKen.Bubun.class);
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            Param<Ritsu> r = ZeiritsuPolicy.zeiritsu(b, p);
            BigDecimal sanshutsu = r.value().times(kazei);
            long shown = sanshutsu.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            konkyo.add(Konkyo.step(Rule.SANSHUTSU_ZEIGAKU, b, shown, List.of(Konkyo.in("課税総所得金額", kazei)),
                    List.of(Konkyo.use(r, b.nameJa() + " " + r.value())),
                    sanshutsu.compareTo(BigDecimal.valueOf(shown)) == 0 ? null : "1円未満 " + sanshutsu.toPlainString()));
            Zangaku z = new Zangaku(sanshutsu);
            long chosei = ChoseiKojoPolicy.choseiKojo(b, kazei, kojo.jintekiKojoSa(), gokei, z, p, konkyo);
            zan.put(b, z);
            parts.put(b, new long[] {shown, chosei, 0, 0, 0, 0});
            ritsu.put(b, r.value().toString());
        }
        Map<ShiKen.Bubun, Long> rounded = new EnumMap<>(ShiKen.Bubun.class);
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            Zangaku z = zan.get(b);
            long choseigo = z.left().setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            long[] a = parts.get(b);
            a[2] = HaitoKojoPolicy.haitoKojo(b, kiso, kazei, z, p, konkyo);
            a[3] = JutakuLoanKojoPolicy.jutakuLoanKojo(b, kiso, z, p, konkyo);
            a[4] = KifukinZeigakuKojoPolicy.kifukinKojo(b, kiso, shotoku.soShotokuKingakuTo(), kazei, kojo.jintekiKojoSa(),
                    choseigo, z, p, konkyo);
            Param<Hasu> hasu = p.shotokuwariHasu();
            long shotokuwari = hasu.value().apply(z.left());
            a[5] = shotokuwari;
            rounded.put(b, shotokuwari);
            konkyo.add(Konkyo.step(Rule.SHOTOKUWARI, b, shotokuwari,
                    List.of(Konkyo.in("算出税額", a[0]), Konkyo.in("調整控除", a[1]), Konkyo.in("配当控除", a[2]),
                            Konkyo.in("住宅借入金等特別税額控除", a[3]), Konkyo.in("寄附金税額控除", a[4])),
                    List.of(Konkyo.use(hasu, hasu.value().toString())), null));
        }
        ShiKen<Long> teigaku = TeigakuGenzeiPolicy.genzei(kiso, gokei, kojo.haigusha() > 0,
                new ShiKen<>(rounded.get(ShiKen.Bubun.SHI), rounded.get(ShiKen.Bubun.KEN)), p, konkyo);
        Map<ShiKen.Bubun, Kekka> out = new EnumMap<>(ShiKen.Bubun.class);
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            long[] a = parts.get(b);
            long saishu = hikazei.shotokuwariHikazei() ? 0 : a[5] - teigaku.get(b);
            konkyo.add(Konkyo.step(Rule.SHOTOKUWARI_SAISHU, b, saishu,
                    List.of(Konkyo.in("所得割額", a[5]), Konkyo.in("定額減税", teigaku.get(b))), List.of(),
                    hikazei.shotokuwariHikazei() ? (hikazei.zengakuHikazei() ? hikazei.riyu() : "所得割 非課税") : null));
            out.put(b, new Kekka(ritsu.get(b), a[0], a[1], a[2], a[3], a[4], a[5], teigaku.get(b), saishu));
        }
        return out;
    }
}
