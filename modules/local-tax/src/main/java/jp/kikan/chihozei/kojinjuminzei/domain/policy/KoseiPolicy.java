package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.domain.KoseiKekka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 更正 (a new tax after new income or a change of status): the instalments already due stay as they were; the
 * new tax less what was due is split again over the instalments not yet due, by the same rule as the
 * original split (太良町税の徴収等の特例に関する条例 第4条第4項 http://town.tara.saga.jp/site/reiki/reiki_honbun/q248RG00000163.html:
 * 更正後の税額からすでに納期が到来している税額を控除した金額を各納期に…準用). The difference of each instalment not yet due
 * is new − (original + earlier corrections). When none is left, the whole difference goes to a new 納期 (随時);
 * when what was due is more than the new tax, the excess is 過誤納 (kanpu) and the rest is 0.
 */
public final class KoseiPolicy {

    private KoseiPolicy() {
    }

    /**
     * @param tosho     the original instalments
     * @param kakoKosei the differences of each earlier 更正 (same instalments), oldest first
     * @param koseigo   the new total of this way of collection
     * @param kijun     instalments of this month and before are due (納期が到来している)
     * @param rule      the rounding of the split (the parameter of the way of collection)
     */
    public static KoseiKekka kosei(ChoshuKeikaku tosho, List<List<Kibetsu>> kakoKosei, long koseigo, YearMonth kijun,
            Param<ChoshuParams.Bunkatsu> rule) {
        Map<YearMonth, Long> genzai = new LinkedHashMap<>();
        Map<YearMonth, String> names = new LinkedHashMap<>();
        for (Kibetsu k : tosho.kibetsu()) {
            genzai.merge(k.nengetsu(), k.zeigaku(), Long::sum);
            names.putIfAbsent(k.nengetsu(), k.kibetsu());
        }
        for (List<Kibetsu> kosei : kakoKosei) {
            for (Kibetsu k : kosei) {
                if (!genzai.containsKey(k.nengetsu())) {
                    throw new IllegalArgumentException("an earlier 更正 has an instalment the original has not: " + k);
                }
                genzai.merge(k.nengetsu(), k.zeigaku(), Long::sum);
            }
        }
        long torai = 0;
        List<YearMonth> nokori = new ArrayList<>();
        for (YearMonth m : genzai.keySet()) {
            if (m.isAfter(kijun)) {
                nokori.add(m);
            } else {
                torai += genzai.get(m);
            }
        }
        long rest = koseigo - torai;
        long kanpu = Math.max(0, -rest);
        Map<YearMonth, Long> shin = new LinkedHashMap<>();
        long zuiji = 0;
        if (nokori.isEmpty()) {
            zuiji = koseigo - torai;
            kanpu = 0;
        } else {
            List<Kibetsu> split = BunkatsuPolicy.bunkatsu(Math.max(0, rest), nokori, nokori.stream().map(names::get).toList(),
                    rule.value().hasuTani(), rule.value().hasuKibetsu());
            split.forEach(k -> shin.put(k.nengetsu(), k.zeigaku()));
        }
        List<KoseiKekka.Sagaku> out = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> e : genzai.entrySet()) {
            boolean due = !e.getKey().isAfter(kijun);
            long after = due ? e.getValue() : shin.getOrDefault(e.getKey(), e.getValue());
            out.add(new KoseiKekka.Sagaku(names.get(e.getKey()), e.getKey(), e.getValue(), after, after - e.getValue(), due));
        }
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(Konkyo.step(Rule.KOSEI, koseigo - genzai.values().stream().mapToLong(Long::longValue).sum(),
                List.of(Konkyo.in("更正後の税額", koseigo), Konkyo.in("納期の到来した税額", torai),
                        Konkyo.in("残りの納期の数", nokori.size())),
                List.of(Konkyo.use(rule, rule.value().hasuTani() + "円未満の端数は残りの最初の期へ")),
                nokori.isEmpty() ? "残りの納期なし: 随時" : kanpu > 0 ? "納期の到来した税額が更正後の税額を超える: 過誤納" : null)));
        return new KoseiKekka(out, zuiji, kanpu, konkyo);
    }
}
