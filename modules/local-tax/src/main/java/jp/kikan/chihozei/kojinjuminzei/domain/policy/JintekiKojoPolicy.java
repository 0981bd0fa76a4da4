package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 障害者控除, 寡婦控除, ひとり親控除, 勤労学生控除 and 基礎控除 (地方税法第314条の2・第34条) with the 住民税 amounts.
 * The status is the one entered for 12月31日 of the income year.
 */
public final class JintekiKojoPolicy {

    private JintekiKojoPolicy() {
    }

    /** For the taxpayer, the 同一生計配偶者 and every 扶養親族 (年少 included). */
    public static long shogaisha(KazeiKiso kiso, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        Param<KojoParams.ShogaishaKojo> param = p.shogaishaKojo();
        KojoParams.ShogaishaKojo t = param.value();
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        long total = person("本人", kiso.honnin().shogai(), false, t, granted, inputs);
        KazeiKiso.Shinzoku spouse = KazokuPolicy.doitsuSeikeiHaigusha(kiso, p).orElse(null);
        if (spouse != null) {
            total += person(spouse.label(), spouse.shogai(), spouse.dokyo(), t, granted, inputs);
        }
        for (KazeiKiso.Shinzoku s : KazokuPolicy.fuyoShinzoku(kiso, p)) {
            total += person(s.label(), s.shogai(), s.dokyo(), t, granted, inputs);
        }
        if (total > 0) {
            konkyo.add(Konkyo.step(Rule.SHOGAISHA_KOJO, total, inputs, List.of(Konkyo.use(param, KingakuHyoki.format(
                    "障害者 %,d / 特別障害者 %,d / 同居特別障害者 %,d", t.shogaisha(), t.tokubetsuShogaisha(),
                    t.dokyoTokubetsuShogaisha()))), null));
        }
        return total;
    }

    private static long person(String who, ShogaiKubun kubun, boolean dokyo, KojoParams.ShogaishaKojo t,
            List<JintekiKojo> granted, List<SanteiKonkyo.Input> inputs) {
        if (kubun == ShogaiKubun.NASHI) {
            return 0;
        }
        // 同居特別障害者 applies to a spouse or relative who lives with the taxpayer, never to the taxpayer
        boolean dokyoTokubetsu = kubun == ShogaiKubun.TOKUBETSU_SHOGAISHA && dokyo && !"本人".equals(who);
        String k = dokyoTokubetsu ? "dokyo_tokubetsu_shogaisha"
                : kubun == ShogaiKubun.TOKUBETSU_SHOGAISHA ? "tokubetsu_shogaisha" : "shogaisha";
        long gaku = dokyoTokubetsu ? t.dokyoTokubetsuShogaisha()
                : kubun == ShogaiKubun.TOKUBETSU_SHOGAISHA ? t.tokubetsuShogaisha() : t.shogaisha();
        granted.add(new JintekiKojo("shogaisha", k, who, gaku, 0));
        inputs.add(Konkyo.in(who + "（" + k + "）", gaku));
        return gaku;
    }

    public static long kafu(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        Param<KojoParams.KafuKojo> param = p.kafuKojo();
        if (!kiso.honnin().kafu() || gokei > param.value().gokeiShotokuJogen()) {
            return 0;
        }
        long gaku = param.value().kojo();
        granted.add(new JintekiKojo("kafu", null, "本人", gaku, 0));
        konkyo.add(Konkyo.step(Rule.KAFU_KOJO, gaku, List.of(Konkyo.in("合計所得金額", gokei)),
                List.of(Konkyo.use(param, KingakuHyoki.format("%,d（合計所得金額 %,d 以下）", gaku, param.value().gokeiShotokuJogen()))), null));
        return gaku;
    }

    public static long hitorioya(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        Param<KojoParams.HitorioyaKojo> param = p.hitorioyaKojo();
        HitorioyaKubun kubun = kiso.honnin().hitorioya();
        if (kubun == HitorioyaKubun.NASHI || gokei > param.value().gokeiShotokuJogen()) {
            return 0;
        }
        long gaku = param.value().kojo();
        granted.add(new JintekiKojo("hitorioya", kubun == HitorioyaKubun.HAHA ? "haha" : "chichi", "本人", gaku, 0));
        konkyo.add(Konkyo.step(Rule.HITORIOYA_KOJO, gaku, List.of(Konkyo.in("合計所得金額", gokei), Konkyo.text("区分", kubun.name())),
                List.of(Konkyo.use(param, KingakuHyoki.format("%,d（合計所得金額 %,d 以下）", gaku, param.value().gokeiShotokuJogen()))),
                "生計を一にする子の要件は入力どおり"));
        return gaku;
    }

    public static long kinroGakusei(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        Param<KojoParams.KinroGakuseiKojo> param = p.kinroGakuseiKojo();
        if (!kiso.honnin().kinroGakusei() || gokei > param.value().gokeiShotokuJogen()) {
            return 0;
        }
        long gaku = param.value().kojo();
        granted.add(new JintekiKojo("kinro_gakusei", null, "本人", gaku, 0));
        konkyo.add(Konkyo.step(Rule.KINRO_GAKUSEI_KOJO, gaku, List.of(Konkyo.in("合計所得金額", gokei)),
                List.of(Konkyo.use(param, KingakuHyoki.format("%,d（合計所得金額 %,d 以下）", gaku, param.value().gokeiShotokuJogen()))), null));
        return gaku;
    }

    public static long kiso(long gokei, KojinJuminzeiParameters p, List<JintekiKojo> granted, SanteiKonkyo.Builder konkyo) {
        Bracket<Long> row = p.kisoKojo().value().find(gokei);
        long gaku = row.row();
        if (gaku > 0) {
            granted.add(new JintekiKojo("kiso", null, "本人", gaku, gokei));
        }
        konkyo.add(Konkyo.step(Rule.KISO_KOJO, gaku, List.of(Konkyo.in("合計所得金額", gokei)),
                List.of(Konkyo.use(p.kisoKojo(), row, KingakuHyoki.format("%,d", gaku))), null));
        return gaku;
    }
}
