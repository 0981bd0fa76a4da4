package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.koteishisanzei.domain.Kaoku;
import jp.kikan.chihozei.koteishisanzei.domain.KaokuKazei;
import jp.kikan.chihozei.koteishisanzei.domain.KazeiTaisho;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisan;
import jp.kikan.chihozei.koteishisanzei.domain.ShuruiGokei;
import jp.kikan.chihozei.koteishisanzei.domain.Tochi;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKazei;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The order of the 固定資産税・都市計画税 of one taxpayer: each parcel's and house's 課税標準 → the totals by kind and the
 * 免税点 (地方税法第351条: a kind whose total falls short of it is not taxed, and 都市計画税 follows) → 課税標準額 (1,000円未満
 * 切捨て) → 算出税額 (× 税率, 100円未満切捨て) → 新築住宅減額 (附則第15条の6) → 税額 → the instalments (第362条).
 */
public final class KoteishisanzeiFukaPolicy {

    private KoteishisanzeiFukaPolicy() {
    }

    public static KoteishisanzeiFuka fuka(KazeiTaisho t, KoteishisanzeiParameters p) {
        KazeiTaishoKensa.check(t, p);
        SanteiKonkyo.Builder konkyo = new SanteiKonkyo.Builder();
        List<TochiKazei> tochi = new ArrayList<>();
        for (Tochi x : t.tochi()) {
            tochi.add(TochiPolicy.kazeiHyojun(x, p, konkyo));
        }
        Optional<Param<Ritsu>> toshiRitsu = p.toshiKeikakuZeiritsu();
        List<long[]> kaokuHyojun = new ArrayList<>();
        for (Kaoku k : t.kaoku()) {
            long toshi = k.shigaikaKuiki() && toshiRitsu.isPresent() ? k.hyokagaku() : 0;
            konkyo.add(KoteiKonkyo.step(KoteiRule.KAOKU_KAZEI_HYOJUN, null, k.hyokagaku(),
                    List.of(text("家屋", k.label()), in("評価額", k.hyokagaku()), in("都市計画税の課税標準額", toshi)), List.of(),
                    k.shigaikaKuiki() ? null : "市街化区域外: 都市計画税を課さない"));
            kaokuHyojun.add(new long[] {k.hyokagaku(), toshi});
        }
        List<Long> shokyakuHyoka = new ArrayList<>();
        for (ShokyakuShisan s : t.shokyakuShisan()) {
            long hyoka = s.meisai() == null ? s.hyokagaku()
                    : ShokyakuHyokaPolicy.hyokagaku(t.nendo(), s.meisai(), p.shokyakuHyoka(), konkyo);
            konkyo.add(KoteiKonkyo.step(KoteiRule.SHOKYAKU_KAZEI_HYOJUN, null, hyoka,
                    List.of(text("償却資産", s.label()), in("評価額", hyoka)), List.of(), "都市計画税は課さない"));
            shokyakuHyoka.add(hyoka);
        }
        Param<KoteiParams.Menzeiten> mz = p.menzeiten();
        List<ShuruiGokei> shurui = new ArrayList<>();
        if (!tochi.isEmpty()) {
            shurui.add(MenzeitenPolicy.hantei("tochi", "土地", tochi.stream().mapToLong(TochiKazei::koteiKazeiHyojun).sum(),
                    tochi.stream().mapToLong(TochiKazei::toshiKazeiHyojun).sum(), mz.value().tochi(), mz, konkyo));
        }
        if (!t.kaoku().isEmpty()) {
            shurui.add(MenzeitenPolicy.hantei("kaoku", "家屋", kaokuHyojun.stream().mapToLong(a -> a[0]).sum(),
                    kaokuHyojun.stream().mapToLong(a -> a[1]).sum(), mz.value().kaoku(), mz, konkyo));
        }
        if (!t.shokyakuShisan().isEmpty()) {
            shurui.add(MenzeitenPolicy.hantei("shokyaku-shisan", "償却資産",
                    shokyakuHyoka.stream().mapToLong(Long::longValue).sum(), 0, mz.value().shokyakuShisan(), mz,
                    konkyo));
        }
        boolean kaokuKazei = shurui.stream().anyMatch(s -> s.shurui().equals("kaoku") && s.kazei());
        Param<Hasu> hyojunHasu = p.kazeiHyojunHasu();
        Param<Hasu> zeiHasu = p.zeigakuHasu();
        Param<Ritsu> ritsu = p.zeiritsu();
        long koteiGokei = shurui.stream().filter(ShuruiGokei::kazei).mapToLong(ShuruiGokei::koteiGokei).sum();
        long koteiHyojungaku = hyojungaku(koteiGokei, hyojunHasu, KoteiKonkyo.KOTEI, konkyo);
        long sanshutsu = sanshutsu(koteiHyojungaku, ritsu, zeiHasu, KoteiKonkyo.KOTEI, konkyo);
        List<KaokuKazei> kaoku = new ArrayList<>();
        long gengaku = 0;
        for (int i = 0; i < t.kaoku().size(); i++) {
            Kaoku k = t.kaoku().get(i);
            ShinchikuGengakuPolicy.Gengaku g = kaokuKazei
                    ? ShinchikuGengakuPolicy.gengaku(k, kaokuHyojun.get(i)[0], t.nendo(), ritsu, p.shinchikuGengaku(), konkyo)
                    : new ShinchikuGengakuPolicy.Gengaku(0, 0, 0);
            gengaku += g.gaku();
            kaoku.add(new KaokuKazei(k.kaokuId(), k.label(), kaokuHyojun.get(i)[0], kaokuHyojun.get(i)[1], g.gaku(), g.nendoMe(),
                    g.nensu()));
        }
        long koteiZeigaku = zeiHasu.value().apply(Math.max(0, sanshutsu - gengaku));
        konkyo.add(KoteiKonkyo.step(KoteiRule.ZEIGAKU, KoteiKonkyo.KOTEI, koteiZeigaku,
                List.of(in("算出税額", sanshutsu), in("新築住宅の減額", gengaku)),
                List.of(KoteiKonkyo.use(zeiHasu, zeiHasu.value().toString())), null));
        long toshiHyojungaku = 0;
        long toshiZeigaku = 0;
        if (toshiRitsu.isPresent()) {
            long toshiGokei = shurui.stream().filter(ShuruiGokei::kazei).mapToLong(ShuruiGokei::toshiGokei).sum();
            toshiHyojungaku = hyojungaku(toshiGokei, hyojunHasu, KoteiKonkyo.TOSHI, konkyo);
            toshiZeigaku = sanshutsu(toshiHyojungaku, toshiRitsu.get(), zeiHasu, KoteiKonkyo.TOSHI, konkyo);
        }
        long nen = koteiZeigaku + toshiZeigaku;
        konkyo.add(KoteiKonkyo.step(KoteiRule.NENZEIGAKU, null, nen,
                List.of(in("固定資産税", koteiZeigaku), in("都市計画税", toshiZeigaku)), List.of(),
                toshiRitsu.isPresent() ? null : "都市計画税を課さない団体"));
        List<Kibetsu> kibetsu = kibetsu(nen, t, p.noki(), konkyo);
        return new KoteishisanzeiFuka(t.nendo(), t.shikuchosonkodo(), tochi, kaoku, shurui, koteiHyojungaku, sanshutsu, gengaku,
                koteiZeigaku, toshiHyojungaku, toshiZeigaku, nen, kibetsu, konkyo.build());
    }

