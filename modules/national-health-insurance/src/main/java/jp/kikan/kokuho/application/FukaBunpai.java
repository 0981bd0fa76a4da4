package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.kokuho.hokenzei.parameter.Nokigen;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.platform.santei.kibetsu.Ki;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import jp.kikan.platform.santei.kibetsu.KibetsuKosei;

/**
 * 期別 (調定) of a version whose 年度 has more than one 納税義務者 (the 世帯主 changed): each one's instalments on their own
 * — one who was liable in the last version has his 更正 ({@link KibetsuKosei}: the 期 already due stay, the rest split
 * again; 過誤納 when what was due is more), one who is new is split over the 納期 not yet due (all of them for a 当初; at
 * once, 随時, when none is left), one who is no longer liable is reduced to what was due. The household's instalments are
 * their sums by 期; its 更正 items the household's before and after. The shares go to the version as
 * {@code nozeigimusha_choshu}.
 */
final class FukaBunpai {

    private FukaBunpai() {
    }

    /** The household's instalments and 更正 items (as FukaKibetsu's) and the shares (null: one 納税義務者 throughout). */
    record Kekka(FukaKibetsu.Choshu choshu, JsonNode bunpai) {
    }

    /**
     * @param shares each 納税義務者's amount for the 年度 (one entry when the 世帯主 did not change)
     */
    static Kekka choshu(ObjectMapper mapper, int nendo, Map<String, Long> shares, long nengaku, Nokigen n,
            Optional<FukaStore.Version> last, YearMonth kijun) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        if (last.isPresent() && last.get().bunpai() != null) {
            last.get().bunpai().forEach(b -> before.put(b.get("nozeigimusha_atenabango").asText(), b.get("kibetsu")));
        } else if (last.isPresent() && last.get().kibetsu() != null) {
            before.put(last.get().nozeigimusha(), last.get().kibetsu());
        }
        Set<String> persons = new LinkedHashSet<>(shares.keySet());
        persons.addAll(before.keySet());
        if (persons.size() <= 1) {
            FukaKibetsu.Choshu c = last.isEmpty() ? FukaKibetsu.tosho(mapper, nendo, nengaku, n)
                    : FukaKibetsu.kosei(mapper, nendo, nengaku, n, last.get().kibetsu(), kijun);
            return new Kekka(c, null);
        }
        List<YearMonth> months = KibetsuBunkatsu.months(nendo, n.tsuki());
        List<String> names = KibetsuBunkatsu.kiNames(months.size());
        long[] total = new long[months.size()];
        long zuiji = 0;
        long kanpu = 0;
        ArrayNode bunpai = mapper.createArrayNode();
        for (String p : persons) {
            long amount = shares.getOrDefault(p, 0L);
            List<Ki> ki;
            ObjectNode b = bunpai.addObject();
            b.put("nozeigimusha_atenabango", p);
            b.put("nengaku", amount);
            if (before.containsKey(p)) {
                KibetsuKosei.Kekka k = KibetsuKosei.kosei(FukaKibetsu.ki(before.get(p)), amount, kijun, n.hasuTani());
                ki = k.kibetsu();
                b.put("sagaku", amount - ki(before.get(p)));
                b.set("kosei_sagaku", mapper.valueToTree(k.sagaku().stream().map(s -> new FukaKibetsu.KiSagaku(s.kibetsu(),
                        s.nengetsu().toString(), s.genzai(), s.koseigo(), s.sagaku(), s.torai())).toList()));
                b.put("zuiji", k.zuiji());
                b.put("kanpu", k.kanpu());
                zuiji += k.zuiji();
                kanpu += k.kanpu();
            } else {
                ki = shinki(amount, months, names, n, last.isPresent() ? kijun : null);
                long split = ki.stream().mapToLong(Ki::zeigaku).sum();
                b.put("sagaku", amount);
                b.put("zuiji", amount - split);
                b.put("kanpu", 0);
                zuiji += amount - split;
            }
            b.set("kibetsu", mapper.valueToTree(ki.stream().map(FukaKibetsu::view).toList()));
            for (int i = 0; i < ki.size(); i++) {
                total[i] += ki.get(i).zeigaku();
            }
        }
        List<Ki> household = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            household.add(new Ki(names.get(i), months.get(i), total[i]));
        }
        JsonNode kibetsu = mapper.valueToTree(household.stream().map(FukaKibetsu::view).toList());
        ObjectNode kosei = null;
        if (last.isPresent()) {
            List<Ki> old = last.get().kibetsu() == null ? household.stream().map(k -> new Ki(k.kibetsu(), k.nengetsu(), 0)).toList()
                    : FukaKibetsu.ki(last.get().kibetsu());
            kosei = mapper.createObjectNode();
            List<FukaKibetsu.KiSagaku> sagaku = new ArrayList<>();
            for (int i = 0; i < household.size(); i++) {
                Ki k = household.get(i);
                sagaku.add(new FukaKibetsu.KiSagaku(k.kibetsu(), k.nengetsu().toString(), old.get(i).zeigaku(), k.zeigaku(),
                        k.zeigaku() - old.get(i).zeigaku(), !k.nengetsu().isAfter(kijun)));
            }
            kosei.set("sagaku", mapper.valueToTree(sagaku));
            kosei.put("zuiji", zuiji);
            kosei.put("kanpu", kanpu);
        }
        return new Kekka(new FukaKibetsu.Choshu(kibetsu, kosei), bunpai);
    }

    /** A new 納税義務者's instalments over every 納期 (当初, {@code kijun} null) or over those after {@code kijun}. */
    private static List<Ki> shinki(long amount, List<YearMonth> months, List<String> names, Nokigen n, YearMonth kijun) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (kijun == null || months.get(i).isAfter(kijun)) {
                open.add(i);
            }
        }
        long[] z = new long[months.size()];
        if (!open.isEmpty() && amount > 0) {
            List<Ki> split = KibetsuBunkatsu.bunkatsu(amount, open.stream().map(months::get).toList(),
                    open.stream().map(names::get).toList(), n.hasuTani());
            for (int j = 0; j < open.size(); j++) {
                z[open.get(j)] = split.get(j).zeigaku();
            }
        }
        List<Ki> out = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            out.add(new Ki(names.get(i), months.get(i), z[i]));
        }
        return out;
    }

    private static long ki(JsonNode kibetsu) {
        long s = 0;
        for (JsonNode k : kibetsu) {
            s += k.get("zeigaku").asLong();
        }
        return s;
    }
}
