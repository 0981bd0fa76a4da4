package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShiKen;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 住宅借入金等特別税額控除 (地方税法附則第5条の4の2): the 所得税 住宅ローン控除 that 所得税 could not take, at most 5%
 * (97,500円) or 7% (136,500円) of the 所得税の課税総所得金額等 by the 居住年, split 3/5 : 2/5 into 市 and 県 (多賀城市:
 * 92,800 → 55,680 + 37,120).
 */
public final class JutakuLoanKojoPolicy {

    private JutakuLoanKojoPolicy() {
    }

    public static long jutakuLoanKojo(ShiKen.Bubun bubun, KazeiKiso kiso, Zangaku zan, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        KazeiKiso.JutakuLoan j = kiso.jutakuLoan();
        if (j == null || j.shotokuzeiKojoZangaku() == 0) {
            return 0;
        }
        Param<ZeigakuParams.JutakuLoan> param = p.jutakuLoanKojo();
        ZeigakuParams.JutakuLoan t = param.value();
        ZeigakuParams.RateJogen gendo = t.kubun().get(j.kubun().key());
        long limit = Math.min(gendo.jogen(), t.hasu().apply(gendo.rate().times(j.shotokuzeiKazeiSoshotokuKingakuTo())));
        long total = Math.min(j.shotokuzeiKojoZangaku(), limit);
        Param<ShiKen<Ritsu>> bunpai = p.shiteiToshi() ? p.jutakuLoanBunpaiShiteiToshi() : new Param<>(t.bunpai(), param.ref());
        long share = t.hasu().apply(bunpai.value().get(bubun).times(total));
        long taken = zan.take(share);
        konkyo.add(Konkyo.step(Rule.JUTAKU_LOAN_KOJO, bubun, taken,
                List.of(Konkyo.in("所得税で控除しきれなかった額", j.shotokuzeiKojoZangaku()),
                        Konkyo.in("所得税の課税総所得金額等", j.shotokuzeiKazeiSoshotokuKingakuTo()), Konkyo.in("控除額（市・県の合計）", total)),
                List.of(Konkyo.use(param, KingakuHyoki.format("%s: 課税総所得金額等×%s（限度 %,d）", j.kubun().key(), gendo.rate(), gendo.jogen())),
                        Konkyo.use(bunpai, bubun.nameJa() + " " + bunpai.value().get(bubun))),
                taken < share ? KingakuHyoki.format("所得割額の範囲 %,d まで", taken) : null));
        return taken;
    }
}
