package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 普通徴収: the 年税額 in the municipality's instalments (地方税法第320条: 6月・8月・10月・1月中 by 条例), amounts and
 * rounding by the municipality's 条例 (parameter {@code futsu_choshu}, overlay per municipality).
 */
public final class FutsuChoshuPolicy {

    private FutsuChoshuPolicy() {
    }

    public static ChoshuKeikaku kibetsu(long zeigaku, KojinJuminzeiParameters p) {
        Param<ChoshuParams.Bunkatsu> param = p.futsuChoshu();
        ChoshuParams.Bunkatsu b = param.value();
        List<YearMonth> months = p.nendo().nengetsu(b.tsuki());
        List<Kibetsu> kibetsu = BunkatsuPolicy.bunkatsu(zeigaku, months, BunkatsuPolicy.kiNames(months.size()), b.hasuTani(),
                b.hasuKibetsu());
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(Konkyo.step(Rule.FUTSU_CHOSHU, zeigaku, List.of(Konkyo.in("年税額", zeigaku)),
                List.of(Konkyo.use(param, b.tsuki() + "月, " + b.hasuTani() + "円未満の端数は第1期へ")), p.dantai().label())));
        return new ChoshuKeikaku(ChoshuHoho.FUTSU_CHOSHU, p.nendo(), zeigaku, kibetsu, konkyo);
    }
}
