package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 令和6年度分 個人住民税の特別税額控除 (定額減税; the 地方税法 附則 article is not confirmed): 1万円 × (本人 + 控除対象配偶者
 * + 扶養親族, 国外居住者を除く) for a 合計所得金額 up to 1,805万円, taken from the 所得割 after its rounding; the
 * 県 part is the total × 県所得割 ÷ (市所得割 + 県所得割), the 市 part the rest (広島市: 40,000 → 32,000 + 8,000).
 * The 令和7年度 follow-up (a 同一生計配偶者 who was not a 控除対象配偶者) is a parameter from general knowledge.
 */
public final class TeigakuGenzeiPolicy {

    private TeigakuGenzeiPolicy() {
    }

    /** @return the 市 and 県 amounts taken from the rounded 所得割 of each */
    public static ShiKen<Long> genzei(KazeiKiso kiso, long gokei, boolean haigushaKojo, ShiKen<Long> shotokuwari,
            KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<ZeigakuParams.TeigakuGenzei> param = p.teigakuGenzei();
        ZeigakuParams.TeigakuGenzei t = param.value();
        long both = shotokuwari.shi() + shotokuwari.ken();
        if (!t.tekiyo() || gokei > t.gokeiShotokuJogen() || both == 0) {
            return new ShiKen<>(0L, 0L);
        }
        List<String> who = new ArrayList<>();
        if (t.taisho().contains(ZeigakuParams.TeigakuGenzei.HONNIN)) {
            who.add("本人");
        }
        KazokuPolicy.doitsuSeikeiHaigusha(kiso, p).filter(h -> !h.kokugaiKyoju()).ifPresent(h -> {
            String key = haigushaKojo ? ZeigakuParams.TeigakuGenzei.KOJO_TAISHO_HAIGUSHA
                    : ZeigakuParams.TeigakuGenzei.KOJO_TAISHO_GAI_DOITSU_SEIKEI_HAIGUSHA;
            if (t.taisho().contains(key)) {
                who.add(h.label());
            }
        });
        if (t.taisho().contains(ZeigakuParams.TeigakuGenzei.FUYO_SHINZOKU)) {
            KazokuPolicy.fuyoShinzoku(kiso, p).stream().filter(s -> !s.kokugaiKyoju()).forEach(s -> who.add(s.label()));
        }
        long total = t.gaku() * who.size();
        if (total == 0) {
            return new ShiKen<>(0L, 0L);
        }
        long ken = Math.min(shotokuwari.ken(), total * shotokuwari.ken() / both);
        long shi = Math.min(shotokuwari.shi(), total - ken);
        String note = "対象: " + String.join("、", who);
        for (ShiKen.Bubun b : ShiKen.Bubun.values()) {
            konkyo.add(Konkyo.step(Rule.TEIGAKU_GENZEI, b, b == ShiKen.Bubun.SHI ? shi : ken,
                    List.of(Konkyo.in("人数", who.size()), Konkyo.in("減税額（市・県の合計）", total),
                            Konkyo.in("市町村民税所得割額", shotokuwari.shi()), Konkyo.in("道府県民税所得割額", shotokuwari.ken()),
                            Konkyo.in("合計所得金額", gokei)),
                    List.of(Konkyo.use(param, KingakuHyoki.format("%,d × 人数（合計所得金額 %,d 以下）; 県 = 合計 × 県所得割 ÷ (市 + 県)",
                            t.gaku(), t.gokeiShotokuJogen()))),
                    note));
        }
        return new ShiKen<>(shi, ken);
    }
}
