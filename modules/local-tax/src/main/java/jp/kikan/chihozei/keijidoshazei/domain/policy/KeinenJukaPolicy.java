package jp.kikan.chihozei.keijidoshazei.domain.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShodoKensa;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 経年車重課 (地方税法附則第30条第1項 — parameter {@code juka_keika_nensu}): a 三輪以上 whose 初度検査年月 plus 13 years falls
 * in an earlier 年度 pays the 重課 rate from the next 年度 — i.e. in 年度 Y when that month is March of Y or before
 * (初度検査 平成24年3月 → 令和7年度, 平成24年4月 → 令和8年度). A vehicle first inspected up to 平成15年10月, or whose
 * 自動車検査証 shows no month, counts from December of its year ({@code shodo_kensa_minashi}). Exempt: the fuels and
 * the 被けん引車 of {@code juka_jogai}.
 */
public final class KeinenJukaPolicy {

    private KeinenJukaPolicy() {
    }

    /** The 初度検査年月 the 13 years are counted from. */
    static YearMonth kisan(ShodoKensa s, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        KeijidoshazeiParameters.ShodoKensaMinashi m = p.shodoKensaMinashi().value();
        YearMonth upTo = m.made();
        boolean minasu = !s.tsukiAri() || !YearMonth.of(s.nen(), s.tsuki()).isAfter(upTo);
        if (!minasu) {
            return YearMonth.of(s.nen(), s.tsuki());
        }
        YearMonth deemed = YearMonth.of(s.nen(), m.tsuki());
        b.add(Konkyo.hantei(Rule.SHODO_KENSA_MINASHI, true, List.of(Konkyo.text("初度検査年月", s.toString())),
                List.of(Konkyo.use(p.shodoKensaMinashi(), upTo + " 以前 → " + m.tsuki() + "月")), "みなし初度検査年月 " + deemed));
        return deemed;
    }

    public static boolean juka(Sharyo s, KeijidoshazeiParameters p, SanteiKonkyo.Builder b) {
        KeijidoshazeiParameters.JukaJogai jogai = p.jukaJogai().value();
        List<SanteiKonkyo.Input> in = new ArrayList<>(List.of(Konkyo.text("初度検査年月", s.shodoKensa().toString()),
                Konkyo.text("燃料", s.nenryo().nameJa())));
        if (s.hikenin() && jogai.hikenin()) {
            in.add(Konkyo.text("被けん引車", "該当"));
            b.add(Konkyo.hantei(Rule.JUKA, false, in, List.of(Konkyo.use(p.jukaJogai(), "被けん引車")), "被けん引車は重課の対象外"));
            return false;
        }
        if (jogai.nenryo().contains(s.nenryo())) {
            b.add(Konkyo.hantei(Rule.JUKA, false, in, List.of(Konkyo.use(p.jukaJogai(), s.nenryo().nameJa())),
                    s.nenryo().nameJa() + "の車両は重課の対象外"));
            return false;
        }
        YearMonth from = kisan(s.shodoKensa(), p, b);
        int nensu = p.jukaKeikaNensu().value();
        YearMonth keika = from.plusYears(nensu);
        // 経過した月の属する年度の翌年度分から: 年度 Y (4月〜翌3月) に重課 ⇔ 経過月 ≤ Y年3月
        YearMonth lastMonthBefore = YearMonth.of(p.nendo(), p.fukaKijitsu().value().getMonthValue()).minusMonths(1);
        boolean applies = !keika.isAfter(lastMonthBefore);
        b.add(Konkyo.hantei(Rule.JUKA, applies, in, List.of(Konkyo.use(p.jukaKeikaNensu(), nensu + "年")),
                nensu + "年を経過する月 " + keika + (applies ? "（" + lastMonthBefore + " 以前: この年度は重課）"
                        : "（" + lastMonthBefore + " より後: この年度は重課なし）")));
        return applies;
    }
}
