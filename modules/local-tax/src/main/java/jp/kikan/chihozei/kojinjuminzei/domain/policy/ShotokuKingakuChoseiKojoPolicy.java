package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShotokuParams;

/**
 * 所得金額調整控除 (租税特別措置法第41条の3の3, from 令和2年分; applied to 住民税 by the 地方税法 附則 — article not
 * confirmed): (1) for a 給与収入 over 850万円 when the person, the 同一生計配偶者 or a 扶養親族 is 特別障害者 or a
 * 扶養親族 is under 23 (広島市 example: 9,000,000 → 50,000); (2) for a person with both 給与所得 and 公的年金等に係る
 * 雑所得 (新座市 example: 10万 + 10万 − 10万 = 10万).
 */
public final class ShotokuKingakuChoseiKojoPolicy {

    private ShotokuKingakuChoseiKojoPolicy() {
    }

    public static long kosodate(long kyuyoShunyu, long kojogo, KazeiKiso kiso, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        Param<ShotokuParams.ChoseiKojoKosodate> param = p.choseiKojoKosodate();
        ShotokuParams.ChoseiKojoKosodate c = param.value();
        if (kyuyoShunyu <= c.kijun()) {
            return 0;
        }
        List<String> why = reasons(kiso, p, c.fuyoNenreiMiman());
        if (why.isEmpty()) {
            return 0;
        }
        long kojo = Math.min(kojogo, c.hasu().apply(c.rate().times(Math.min(kyuyoShunyu, c.jogen()) - c.kijun())));
        konkyo.add(Konkyo.step(Rule.SHOTOKU_KINGAKU_CHOSEI_KOJO_KOSODATE, kojo,
                List.of(Konkyo.in("給与収入", kyuyoShunyu), Konkyo.text("該当", String.join("、", why))),
                List.of(Konkyo.use(param, KingakuHyoki.format("(min(給与収入, %,d) − %,d) × %s, %s", c.jogen(), c.kijun(), c.rate(),
                        c.hasu()))), null));
        return kojo;
    }

    private static List<String> reasons(KazeiKiso kiso, KojinJuminzeiParameters p, int nenreiMiman) {
        List<String> why = new ArrayList<>();
        if (kiso.honnin().shogai() == ShogaiKubun.TOKUBETSU_SHOGAISHA) {
            why.add("本人が特別障害者");
        }
        KazokuPolicy.doitsuSeikeiHaigusha(kiso, p).filter(h -> h.shogai() == ShogaiKubun.TOKUBETSU_SHOGAISHA)
                .ifPresent(h -> why.add("同一生計配偶者が特別障害者"));
        for (KazeiKiso.Shinzoku s : KazokuPolicy.fuyoShinzoku(kiso, p)) {
            if (s.shogai() == ShogaiKubun.TOKUBETSU_SHOGAISHA) {
                why.add(s.label() + "が特別障害者");
            } else if (KazokuPolicy.nenrei(s, kiso) < nenreiMiman) {
                why.add(s.label() + "が" + nenreiMiman + "歳未満の扶養親族");
            }
        }
        return why;
    }

    /** @param kyuyoShotoku 給与所得控除後の給与等の金額 after (1) */
    public static long kyuyoNenkin(long kyuyoShotoku, long nenkinShotoku, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        if (kyuyoShotoku <= 0 || nenkinShotoku <= 0) {
            return 0;
        }
        Param<ShotokuParams.ChoseiKojoKyuyoNenkin> param = p.choseiKojoKyuyoNenkin();
        ShotokuParams.ChoseiKojoKyuyoNenkin c = param.value();
        long kojo = Math.max(0, Math.min(kyuyoShotoku, c.jogen()) + Math.min(nenkinShotoku, c.jogen()) - c.kojo());
        kojo = Math.min(kojo, kyuyoShotoku);
        konkyo.add(Konkyo.step(Rule.SHOTOKU_KINGAKU_CHOSEI_KOJO_KYUYO_NENKIN, kojo,
                List.of(Konkyo.in("給与所得控除後の給与等の金額", kyuyoShotoku), Konkyo.in("公的年金等に係る雑所得", nenkinShotoku)),
                List.of(Konkyo.use(param, KingakuHyoki.format("min(給与, %,d) + min(年金, %,d) − %,d", c.jogen(), c.jogen(), c.kojo()))),
                null));
        return kojo;
    }
}
