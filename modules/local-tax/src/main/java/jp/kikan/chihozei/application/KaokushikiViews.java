package jp.kikan.chihozei.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.infrastructure.KaokushikiStore;

/** The contract's KaokushikiIchiran: a 住登外者's 事務所・事業所・家屋敷, each with its versions. */
public final class KaokushikiViews {

    /** The kinds of 地方税法第294条第1項第2号, by their contract codes. */
    static final Map<String, String> KUBUN_MEI = Map.of("jimusho", "事務所", "jigyosho", "事業所", "kaokushiki", "家屋敷");

    private KaokushikiViews() {
    }

    public record Ichiran(String atenabango, List<Kaokushiki> items) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Kaokushiki(int kaokushikiBango, String kubun, String kubunMei, String shozaichi, String shoyuKaishibi,
            String shoyuShuryobi, List<Rireki> rireki) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rireki(int version, String shoyuShuryobi, String riyu, String shorinengappi) {
    }

    static Ichiran ichiran(String atenabango, List<KaokushikiStore.Version> versions) {
        Map<Integer, List<KaokushikiStore.Version>> byBango = new LinkedHashMap<>();
        versions.forEach(v -> byBango.computeIfAbsent(v.kaokushikiBango(), b -> new ArrayList<>()).add(v));
        List<Kaokushiki> items = byBango.values().stream().map(KaokushikiViews::kaokushiki).toList();
        return new Ichiran(atenabango, items);
    }

    private static Kaokushiki kaokushiki(List<KaokushikiStore.Version> vs) {
        KaokushikiStore.Version last = vs.get(vs.size() - 1);
        return new Kaokushiki(last.kaokushikiBango(), last.kubun(), KUBUN_MEI.get(last.kubun()), last.shozaichi(),
                last.shoyuKaishibi().toString(), text(last.shoyuShuryobi()), vs.stream().map(v -> new Rireki(v.version(),
                        text(v.shoyuShuryobi()), v.riyu(), v.shorinengappi().toString())).toList());
    }

    private static String text(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
