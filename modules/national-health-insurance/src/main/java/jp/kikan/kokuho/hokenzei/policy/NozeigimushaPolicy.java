package jp.kikan.kokuho.hokenzei.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;

/**
 * 世帯主課税 when the 世帯主 changes during the 年度 (levy rules B5; 地方税法第703条の4 — article number from general knowledge;
 * 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html ; 小平市
 * http://www.city.kodaira.tokyo.jp/kurashi/000/000288.html): the old 世帯主 is liable for April to the month before the
 * change, the new one from the month of the change to March — a month belongs to the 世帯主 at its end, as a month is
 * charged by the qualification held at its end. Each one's 区分 amount is Σ (the month's capped annual amount) ÷ 12 over
 * his months, rounded by the insurer's unit; rounding each share on its own is inferred.
 */
public final class NozeigimushaPolicy {

    private NozeigimushaPolicy() {
    }

    /**
     * @param nozeigimusha the 納税義務者 of each month (April first; 12 entries), or empty when there is one for the 年度
     * @return each 納税義務者's share in the order of their first month, empty when one person is liable for every month
     *         that is charged
     */
    public static Optional<List<HokenzeiKekka.Bunpai>> bunpai(List<HokenzeiKekka.KubunKekka> kubun, List<String> nozeigimusha,
            long unit) {
        if (nozeigimusha.isEmpty()) {
            return Optional.empty();
        }
        if (nozeigimusha.size() != 12) {
            throw new IllegalArgumentException("納税義務者 of 12 months expected: " + nozeigimusha);
        }
        Map<String, List<Integer>> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            int idx = i;
            if (kubun.stream().anyMatch(k -> k.getsugaku().get(idx) > 0)) {
                months.computeIfAbsent(nozeigimusha.get(i), x -> new ArrayList<>()).add(i);
            }
        }
        if (months.size() <= 1) {
            return Optional.empty();
        }
        List<HokenzeiKekka.Bunpai> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : months.entrySet()) {
            List<HokenzeiKekka.BunpaiKubun> parts = new ArrayList<>();
            long total = 0;
            for (HokenzeiKekka.KubunKekka k : kubun) {
                long sum = e.getValue().stream().mapToLong(i -> k.getsugaku().get(i)).sum();
                int n = (int) e.getValue().stream().filter(i -> k.getsugaku().get(i) > 0).count();
                long amount = sum / (12 * KubunPolicy.S * unit) * unit;
                parts.add(new HokenzeiKekka.BunpaiKubun(k.kubun(), n, amount));
                total += amount;
            }
            out.add(new HokenzeiKekka.Bunpai(e.getKey(), e.getValue().stream().map(NozeigimushaPolicy::tsuki).toList(), parts,
                    total));
        }
        return Optional.of(out);
    }

    /** The months (index, April first) in which the 納税義務者 is another than in the month before. */
    public static java.util.Set<Integer> henko(List<String> nozeigimusha) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 1; i < nozeigimusha.size(); i++) {
            if (!nozeigimusha.get(i).equals(nozeigimusha.get(i - 1))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Month index (0 = April) to month (4〜12, 1〜3). */
    static int tsuki(int i) {
        return (i + 3) % 12 + 1;
    }
}
