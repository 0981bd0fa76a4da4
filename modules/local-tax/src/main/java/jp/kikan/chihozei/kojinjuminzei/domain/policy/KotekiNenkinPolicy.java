package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.math.BigDecimal;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.BracketTable;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShotokuParams;

/**
 * 公的年金等に係る雑所得 = 収入 − 公的年金等控除額 (所得税法第35条第4項, applied by 地方税法第313条第2項). The 控除
 * depends on the age on 12月31日 of the income year and, from 令和2年分, is reduced when the 合計所得金額 other
 * than 公的年金等 exceeds 1,000万円 (parameter {@code koteki_nenkin_kojo}).
 */
public final class KotekiNenkinPolicy {

    private KotekiNenkinPolicy() {
    }

    /**
     * @param nenrei            age on 12月31日 of the income year
     * @param hokaGokeiShotoku  合計所得金額 other than 公的年金等に係る雑所得
     */
    public static long zatsuShotoku(long shunyu, int nenrei, long hokaGokeiShotoku, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        if (shunyu == 0) {
            return 0;
        }
        Param<ShotokuParams.NenkinKojo> param = p.kotekiNenkinKojo();
        ShotokuParams.NenkinKojo t = param.value();
        boolean ijo = nenrei >= t.ijoNenrei();
        BracketTable<ShotokuParams.RateAdd> table = ijo ? t.ijo() : t.miman();
        Bracket<ShotokuParams.RateAdd> row = table.find(shunyu);
        Bracket<Long> chosei = t.hokaShotokuChosei().find(hokaGokeiShotoku);
        BigDecimal kojo = row.row().rate().times(shunyu).add(BigDecimal.valueOf(row.row().add() - chosei.row()));
        long shotoku = Math.max(0, p.kyuyoShotokuHasu().value().apply(BigDecimal.valueOf(shunyu).subtract(kojo)));
        konkyo.add(Konkyo.step(Rule.KOTEKI_NENKIN_ZATSU_SHOTOKU, shotoku,
                List.of(Konkyo.in("公的年金等の収入金額", shunyu), Konkyo.in("12月31日の年齢", nenrei),
                        Konkyo.in("公的年金等に係る雑所得以外の合計所得金額", hokaGokeiShotoku)),
                List.of(Konkyo.use(param, row, (ijo ? t.ijoNenrei() + "歳以上 " : t.ijoNenrei() + "歳未満 ") + "控除=" + row.row().label()),
                        Konkyo.use(param, chosei, KingakuHyoki.format("控除の減額 %,d", chosei.row())),
                        Konkyo.use(p.kyuyoShotokuHasu(), p.kyuyoShotokuHasu().value().toString())),
                KingakuHyoki.format("公的年金等控除額 %s", kojo.stripTrailingZeros().toPlainString())));
        return shotoku;
    }
}
