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
 * 給与所得に係る特別徴収 (地方税法第321条の5): 12 monthly amounts from 6月 to 翌年5月, each the 年税額 ÷ 12 rounded down
 * to 100円, the remainder in 6月分 (新潟市: 194,500 → 6月 16,300, 7月〜5月 16,200). 令和6年度 starts in 7月 (定額減税;
 * parameter, unconfirmed).
 */
public final class KyuyoTokubetsuChoshuPolicy {

    private KyuyoTokubetsuChoshuPolicy() {
    }

    public static ChoshuKeikaku tsukiwari(long zeigaku, KojinJuminzeiParameters p) {
        Param<ChoshuParams.Bunkatsu> param = p.kyuyoTokubetsuChoshu();
        ChoshuParams.Bunkatsu b = param.value();
        List<YearMonth> months = p.nendo().nengetsu(b.tsuki());
        List<Kibetsu> kibetsu = BunkatsuPolicy.bunkatsu(zeigaku, months, BunkatsuPolicy.tsukiNames(months), b.hasuTani(),
                b.hasuKibetsu());
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(Konkyo.step(Rule.KYUYO_TOKUBETSU_CHOSHU, zeigaku,
                List.of(Konkyo.in("年税額", zeigaku)),
                List.of(Konkyo.use(param, b.tsuki().size() + "回 " + b.tsuki() + "月, " + b.hasuTani() + "円未満の端数は最初の月へ")),
                null)));
        return new ChoshuKeikaku(ChoshuHoho.KYUYO_TOKUBETSU_CHOSHU, p.nendo(), zeigaku, kibetsu, konkyo);
    }
}
