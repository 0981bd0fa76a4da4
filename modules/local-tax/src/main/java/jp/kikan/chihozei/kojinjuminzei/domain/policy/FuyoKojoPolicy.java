package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 扶養控除 by the age class on 12月31日 (年少 / 一般 / 特定 / 老人, 同居老親等) and, from 令和8年度, 特定親族特別控除 for a
 * relative of 19–22 whose income is over the 扶養 要件 (地方税法第314条の2・第34条).
 */
public final class FuyoKojoPolicy {

    private static final String ROJIN = "rojin";

    private FuyoKojoPolicy() {
    }

    public static long fuyo(KazeiKiso kiso, KojinJuminzeiParameters p, List<JintekiKojo> granted, SanteiKonkyo.Builder konkyo) {
        List<KazeiKiso.Shinzoku> fuyo = KazokuPolicy.fuyoShinzoku(kiso, p);
        if (fuyo.isEmpty()) {
            return 0;
        }
        Param<KojoParams.FuyoKojo> param = p.fuyoKojo();
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        uses.add(Konkyo.use(p.shinzokuGokeiShotokuYoken(), KingakuHyoki.format("扶養親族: 合計所得金額 %,d 以下", p.shinzokuGokeiShotokuYoken().value())));
        long total = 0;
        for (KazeiKiso.Shinzoku s : fuyo) {
            int nenrei = KazokuPolicy.nenrei(s, kiso);
            Bracket<KojoParams.FuyoKubun> row = param.value().kubun().find(nenrei);
            String kubun = row.row().kubun();
            long gaku = row.row().kojo();
            if (ROJIN.equals(kubun) && s.chokkeiSonzoku() && s.dokyo()) {
                kubun = "dokyo_roshin";
                gaku = param.value().dokyoRoshin();
            }
            inputs.add(Konkyo.in(s.label() + "の年齢（" + kubun + "）", nenrei));
            uses.add(Konkyo.use(param, row, s.label() + " " + kubun + KingakuHyoki.format(" %,d", gaku)));
            granted.add(new JintekiKojo("fuyo", kubun, s.label(), gaku, 0));
            total += gaku;
        }
        konkyo.add(Konkyo.step(Rule.FUYO_KOJO, total, inputs, uses, null));
        return total;
    }

    public static long tokuteiShinzoku(KazeiKiso kiso, KojinJuminzeiParameters p, List<JintekiKojo> granted,
            SanteiKonkyo.Builder konkyo) {
        Param<KojoParams.TokuteiShinzoku> param = p.tokuteiShinzokuTokubetsuKojo();
        KojoParams.TokuteiShinzoku t = param.value();
        if (!t.tekiyo()) {
            return 0;
        }
        long yoken = p.shinzokuGokeiShotokuYoken().value();
        long total = 0;
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        for (KazeiKiso.Shinzoku s : kiso.fuyoShinzoku()) {
            int nenrei = KazokuPolicy.nenrei(s, kiso);
            if (s.gokeiShotoku() <= yoken || nenrei < t.nenreiFrom() || nenrei > t.nenreiTo()
                    || s.gokeiShotoku() < t.shinzoku().firstFrom()) {
                continue;
            }
            Bracket<Long> row = t.shinzoku().find(s.gokeiShotoku());
            inputs.add(Konkyo.in(s.label() + "の合計所得金額", s.gokeiShotoku()));
            inputs.add(Konkyo.in(s.label() + "の年齢", nenrei));
            uses.add(Konkyo.use(param, row, s.label() + KingakuHyoki.format(" %,d", row.row())));
            if (row.row() > 0) {
                granted.add(new JintekiKojo("tokutei_shinzoku", null, s.label(), row.row(), s.gokeiShotoku()));
            }
            total += row.row();
        }
        if (!inputs.isEmpty()) {
            konkyo.add(Konkyo.step(Rule.TOKUTEI_SHINZOKU_TOKUBETSU_KOJO, total, inputs, uses, null));
        }
        return total;
    }
}
