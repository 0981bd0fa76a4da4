package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 配当控除 (地方税法附則第5条): 配当所得 × the rate of its kind, the lower rate for the part of the 配当所得 that lies in
 * the 課税総所得金額 above 1,000万円 (新潟市 FAQ: 11,520,000 with 6,000,000 of 配当 → 1,520,000 × 1.12% + 4,480,000 ×
 * 2.24% in a 指定都市).
 */
public final class HaitoKojoPolicy {

    private HaitoKojoPolicy() {
    }

    public static long haitoKojo(ShiKen.Bubun bubun, KazeiKiso kiso, long kazei, Zangaku zan, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        Map<HaitoShurui, Long> haito = new EnumMap<>(HaitoShurui.class);
        kiso.shotoku().haito().forEach(h -> haito.merge(h.shurui(), h.haitoShotoku(), Long::sum));
        haito.values().removeIf(v -> v == 0);
        if (haito.isEmpty()) {
            return 0;
        }
        Param<ZeigakuParams.HaitoKojo> param = p.haitoKojo();
        ZeigakuParams.HaitoKojo t = param.value();
        Map<String, ZeigakuParams.HaitoRitsu> ritsu = p.shiteiToshi() ? t.ritsuShiteiToshi() : t.ritsu();
        // the part of the 配当所得 above the line, filled by the kinds in the parameter's order
        long cho = Math.max(0, kazei - t.kijun());
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        long total = 0;
        for (String key : t.choJunjo()) {
            HaitoShurui shurui = HaitoShurui.ofKey(key);
            long amount = haito.getOrDefault(shurui, 0L);
            if (amount == 0) {
                continue;
            }
            long above = Math.min(cho, amount);
            cho -= above;
            ZeigakuParams.HaitoRitsu r = ritsu.get(key);
            long kojo = t.hasu().apply(r.cho().get(bubun).times(above)) + t.hasu().apply(r.ika().get(bubun).times(amount - above));
            inputs.add(Konkyo.in(key + " 配当所得", amount));
            inputs.add(Konkyo.in(key + " うち1,000万円超の部分", above));
            ParameterStatus status = r.status();
            uses.add(Konkyo.use(param, status, KingakuHyoki.format("%s: 1,000万円以下の部分 %s、超の部分 %s%s", key, r.ika().get(bubun),
                    r.cho().get(bubun), p.shiteiToshi() ? "（指定都市）" : "")));
            total += kojo;
        }
        long taken = zan.take(total);
        konkyo.add(Konkyo.step(Rule.HAITO_KOJO, bubun, taken, inputs, uses,
                taken < total ? KingakuHyoki.format("所得割額の範囲 %,d まで", taken) : null));
        return taken;
    }
}
