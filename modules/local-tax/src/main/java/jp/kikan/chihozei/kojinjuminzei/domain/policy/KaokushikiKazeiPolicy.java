package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KaokushikiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.HikazeiParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 家屋敷課税: a person who has a 事務所・事業所・家屋敷 in the municipality on the 賦課期日 but no 住所 there pays the 均等割
 * of the city and the prefecture only (地方税法第294条第1項第2号・第24条第1項第2号) — the 所得割 is the 住所地's, and the
 * 森林環境税 too unless the parameter says otherwise. Which 非課税 of 第295条 reach this 均等割 is a parameter
 * ({@code kaokushiki_hikazei}); the 均等割 itself is the same as a resident's, with the 超過課税 ({@link KintowariPolicy}).
 */
public final class KaokushikiKazeiPolicy {

    private static final ShotokuKeisan NO_SHOTOKU = new ShotokuKeisan(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final ShotokuKojoKeisan NO_KOJO = new ShotokuKojoKeisan(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    /** The 所得割 "rate" of a 家屋敷課税: none is levied here (documents show it so, not as 非課税). */
    public static final String NO_SHOTOKUWARI = "課さない（家屋敷課税）";

    private KaokushikiKazeiPolicy() {
    }

    public static KojinJuminzeiFuka fuka(KaokushikiKiso kiso, KojinJuminzeiParameters p) {
        SanteiKonkyo.Builder konkyo = new SanteiKonkyo.Builder();
        konkyo.add(Konkyo.hantei(Rule.KAOKUSHIKI_KAZEI, true,
                kiso.jimusho().stream().map(j -> Konkyo.text(j.kubun(), j.shozaichi())).toList(), List.of(),
                "賦課期日に住所がなく、事務所・事業所・家屋敷を有する: 均等割のみを課す（所得割は住所地の団体が課す）"));
        HikazeiHantei hikazei = hikazei(kiso.jokyo(), p, konkyo);
        ShiKen<Long> kintowari = KintowariPolicy.kintowari(hikazei, p, konkyo);
        long shinrin = shinrinKankyozei(hikazei, p, konkyo);
        ZeigakuBubun shi = bubun(ShiKen.Bubun.SHI, kintowari.shi());
        ZeigakuBubun ken = bubun(ShiKen.Bubun.KEN, kintowari.ken());
        long nenZeigaku = shi.zeigaku() + ken.zeigaku() + shinrin;
        konkyo.add(Konkyo.step(Rule.NENZEIGAKU, nenZeigaku,
                List.of(Konkyo.in("市町村民税（均等割）", shi.zeigaku()), Konkyo.in("道府県民税（均等割）", ken.zeigaku()),
                        Konkyo.in("森林環境税", shinrin)),
                List.of(), p.dantai().label() + " " + p.nendo().label() + " 家屋敷課税"));
        return new KojinJuminzeiFuka(kiso.nendo(), kiso.shikuchosonkodo(), p.dantai().label(), NO_SHOTOKU, NO_KOJO, 0,
                hikazei, shi, ken, shinrin, nenZeigaku, konkyo.build());
    }

    /** 第295条 as far as the parameter lets it reach the 家屋敷課税; the 所得割 is never levied here. */
    private static HikazeiHantei hikazei(KaokushikiKiso.JushochiJokyo jokyo, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        Param<HikazeiParams.KaokushikiHikazei> param = p.kaokushikiHikazei();
        HikazeiParams.KaokushikiHikazei reach = param.value();
        List<SanteiKonkyo.Input> inputs = new ArrayList<>(List.of(Konkyo.text("生活扶助（住所地の報告）", yesNo(jokyo.seikatsuHogo())),
                Konkyo.text("障害者・未成年者・寡婦・ひとり親（住所地の報告）", yesNo(jokyo.shogaishaTo()))));
        if (jokyo.gokeiShotokuKingaku() != null) {
            inputs.add(Konkyo.in("合計所得金額（住所地の報告）", jokyo.gokeiShotokuKingaku()));
        }
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>(List.of(Konkyo.use(param, "生活扶助 " + reach(reach.seikatsuHogo())
                + "、障害者等 " + reach(reach.shogaishaTo()) + "、所得による均等割非課税 " + reach(reach.kintowariShotoku()))));
        String riyu = zengakuRiyu(jokyo, reach, p, uses);
        if (riyu != null) {
            konkyo.add(Konkyo.hantei(Rule.KAOKUSHIKI_HIKAZEI, true, inputs, uses, "均等割 非課税: " + riyu));
            return new HikazeiHantei(true, riyu, true, true, jokyo.ninzu());
        }
        boolean kintowari = false;
        String note = "均等割 課税";
        if (reach.kintowariShotoku()) {
            if (jokyo.gokeiShotokuKingaku() == null) {
                note = "均等割 課税（合計所得金額の報告がないため所得による非課税は判定しない）";
            } else {
                kintowari = HikazeiPolicy.kintowariHikazei(jokyo.gokeiShotokuKingaku(), jokyo.ninzu(), p, uses);
                note = kintowari ? "均等割 非課税（合計所得金額が条例の額以下）" : "均等割 課税";
            }
        }
        konkyo.add(Konkyo.hantei(Rule.KAOKUSHIKI_HIKAZEI, kintowari, inputs, uses, note));
        return new HikazeiHantei(false, null, kintowari, true, jokyo.ninzu());
    }

    private static String zengakuRiyu(KaokushikiKiso.JushochiJokyo jokyo, HikazeiParams.KaokushikiHikazei reach,
            KojinJuminzeiParameters p, List<SanteiKonkyo.ParameterUse> uses) {
        if (reach.seikatsuHogo() && jokyo.seikatsuHogo()) {
            return "賦課期日に生活扶助を受けている";
        }
        if (reach.shogaishaTo() && jokyo.shogaishaTo() && jokyo.gokeiShotokuKingaku() != null) {
            Param<Long> gendo = p.hikazeiZengaku();
            uses.add(Konkyo.use(gendo, KingakuHyoki.format("合計所得金額 %,d 以下", gendo.value())));
            if (jokyo.gokeiShotokuKingaku() <= gendo.value()) {
                return KingakuHyoki.format("障害者・未成年者・寡婦・ひとり親で合計所得金額が%,d円以下", gendo.value());
            }
        }
        return null;
    }

    private static long shinrinKankyozei(HikazeiHantei hikazei, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<Boolean> levied = p.kaokushikiShinrinKankyozei();
        if (levied.value()) {
            return KintowariPolicy.shinrinKankyozei(hikazei, p, konkyo);
        }
        konkyo.add(Konkyo.step(Rule.SHINRIN_KANKYOZEI, 0, List.of(), List.of(Konkyo.use(levied, "家屋敷課税には課さない")),
                "家屋敷課税には課さない（住所地の団体が課す）"));
        return 0;
    }

    private static ZeigakuBubun bubun(ShiKen.Bubun b, long kintowari) {
        return new ZeigakuBubun(b.nameJa(), NO_SHOTOKUWARI, 0, 0, 0, 0, 0, 0, 0, 0, kintowari, kintowari);
    }

    private static String yesNo(boolean b) {
        return b ? "該当" : "非該当";
    }

    private static String reach(boolean b) {
        return b ? "及ぶ" : "及ばない";
    }
}