    private static long hyojungaku(long gokei, Param<Hasu> hasu, String bubun, SanteiKonkyo.Builder konkyo) {
        long v = hasu.value().apply(gokei);
        konkyo.add(KoteiKonkyo.step(KoteiRule.KAZEI_HYOJUNGAKU, bubun, v, List.of(in("課税する種類の課税標準の合計", gokei)),
                List.of(KoteiKonkyo.use(hasu, hasu.value().toString())), null));
        return v;
    }

    private static long sanshutsu(long hyojungaku, Param<Ritsu> ritsu, Param<Hasu> hasu, String bubun,
            SanteiKonkyo.Builder konkyo) {
        long v = hasu.value().apply(ritsu.value().times(hyojungaku));
        konkyo.add(KoteiKonkyo.step(KoteiRule.SANSHUTSU_ZEIGAKU, bubun, v, List.of(in("課税標準額", hyojungaku)),
                List.of(KoteiKonkyo.use(ritsu, ritsu.value().toString()), KoteiKonkyo.use(hasu, hasu.value().toString())), null));
        return v;
    }

    /** Each 期 is the tax ÷ their number, rounded down to the unit; the remainder goes to 第1期 (parameter noki). */
    static List<Kibetsu> kibetsu(long nen, KazeiTaisho t, Param<KoteiParams.Noki> p, SanteiKonkyo.Builder konkyo) {
        List<YearMonth> months = new jp.kikan.chihozei.kojinjuminzei.domain.Nendo(t.nendo()).nengetsu(p.value().tsuki());
        int n = months.size();
        long each = nen / n / p.value().hasuTani() * p.value().hasuTani();
        List<Kibetsu> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Kibetsu("第" + (i + 1) + "期", months.get(i), i == 0 ? nen - each * (n - 1) : each));
        }
        konkyo.add(KoteiKonkyo.step(KoteiRule.KIBETSU, null, out.get(0).zeigaku(), List.of(in("年税額", nen), in("期数", n)),
                List.of(KoteiKonkyo.use(p, p.value().tsuki() + "月、" + p.value().hasuTani() + "円未満は第1期")),
                "第1期 " + out.get(0).zeigaku() + "円、第2期以降 各 " + each + "円"));
        return out;
    }
}
