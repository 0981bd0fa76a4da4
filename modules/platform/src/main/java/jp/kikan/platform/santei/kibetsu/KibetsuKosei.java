package jp.kikan.platform.santei.kibetsu;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 更正 of instalments: those already due stay as they were; the new annual amount less what was due is split again over
 * the instalments not yet due by {@link KibetsuBunkatsu} (太良町税の徴収等の特例に関する条例 第4条第4項
 * http://town.tara.saga.jp/site/reiki/reiki_honbun/q248RG00000163.html: 更正後の税額からすでに納期が到来している税額を控除
 * した金額を各納期に…準用). When none is left the whole difference is due at once (随時); when what was due is more than
 * the new amount the excess is to be refunded (過誤納, kanpu) and the instalments left are 0.
 */
public final class KibetsuKosei {

    private KibetsuKosei() {
    }

    /** One instalment before and after the 更正. */
    public record Sagaku(String kibetsu, YearMonth nengetsu, long genzai, long koseigo, long sagaku, boolean torai) {
    }

    /** The instalments after the 更正, the amount due at once (随時) and the excess to refund (過誤納). */
    public record Kekka(List<Sagaku> sagaku, long zuiji, long kanpu) {

        public Kekka {
            sagaku = List.copyOf(sagaku);
        }

        /** The instalments as they stand after the 更正. */
        public List<Ki> kibetsu() {
            return sagaku.stream().map(s -> new Ki(s.kibetsu(), s.nengetsu(), s.koseigo())).toList();
        }
    }

    /**
     * @param genzai  the instalments as they stand (the 当初 with every earlier 更正)
     * @param koseigo the new annual amount
     * @param kijun   instalments of this month and before are due (納期が到来している)
     */
    public static Kekka kosei(List<Ki> genzai, long koseigo, YearMonth kijun, long tani) {
        long torai = 0;
        List<Ki> nokori = new ArrayList<>();
        for (Ki k : genzai) {
            if (k.nengetsu().isAfter(kijun)) {
                nokori.add(k);
            } else {
                torai += k.zeigaku();
            }
        }
        long rest = koseigo - torai;
        Map<YearMonth, Long> shin = new LinkedHashMap<>();
        long zuiji = 0;
        long kanpu = 0;
        if (nokori.isEmpty()) {
            zuiji = Math.max(0, rest);
            kanpu = Math.max(0, -rest);
        } else {
            kanpu = Math.max(0, -rest);
            KibetsuBunkatsu.bunkatsu(Math.max(0, rest), nokori.stream().map(Ki::nengetsu).toList(),
                    nokori.stream().map(Ki::kibetsu).toList(), tani).forEach(k -> shin.put(k.nengetsu(), k.zeigaku()));
        }
        List<Sagaku> out = new ArrayList<>();
        for (Ki k : genzai) {
            boolean due = !k.nengetsu().isAfter(kijun);
            long after = due ? k.zeigaku() : shin.get(k.nengetsu());
            out.add(new Sagaku(k.kibetsu(), k.nengetsu(), k.zeigaku(), after, after - k.zeigaku(), due));
        }
        return new Kekka(out, zuiji, kanpu);
    }
}
