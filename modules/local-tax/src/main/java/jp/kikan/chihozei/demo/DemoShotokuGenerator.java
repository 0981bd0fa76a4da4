package jp.kikan.chihozei.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.kikan.chihozei.demo.DemoShotoku.Kyuyo;
import jp.kikan.chihozei.demo.DemoShotoku.Shinkoku;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.demo.DemoRandom;

/**
 * Decides what the demo city knows of its residents' incomes for a 年度 (the income year before it): plain Java,
 * deterministic — the same seed and 宛名番号 give the same person on every run and machine, whatever order people
 * come in; the 年度 only moves amounts by a few percent, so a person keeps their job from one year to the next.
 *
 * <p>Shape: children under 15 nothing; students (18–22, and everyone 15–17) mostly nothing, some アルバイト; of 20–64
 * most are employees with one 給与支払報告書 (4 % a second employer), some self-employed with a 申告 of 事業所得 (8 %
 * of them 未申告), the rest without income, most of whom file a 収入なし 申告 (the others are 未申告); from 65 a pension
 * entered as a 申告 (the 公的年金等支払報告書 import does not exist yet) with 国保 or 後期高齢者医療 and 介護保険, some
 * with salary or 事業所得 too; 生活保護 decided per household. Spouses and dependents come from the household (see
 * {@link DemoKazoku}): nobody is claimed who is not a resident in the same household. Rates and amounts:
 * {@link DemoChingin}, {@link DemoNenkin}; the other shares are assumptions, noted where they are used.
 */
public final class DemoShotokuGenerator {

    /** Adults without income who still file a 収入なし 申告 (国保の軽減, 非課税証明): an assumption. */
    static final double SHUNYU_NASHI_SHINKOKU = 0.85;
    /** Self-employed who have not filed by the 当初賦課: an assumption. */
    static final double JIEI_MISHINKOKU = 0.08;
    /** 副業: 総務省「令和4年就業構造基本調査」 5.0 % of the employed have a second job (some not as employees). */
    static final double FUKUGYO = 0.04;
    /**
     * 被保護者 about 1.6 % of the population (厚生労働省「被保護者調査」令和6年: 約199万人, 保護率 1.62 %), more than half
     * of the households elderly: elderly people living alone 5 %, other households 1.2 % (assumption).
     */
    static final double HOGO_KOREI_TANSHIN = 0.05;
    static final double HOGO_SONOTA = 0.012;

    private final long seed;
    private final DemoKazoku kazoku;

    /** @param parameters the engine's, for the 合計所得金額 of spouses and dependents */
    public DemoShotokuGenerator(long seed, String lgCode, ParameterRepository parameters) {
        this.seed = seed;
        this.kazoku = new DemoKazoku(seed, lgCode, parameters);
    }

    /** One person on their own (a household of one: no family is claimed). */
    public DemoShotoku kojin(DemoJinbutsu p, int nendo) {
        return setai(List.of(p), nendo).get(p.atenabango());
    }

    /** A household's members (the residents of one 世帯 on the 賦課期日), in the order given. */
    public Map<String, DemoShotoku> setai(List<DemoJinbutsu> members, int nendo) {
        Nendo n = new Nendo(nendo);
        boolean hogo = seikatsuHogo(members, n);
        Map<String, DemoShotoku> own = new LinkedHashMap<>();
        for (DemoJinbutsu p : members) {
            own.put(p.atenabango(), jibun(p, n, hogo));
        }
        // 生活保護 households are 非課税 whatever their family: their members file as they are
        return hogo ? own : kazoku.claims(members, own, n);
    }

    private boolean seikatsuHogo(List<DemoJinbutsu> members, Nendo n) {
        DemoJinbutsu first = members.get(0);
        String key = first.setaibango() != null ? first.setaibango() : first.atenabango();
        boolean koreiTanshin = members.size() == 1 && first.age(n.shotokuNenMatsu()) >= 65;
        return DemoRandom.chance(DemoRandom.of(seed, "hogo", key), koreiTanshin ? HOGO_KOREI_TANSHIN : HOGO_SONOTA);
    }

    private DemoShotoku jibun(DemoJinbutsu p, Nendo n, boolean hogo) {
        if (p.seinengappi().isAfter(n.fukaKijitsu())) {
            return DemoShotoku.NASHI; // not yet born on the 賦課期日
        }
        int age = Math.max(0, p.age(n.shotokuNenMatsu()));
        SplittableRandom r = DemoRandom.of(seed, "kojin", p.atenabango());
        // this year's pay against the person's usual (±3 %): the job stays, the amount moves
        double nenkan = 0.97 + 0.06 * DemoRandom.of(seed, "nen", p.atenabango(), n.key()).nextDouble();
        boolean otoko = "1".equals(p.seibetsu()) || !"2".equals(p.seibetsu()) && r.nextBoolean();
        if (age < 15) {
            return DemoShotoku.NASHI;
        } else if (hogo) {
            return hogo(r, age);
        } else if (gakusei(r, age)) {
            return arbeit(r, age);
        } else if (age < 65) {
            return genekiSedai(r, age, otoko, nenkan);
        }
        return koreisha(r, age, otoko, nenkan);
    }

