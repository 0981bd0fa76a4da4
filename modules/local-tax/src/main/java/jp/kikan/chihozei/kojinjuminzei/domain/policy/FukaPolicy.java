package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;

/**
 * The assessment of one person and 年度, from the checked input and the parameters of (年度, municipality):
 * 所得 → 所得控除 → 非課税 → 課税総所得金額 → 所得割 (市・県) → 均等割 and 森林環境税 → 年税額, every intermediate value in
 * the 算定根拠.
 */
public final class FukaPolicy {

    private FukaPolicy() {
    }

    public static KojinJuminzeiFuka fuka(KazeiKiso kiso, KojinJuminzeiParameters p) {
        SanteiKonkyo.Builder konkyo = new SanteiKonkyo.Builder();
        ShotokuKeisan shotoku = ShotokuPolicy.shotoku(kiso, p, konkyo);
        ShotokuKojoKeisan kojo = ShotokuKojoPolicy.kojo(kiso, shotoku, p, konkyo);
        HikazeiHantei hikazei = HikazeiPolicy.hantei(kiso, shotoku, p, konkyo);
        long kazei = ShotokuwariPolicy.kazeiSoshotoku(shotoku, kojo, p, konkyo);
        Map<ShiKen.Bubun, ShotokuwariPolicy.Kekka> shotokuwari = ShotokuwariPolicy.shotokuwari(kiso, shotoku, kojo, kazei,
                hikazei, p, konkyo);
        ShiKen<Long> kintowari = KintowariPolicy.kintowari(hikazei, p, konkyo);
        long shinrin = KintowariPolicy.shinrinKankyozei(hikazei, p, konkyo);
        ZeigakuBubun shi = bubun(ShiKen.Bubun.SHI, shotokuwari.get(ShiKen.Bubun.SHI), kintowari.shi());
        ZeigakuBubun ken = bubun(ShiKen.Bubun.KEN, shotokuwari.get(ShiKen.Bubun.KEN), kintowari.ken());
        long nenZeigaku = shi.zeigaku() + ken.zeigaku() + shinrin;
        konkyo.add(Konkyo.step(Rule.NENZEIGAKU, nenZeigaku,
                List.of(Konkyo.in("市町村民税（所得割＋均等割）", shi.zeigaku()), Konkyo.in("道府県民税（所得割＋均等割）", ken.zeigaku()),
                        Konkyo.in("森林環境税", shinrin)),
                List.of(), p.dantai().label() + " " + p.nendo().label()));
        return new KojinJuminzeiFuka(kiso.nendo(), kiso.shikuchosonkodo(), p.dantai().label(), shotoku, kojo, kazei, hikazei,
                shi, ken, shinrin, nenZeigaku, konkyo.build());
    }

    private static ZeigakuBubun bubun(ShiKen.Bubun b, ShotokuwariPolicy.Kekka k, long kintowari) {
        return new ZeigakuBubun(b.nameJa(), k.zeiritsu(), k.sanshutsu(), k.chosei(), k.haito(), k.jutaku(), k.kifukin(),
                k.shotokuwari(), k.teigaku(), k.saishu(), kintowari, k.saishu() + kintowari);
    }
}
