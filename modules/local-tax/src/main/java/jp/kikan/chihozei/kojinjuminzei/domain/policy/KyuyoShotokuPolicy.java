package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.BracketTable;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShotokuParams;

/**
 * 給与所得控除後の給与等の金額: 所得税法第28条 and 別表第五, which 地方税法第32条第2項・第313条第2項 apply to
 * 住民税, by the table of the income year (令和7年分 raises the minimum 控除 to 65万円: parameter
 * {@code kyuyo_shotoku} of 令和8年度).
 */
public final class KyuyoShotokuPolicy {

    private KyuyoShotokuPolicy() {
    }

    public static long kojogo(long kyuyoShunyu, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<BracketTable<ShotokuParams.KyuyoShotokuRow>> table = p.kyuyoShotoku();
        Bracket<ShotokuParams.KyuyoShotokuRow> row = table.value().find(kyuyoShunyu);
        Hasu hasu = p.kyuyoShotokuHasu().value();
        long shotoku = Math.max(0, shotoku(kyuyoShunyu, row.row(), hasu));
        konkyo.add(Konkyo.step(Rule.KYUYO_SHOTOKU_KOJOGO, shotoku, List.of(Konkyo.in("給与収入", kyuyoShunyu)),
                List.of(Konkyo.use(table, row, row.row().label()), Konkyo.use(p.kyuyoShotokuHasu(), hasu.toString())),
                p.nendo().shotokuNenLabel() + "の表"));
        return shotoku;
    }

    private static long shotoku(long kyuyoShunyu, ShotokuParams.KyuyoShotokuRow row, Hasu hasu) {
        if (row instanceof ShotokuParams.Kotei k) {
            return k.shotoku();
        }
        if (row instanceof ShotokuParams.Kojo k) {
            return kyuyoShunyu - k.kojo();
        }
        ShotokuParams.Sanshiki s = (ShotokuParams.Sanshiki) row;
        return hasu.apply(s.rate().times(base(kyuyoShunyu, s)).add(BigDecimal.valueOf(s.add())));
    }

    /** 収入, or A = 収入 ÷ 4 rounded down to the unit of the row (別表第五's 4,000円 steps). */
    private static long base(long kyuyoShunyu, ShotokuParams.Sanshiki s) {
        if (s.yonbunNoIchiTani() == null) {
            return kyuyoShunyu;
        }
        long unit = s.yonbunNoIchiTani();
        return kyuyoShunyu / 4 / unit * unit;
    }
}