    /**
     * Students: everyone 15–17; of 18–19 78 %, 20–21 55 %, 22 30 % — after 文部科学省「学校基本調査」 (大学・短大進学率
     * about 6 割, 専門学校 about 2 割; the spread over ages is an assumption).
     */
    private static boolean gakusei(SplittableRandom r, int age) {
        double p = age <= 17 ? 1.0 : age <= 19 ? 0.78 : age <= 21 ? 0.55 : age == 22 ? 0.30 : 0.0;
        return p > 0 && DemoRandom.chance(r, p);
    }

    private DemoShotoku arbeit(SplittableRandom r, int age) {
        if (!DemoRandom.chance(r, age <= 17 ? 0.20 : 0.65)) {
            return DemoShotoku.NASHI;
        }
        long shunyu = DemoChingin.arbeit(r, age <= 17 ? 400_000 : 800_000);
        return new DemoShotoku(List.of(hokoku(r, DemoJigyosho.pick(r, false), shunyu, age, 0)), null);
    }

    private DemoShotoku genekiSedai(SplittableRandom r, int age, boolean otoko, double nenkan) {
        if (!DemoRandom.chance(r, DemoChingin.shugyoRitsu(otoko, age))) {
            return mushotoku(r);
        }
        if (DemoRandom.chance(r, DemoChingin.jieiRitsu(otoko, age))) {
            if (DemoRandom.chance(r, JIEI_MISHINKOKU)) {
                return DemoShotoku.NASHI;
            }
            long jigyo = Math.round(nenkan * DemoRandom.lognormal(r, otoko ? 2_500_000 : 1_500_000, 0.75, 100_000, 30_000_000));
            long kakekin = DemoRandom.chance(r, 0.25) ? DemoRandom.between(r, 10_000, 70_000, 5_000) * 12 : 0;
            long shakai = DemoNenkin.kokuho(jigyo, age) + (age < 60 ? DemoNenkin.KOKUMIN_NENKIN_HOKENRYO : 0);
            return new DemoShotoku(List.of(), shinkoku(r, age, List.of(), 0, jigyo, shakai, kakekin, false));
        }
        boolean seishain = DemoChingin.seishain(r, otoko, age);
        DemoJigyosho j = DemoJigyosho.pick(r, seishain);
        // a part-timer keeps under their line (103万, 130万) whatever the year: only 正社員 pay moves
        long shunyu = seishain ? Math.round(nenkan * DemoChingin.seishainKyuyo(r, otoko, age) * (age < 20 ? 0.85 : 1.0))
                : DemoChingin.hiseikiKyuyo(r, otoko, age);
        // iDeCo (個人型確定拠出年金, a 小規模企業共済等掛金): 約330万人 加入 (国民年金基金連合会, 2024) — about 6 % of 正社員
        long ideco = seishain && DemoRandom.chance(r, 0.06) ? DemoRandom.between(r, 5_000, 23_000, 1_000) * 12 : 0;
        List<Kyuyo> kyuyo = new ArrayList<>(List.of(hokoku(r, j, shunyu, age, ideco)));
        if (DemoRandom.chance(r, FUKUGYO)) {
            kyuyo.add(new Kyuyo(DemoJigyosho.other(r, j), DemoChingin.fukugyo(r), 0, 0)); // 雇用保険 at the main job only
        }
        // a few file anyway (医療費控除): their 申告 restates the salaries
        Shinkoku s = DemoRandom.chance(r, 0.03) ? shinkoku(r, age, kyuyo, 0, 0, 0, 0, false) : null;
        return new DemoShotoku(kyuyo, s);
    }

    private DemoShotoku koreisha(SplittableRandom r, int age, boolean otoko, double nenkan) {
        long nenkin = DemoNenkin.nenkin(r, otoko);
        List<Kyuyo> kyuyo = new ArrayList<>();
        long jigyo = 0;
        if (DemoRandom.chance(r, DemoChingin.shugyoRitsu(otoko, age))) {
            if (DemoRandom.chance(r, DemoChingin.jieiRitsu(otoko, age))) {
                jigyo = Math.round(nenkan * DemoRandom.lognormal(r, otoko ? 1_500_000 : 900_000, 0.8, 100_000, 20_000_000));
            } else {
                long shunyu = Math.round(nenkan * DemoChingin.koreishaKyuyo(r, otoko, age));
                kyuyo.add(hokoku(r, DemoJigyosho.pick(r, DemoRandom.chance(r, 0.3)), shunyu, age, 0));
            }
        }
        if (nenkin == 0 && jigyo == 0) {
            return kyuyo.isEmpty() ? mushotoku(r) : new DemoShotoku(kyuyo, null);
        }
        long kyuyoGokei = kyuyo.stream().mapToLong(Kyuyo::shunyu).sum();
        long base = DemoNenkin.shotokuMeyasu(kyuyoGokei, nenkin, jigyo);
        // in the employer's 健保 until 75 when working full hours; otherwise 国保, and from 75 後期高齢者医療
        boolean kenpo = age < 75 && kyuyoGokei >= 1_300_000;
        long shakai = DemoNenkin.kaigo(base) + (age >= 75 ? DemoNenkin.kokiKorei(base) : kenpo ? 0 : DemoNenkin.kokuho(base, age));
        return new DemoShotoku(kyuyo, shinkoku(r, age, kyuyo, nenkin, jigyo, shakai, 0, false));
    }

