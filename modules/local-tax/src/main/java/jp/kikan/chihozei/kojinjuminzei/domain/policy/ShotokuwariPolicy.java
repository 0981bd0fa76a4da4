package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
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
        Map<ShiKen.Bubun, Bubun> parts = new EnumMap<>(ShiKen.Bubun.class);
        // 算出税額 and 調整控除 of both parts first: the ふるさと納税 cap is 20% of the 所得割 after 調整控除
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            Param<Ritsu> r = ZeiritsuPolicy.zeiritsu(b, p);
            BigDecimal exact = r.value().times(kazei);
            Bubun part = new Bubun(r.value().toString(), exact);
            konkyo.add(Konkyo.step(Rule.SANSHUTSU_ZEIGAKU, b, part.sanshutsu, List.of(Konkyo.in("課税総所得金額", kazei)),
                    List.of(Konkyo.use(r, b.nameJa() + " " + r.value())),
                    exact.compareTo(BigDecimal.valueOf(part.sanshutsu)) == 0 ? null : "1円未満 " + exact.toPlainString()));
            part.chosei = ChoseiKojoPolicy.choseiKojo(b, kazei, kojo.jintekiKojoSa(), gokei, part.zan, p, konkyo);
            parts.put(b, part);
        }
        Param<Hasu> hasu = p.shotokuwariHasu();
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            Bubun part = parts.get(b);
            long choseigo = part.zan.left().setScale(0, RoundingMode.FLOOR).longValueExact();
            part.haito = HaitoKojoPolicy.haitoKojo(b, kiso, kazei, part.zan, p, konkyo);
            part.jutaku = JutakuLoanKojoPolicy.jutakuLoanKojo(b, kiso, part.zan, p, konkyo);
            part.kifukin = KifukinZeigakuKojoPolicy.kifukinKojo(b, kiso, shotoku.soShotokuKingakuTo(), kazei,
                    kojo.jintekiKojoSa(), choseigo, part.zan, p, konkyo);
            part.shotokuwari = hasu.value().apply(part.zan.left());
            konkyo.add(Konkyo.step(Rule.SHOTOKUWARI, b, part.shotokuwari,
                    List.of(Konkyo.in("算出税額", part.sanshutsu), Konkyo.in("調整控除", part.chosei), Konkyo.in("配当控除", part.haito),
                            Konkyo.in("住宅借入金等特別税額控除", part.jutaku), Konkyo.in("寄附金税額控除", part.kifukin)),
                    List.of(Konkyo.use(hasu, hasu.value().toString())), null));
        }
        ShiKen<Long> teigaku = TeigakuGenzeiPolicy.genzei(kiso, gokei, kojo.haigusha() > 0,
                new ShiKen<>(parts.get(ShiKen.Bubun.SHI).shotokuwari, parts.get(ShiKen.Bubun.KEN).shotokuwari), p, konkyo);
        Map<ShiKen.Bubun, Kekka> out = new EnumMap<>(ShiKen.Bubun.class);
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            Bubun part = parts.get(b);
            long saishu = hikazei.shotokuwariHikazei() ? 0 : part.shotokuwari - teigaku.get(b);
            konkyo.add(Konkyo.step(Rule.SHOTOKUWARI_SAISHU, b, saishu,
                    List.of(Konkyo.in("所得割額", part.shotokuwari), Konkyo.in("定額減税", teigaku.get(b))), List.of(),
                    hikazei.shotokuwariHikazei() ? (hikazei.zengakuHikazei() ? hikazei.riyu() : "所得割 非課税") : null));
            out.put(b, new Kekka(part.zeiritsu, part.sanshutsu, part.chosei, part.haito, part.jutaku, part.kifukin,
                    part.shotokuwari, teigaku.get(b), saishu));
        }
        return out;
    }

    /** The 所得割 of one part while it is computed. */
    private static final class Bubun {
        final String zeiritsu;
        final long sanshutsu;
        final Zangaku zan;
        long chosei;
        long haito;
        long jutaku;
        long kifukin;
        long shotokuwari;

        Bubun(String zeiritsu, BigDecimal exact) {
            this.zeiritsu = zeiritsu;
            this.sanshutsu = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            this.zan = new Zangaku(exact);
        }
    }
}
