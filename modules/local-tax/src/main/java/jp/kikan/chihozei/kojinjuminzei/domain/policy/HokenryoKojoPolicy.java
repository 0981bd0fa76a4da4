package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.BracketTable;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShotokuParams;

/**
 * 社会保険料控除 and 小規模企業共済等掛金控除 (the amount paid), 生命保険料控除 and 地震保険料控除 (地方税法第314条の2第1項・
 * 第34条第1項), with the 住民税 bands and caps of the parameters.
 */
public final class HokenryoKojoPolicy {

    private HokenryoKojoPolicy() {
    }

    public static long shakaiHokenryo(KazeiKiso kiso, SanteiKonkyo.Builder konkyo) {
        long paid = kiso.shiharai().shakaiHokenryo();
        konkyo.add(Konkyo.step(Rule.SHAKAI_HOKENRYO_KOJO, paid, List.of(Konkyo.in("支払った社会保険料", paid)), List.of(), "支払額の全額"));
        return paid;
    }

    public static long shokiboKigyoKyosai(KazeiKiso kiso, SanteiKonkyo.Builder konkyo) {
        long paid = kiso.shiharai().shokiboKigyoKyosaiKakekin();
        if (paid > 0) {
            konkyo.add(Konkyo.step(Rule.SHOKIBO_KIGYO_KYOSAI_KOJO, paid, List.of(Konkyo.in("支払った掛金", paid)), List.of(), "支払額の全額"));
        }
        return paid;
    }

    public static long seimeiHokenryo(KazeiKiso kiso, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        KazeiKiso.Shiharai s = kiso.shiharai();
        if (s.shinIppan() + s.kyuIppan() + s.shinKaigoIryo() + s.shinKojinNenkin() + s.kyuKojinNenkin() == 0) {
            return 0;
        }
        Param<KojoParams.SeimeiHokenryo> param = p.seimeiHokenryoKojo();
        KojoParams.SeimeiHokenryo t = param.value();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        long ippan = category(s.shinIppan(), s.kyuIppan(), t, param, uses, "一般");
        long kaigo = category(s.shinKaigoIryo(), 0, t, param, uses, "介護医療");
        long nenkin = category(s.shinKojinNenkin(), s.kyuKojinNenkin(), t, param, uses, "個人年金");
        long kojo = Math.min(ippan + kaigo + nenkin, t.gokeiJogen());
        uses.add(Konkyo.use(param, KingakuHyoki.format("合計の限度 %,d", t.gokeiJogen())));
        konkyo.add(Konkyo.step(Rule.SEIMEI_HOKENRYO_KOJO, kojo,
                List.of(Konkyo.in("一般（新）", s.shinIppan()), Konkyo.in("一般（旧）", s.kyuIppan()),
                        Konkyo.in("介護医療（新）", s.shinKaigoIryo()), Konkyo.in("個人年金（新）", s.shinKojinNenkin()),
                        Konkyo.in("個人年金（旧）", s.kyuKojinNenkin())),
                uses, KingakuHyoki.format("一般 %,d + 介護医療 %,d + 個人年金 %,d", ippan, kaigo, nenkin)));
        return kojo;
    }

    /** A category with 新 and/or 旧 contracts: the larger of 旧 alone and 新 + 旧 (capped). */
    private static long category(long shin, long kyu, KojoParams.SeimeiHokenryo t, Param<KojoParams.SeimeiHokenryo> param,
            List<SanteiKonkyo.ParameterUse> uses, String name) {
        long shinKojo = shin == 0 ? 0 : band(shin, t.shin(), t, param, uses, name + "（新）");
        long kyuKojo = kyu == 0 ? 0 : band(kyu, t.kyu(), t, param, uses, name + "（旧）");
        if (shin > 0 && kyu > 0) {
            uses.add(Konkyo.use(param, KingakuHyoki.format("%s: 新旧併用の限度 %,d", name, t.shinKyuHeiyoJogen())));
            return Math.max(kyuKojo, Math.min(shinKojo + kyuKojo, t.shinKyuHeiyoJogen()));
        }
        return shinKojo + kyuKojo;
    }

    private static long band(long paid, BracketTable<ShotokuParams.RateAdd> table, KojoParams.SeimeiHokenryo t,
            Param<KojoParams.SeimeiHokenryo> param, List<SanteiKonkyo.ParameterUse> uses, String name) {
        Bracket<ShotokuParams.RateAdd> row = table.find(paid);
        uses.add(Konkyo.use(param, row, name + " 支払額×" + row.row().rate() + KingakuHyoki.format("+%,d", row.row().add()) + ", " + t.hasu()));
        return t.hasu().apply(row.row().rate().times(paid).add(java.math.BigDecimal.valueOf(row.row().add())));
    }

    public static long jishinHokenryo(KazeiKiso kiso, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        long paid = kiso.shiharai().jishinHokenryo();
        if (paid == 0) {
            return 0;
        }
        Param<KojoParams.JishinHokenryo> param = p.jishinHokenryoKojo();
        KojoParams.JishinHokenryo t = param.value();
        long kojo = Math.min(t.hasu().apply(t.rate().times(paid)), t.jogen());
        konkyo.add(Konkyo.step(Rule.JISHIN_HOKENRYO_KOJO, kojo, List.of(Konkyo.in("支払った地震保険料", paid)),
                List.of(Konkyo.use(param, KingakuHyoki.format("支払額×%s（限度 %,d）, %s", t.rate(), t.jogen(), t.hasu()))), null));
        return kojo;
    }
}