    /** 生活保護: adults file (with the flag); some pensioners have a small 国民年金, some others a little part-time pay. */
    private DemoShotoku hogo(SplittableRandom r, int age) {
        if (age < 20) {
            return DemoShotoku.NASHI;
        }
        long nenkin = age >= 65 ? DemoNenkin.hogoNenkin(r) : 0;
        List<Kyuyo> kyuyo = age < 65 && DemoRandom.chance(r, 0.15)
                ? List.of(hokoku(r, DemoJigyosho.pick(r, false), DemoRandom.between(r, 300_000, 1_000_000, 1_000), age, 0))
                : List.of();
        long shunyu = kyuyo.stream().mapToLong(Kyuyo::shunyu).sum();
        long koyo = kyuyo.stream().mapToLong(Kyuyo::shakaiHokenryo).sum();
        // 国保 does not cover 被保護者 (国民健康保険法第6条第9号) and their 介護保険料 is met by the 生活扶助: no premiums
        // of their own beyond what the pay withheld, and no 生命保険 (an assumption that keeps them simple)
        return new DemoShotoku(kyuyo, new Shinkoku(shunyu, nenkin, 0, koyo, 0, 0, 0, 0, 0, 0, true, null, List.of()));
    }

    private static DemoShotoku mushotoku(SplittableRandom r) {
        return DemoRandom.chance(r, SHUNYU_NASHI_SHINKOKU) ? new DemoShotoku(List.of(), Shinkoku.shunyuNashi(false))
                : DemoShotoku.NASHI;
    }

    private static Kyuyo hokoku(SplittableRandom r, DemoJigyosho j, long shunyu, int age, long shokibo) {
        return new Kyuyo(j, shunyu, DemoChingin.shakaiHokenryo(r, shunyu, age) + shokibo, shokibo);
    }

    /**
     * A 申告: the reported salaries restated (their 社会保険料 without the 小規模企業共済等掛金, which is its own item),
     * the other incomes and the person's own premiums, and the payments a filer typically states.
     */
    static Shinkoku shinkoku(SplittableRandom r, int age, List<Kyuyo> kyuyo, long nenkin, long jigyo, long shakai,
            long kakekin, boolean hogo) {
        long shunyu = 0;
        long hokenryo = shakai;
        long shokibo = kakekin;
        for (Kyuyo k : kyuyo) {
            shunyu += k.shunyu();
            hokenryo += k.shakaiHokenryo() - k.shokiboKigyoKyosaiKakekin();
            shokibo += k.shokiboKigyoKyosaiKakekin();
        }
        // 生命保険: 世帯加入率 89.2 % (生命保険文化センター「2024年度 生命保険に関する全国実態調査」); who pays in their own
        // name by age, and the amounts, are assumptions. 地震保険 and 医療費 (医療費控除, mostly the elderly): assumptions.
        double pSeimei = age < 30 ? 0.4 : age < 65 ? 0.7 : age < 75 ? 0.5 : 0.3;
        boolean seimei = DemoRandom.chance(r, pSeimei);
        long ippan = seimei ? DemoRandom.between(r, 24_000, 180_000, 1_000) : 0;
        long kaigoIryo = seimei && DemoRandom.chance(r, 0.5) ? DemoRandom.between(r, 20_000, 90_000, 1_000) : 0;
        long kojinNenkin = seimei && age < 65 && DemoRandom.chance(r, 0.2) ? DemoRandom.between(r, 60_000, 120_000, 1_000) : 0;
        long jishin = age >= 30 && DemoRandom.chance(r, 0.25) ? DemoRandom.between(r, 5_000, 50_000, 100) : 0;
        long iryohi = DemoRandom.chance(r, age >= 65 ? 0.12 : 0.03) ? DemoRandom.lognormal(r, 180_000, 0.6, 30_000, 3_000_000)
                : 0;
        return new Shinkoku(shunyu, nenkin, jigyo, hokenryo, shokibo, ippan, kaigoIryo, kojinNenkin, jishin, iryohi, hogo,
                null, List.of());
    }
}
