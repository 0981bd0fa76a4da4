package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;

/** All 所得控除 (地方税法第314条の2・第34条) and the 人的控除額の差, in the order a 申告書 lists them. */
public final class ShotokuKojoPolicy {

    private ShotokuKojoPolicy() {
    }

    public static ShotokuKojoKeisan kojo(KazeiKiso kiso, ShotokuKeisan shotoku, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        long gokei = shotoku.gokeiShotokuKingaku();
        long so = shotoku.soShotokuKingakuTo();
        List<JintekiKojo> granted = new ArrayList<>();
        long zasson = IryohiZassonKojoPolicy.zasson(kiso, so, p, konkyo);
        long shakai = HokenryoKojoPolicy.shakaiHokenryo(kiso, konkyo);
        long shokibo = HokenryoKojoPolicy.shokiboKigyoKyosai(kiso, konkyo);
        long seimei = HokenryoKojoPolicy.seimeiHokenryo(kiso, p, konkyo);
        long jishin = HokenryoKojoPolicy.jishinHokenryo(kiso, p, konkyo);
        long iryohi = IryohiZassonKojoPolicy.iryohi(kiso, so, p, konkyo);
        long shogaisha = JintekiKojoPolicy.shogaisha(kiso, p, granted, konkyo);
        long kafu = JintekiKojoPolicy.kafu(kiso, gokei, p, granted, konkyo);
        long hitorioya = JintekiKojoPolicy.hitorioya(kiso, gokei, p, granted, konkyo);
        long kinro = JintekiKojoPolicy.kinroGakusei(kiso, gokei, p, granted, konkyo);
        long haigusha = HaigushaKojoPolicy.haigusha(kiso, gokei, p, granted, konkyo);
        long tokubetsu = HaigushaKojoPolicy.haigushaTokubetsu(kiso, gokei, p, granted, konkyo);
        long fuyo = FuyoKojoPolicy.fuyo(kiso, p, granted, konkyo);
        long tokuteiShinzoku = FuyoKojoPolicy.tokuteiShinzoku(kiso, p, granted, konkyo);
        long kisoKojo = JintekiKojoPolicy.kiso(gokei, p, granted, konkyo);
        long total = zasson + shakai + shokibo + seimei + jishin + iryohi + shogaisha + kafu + hitorioya + kinro + haigusha
                + tokubetsu + fuyo + tokuteiShinzoku + kisoKojo;
        konkyo.add(Konkyo.step(Rule.SHOTOKU_KOJO_GOKEI, total,
                List.of(Konkyo.in("雑損控除", zasson), Konkyo.in("社会保険料控除", shakai), Konkyo.in("小規模企業共済等掛金控除", shokibo),
                        Konkyo.in("生命保険料控除", seimei), Konkyo.in("地震保険料控除", jishin), Konkyo.in("医療費控除", iryohi),
                        Konkyo.in("障害者控除", shogaisha), Konkyo.in("寡婦控除", kafu), Konkyo.in("ひとり親控除", hitorioya),
                        Konkyo.in("勤労学生控除", kinro), Konkyo.in("配偶者控除", haigusha), Konkyo.in("配偶者特別控除", tokubetsu),
                        Konkyo.in("扶養控除", fuyo), Konkyo.in("特定親族特別控除", tokuteiShinzoku), Konkyo.in("基礎控除", kisoKojo)),
                List.of(), null));
        long sa = JintekiKojoSaPolicy.sa(granted, gokei, p, konkyo);
        return new ShotokuKojoKeisan(shakai, shokibo, seimei, jishin, iryohi, zasson, shogaisha, kafu, hitorioya, kinro,
                haigusha, tokubetsu, fuyo, tokuteiShinzoku, kisoKojo, total, sa);
    }
}
