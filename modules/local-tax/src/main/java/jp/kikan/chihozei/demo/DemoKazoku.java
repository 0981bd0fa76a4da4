package jp.kikan.chihozei.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.chihozei.demo.DemoShotoku.Shinkoku;
import jp.kikan.chihozei.demo.DemoShotoku.Shinzoku;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.demo.DemoRandom;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KazeiNyuryokuKensa;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.ShotokuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;

/**
 * Spouses and dependents, from what this service knows of a household: its members on the 賦課期日 and their
 * 続柄 to the 世帯主 (the resident feed's setaibango and zokugara) — never anyone who is not a resident of the same
 * household, and nothing the feed does not say (no ひとり親, no 障害者, nobody living elsewhere).
 *
 * <p>The 世帯主 and the 妻/夫 are a couple; whichever has the larger 合計所得金額 claims the other as spouse and
 * the household's 子, 父・母 (直系尊属, 同居) as dependents; a 子 who earns well claims their own 妻/夫 (子の妻・子の夫)
 * and the 子の子. Who is listed is decided by the 合計所得金額 the engine computes from the member's own generated
 * income, with the outer limits of the law (配偶者特別控除: 133万円; 特定親族特別控除: 123万円); what each one counts
 * for is left to the engine. A claimant whose salary came only as reports gets a 申告 restating them (the report
 * layout this service reads has no 扶養 columns). Not thread-safe (it keeps the parameters of each 年度 it used).
 */
final class DemoKazoku {

    static final long HAIGUSHA_JOGEN = 1_330_000;
    static final long FUYO_JOGEN = 1_230_000;
    private static final Set<String> OYA = Set.of("父", "母", "祖父", "祖母", "妻の父", "妻の母", "夫の父", "夫の母");
    private static final Set<String> KO_NO_HAIGUSHA = Set.of("子の妻", "子の夫");
    private static final Set<String> MAGO = Set.of("子の子", "孫");
    private static final int FUYO_MAX = 30; // the contract's maxItems

    private final long seed;
    private final String lgCode;
    private final ParameterRepository parameters;
    private final Map<Integer, KojinJuminzeiParameters> byNendo = new HashMap<>();

    DemoKazoku(long seed, String lgCode, ParameterRepository parameters) {
        this.seed = seed;
        this.lgCode = lgCode;
        this.parameters = parameters;
    }

    Map<String, DemoShotoku> claims(List<DemoJinbutsu> members, Map<String, DemoShotoku> own, Nendo n) {
        DemoJinbutsu nushi = members.size() < 2 ? null : first(members, Set.of("世帯主"));
        if (nushi == null) {
            return own;
        }
        Map<String, Long> gokei = new HashMap<>();
        for (DemoJinbutsu p : members) {
            gokei.put(p.atenabango(), gokeiShotoku(p, own.get(p.atenabango()), n));
        }
        Map<String, Shinzoku> haigusha = new HashMap<>();
        Map<String, List<Shinzoku>> fuyo = new HashMap<>();
        DemoJinbutsu tsuma = first(members, Set.of("妻", "夫"));
        DemoJinbutsu shiji = tsuma != null && gokei.get(tsuma.atenabango()) > gokei.get(nushi.atenabango()) ? tsuma : nushi;
        if (gokei.get(shiji.atenabango()) <= 0) {
            return own; // nobody with income to deduct from
        }
        if (tsuma != null) {
            DemoJinbutsu other = shiji == tsuma ? nushi : tsuma;
            list(other, gokei, n, HAIGUSHA_JOGEN, false).ifPresent(s -> haigusha.put(shiji.atenabango(), s));
        }
        // a 子 who is no dependent and earns more than the others supports their own young family
        DemoJinbutsu koShiji = null;
        for (DemoJinbutsu p : members) {
            if ("子".equals(p.zokugara()) && gokei.get(p.atenabango()) > FUYO_JOGEN
                    && (koShiji == null || gokei.get(p.atenabango()) > gokei.get(koShiji.atenabango()))) {
                koShiji = p;
            }
        }
        for (DemoJinbutsu p : members) {
            String z = p.zokugara() == null ? "" : p.zokugara();
            DemoJinbutsu by = null;
            boolean oya = OYA.contains(z);
            if ("子".equals(z) || oya) {
                by = shiji;
            } else if (MAGO.contains(z)) {
                by = koShiji != null ? koShiji : shiji;
            } else if (KO_NO_HAIGUSHA.contains(z) && koShiji != null) {
                DemoJinbutsu ko = koShiji;
                if (!haigusha.containsKey(ko.atenabango())) {
                    list(p, gokei, n, HAIGUSHA_JOGEN, false).ifPresent(s -> haigusha.put(ko.atenabango(), s));
                }
                continue;
            }
            if (by != null && by != p) {
                DemoJinbutsu claimant = by;
                list(p, gokei, n, FUYO_JOGEN, oya).ifPresent(s -> {
                    List<Shinzoku> l = fuyo.computeIfAbsent(claimant.atenabango(), k -> new ArrayList<>());
                    if (l.size() < FUYO_MAX) {
                        l.add(s);
                    }
                });
            }
        }
        Map<String, DemoShotoku> out = new LinkedHashMap<>(own);
        for (DemoJinbutsu p : members) {
            String a = p.atenabango();
            if (haigusha.containsKey(a) || fuyo.containsKey(a)) {
                DemoShotoku d = own.get(a);
                Shinkoku base = d.shinkoku() != null ? d.shinkoku()
                        : DemoShotokuGenerator.shinkoku(DemoRandom.of(seed, "kazoku", a), Math.max(0, p.age(n.shotokuNenMatsu())),
                                d.kyuyo(), 0, 0, 0, 0, false);
                out.put(a, new DemoShotoku(d.kyuyo(), base.withKazoku(haigusha.get(a), fuyo.getOrDefault(a, List.of()))));
            }
        }
        return out;
    }

    private static DemoJinbutsu first(List<DemoJinbutsu> members, Set<String> zokugara) {
        return members.stream().filter(p -> p.zokugara() != null && zokugara.contains(p.zokugara())).findFirst().orElse(null);
    }

    /** The member as a spouse or dependent, if born by 12月31日 of the income year and within the limit. */
    private static Optional<Shinzoku> list(DemoJinbutsu p, Map<String, Long> gokei, Nendo n, long jogen,
            boolean chokkeiSonzoku) {
        long g = gokei.get(p.atenabango());
        if (p.seinengappi().isAfter(n.shotokuNenMatsu()) || g > jogen) {
            return Optional.empty();
        }
        return Optional.of(new Shinzoku(p.atenabango(), p.seinengappi(), g, chokkeiSonzoku));
    }

    /** 合計所得金額 of the member's own generated income, computed by the engine's own rules. */
    long gokeiShotoku(DemoJinbutsu p, DemoShotoku d, Nendo n) {
        if (d.nashi() || p.seinengappi().isAfter(n.fukaKijitsu())) {
            return 0;
        }
        var kiso = KazeiNyuryokuKensa.kensa(DemoShinkokuJson.nyuryoku(d, n.seireki(), lgCode, p.seinengappi()));
        KojinJuminzeiParameters params = byNendo.computeIfAbsent(n.seireki(), y -> parameters.parameters(n, lgCode));
        return ShotokuPolicy.shotoku(kiso, params, new SanteiKonkyo.Builder()).gokeiShotokuKingaku();
    }
}
