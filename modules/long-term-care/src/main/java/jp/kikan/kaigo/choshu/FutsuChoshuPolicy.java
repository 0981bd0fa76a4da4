package jp.kikan.kaigo.choshu;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.santei.kibetsu.Ki;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import jp.kikan.platform.santei.kibetsu.KibetsuKosei;

/**
 * 普通徴収 (介護保険法第133条: the 納期 are the insurer's 条例): an amount split over the insurer's 納期 that have not
 * passed, each rounded down to the unit and what is left over on the first (太良町税の徴収等の特例に関する条例 第4条 for the
 * rule of the rest; for 介護保険料 **inferred**, see the parameter); a 更正 keeps the 期 already due and splits the rest
 * again by the platform's {@link KibetsuKosei} — none left: one 随時 期, more due than the amount: 過誤納.
 */
public final class FutsuChoshuPolicy {

    static final String ZUIJI = "随時";

    private FutsuChoshuPolicy() {
    }

    /** The result of a 更正 of the 普通徴収 part. */
    public record Kosei(List<ChoshuKeikaku.Sagaku> sagaku, long zuiji, long kanpu) {
    }

    /**
     * 当初: {@code gaku} over the 納期 in or after {@code kijun} (the business month: earlier 期 have passed); when none is
     * left (an assessment after the last 期, or of a past 年度), one 随時 期.
     */
    public static List<ChoshuKi> tosho(int nendo, long gaku, Nokigen n, YearMonth kijun) {
        if (gaku <= 0) {
            return List.of();
        }
        List<YearMonth> all = KibetsuBunkatsu.months(nendo, n.tsuki());
        List<YearMonth> months = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBefore(kijun)) {
                months.add(all.get(i));
                names.add("第" + (i + 1) + "期");
            }
        }
        if (months.isEmpty()) {
            return List.of(zuiji(n, kijun, gaku));
        }
        return KibetsuBunkatsu.bunkatsu(gaku, months, names, n.hasuTani()).stream()
                .map(k -> new ChoshuKi(k.kibetsu(), k.nengetsu(), ChoshuKubun.FUTSU, k.zeigaku(), n.nokigen(k.nengetsu())))
                .toList();
    }

    /**
     * 更正 of the 普通徴収 part to {@code total}: the 期 of {@code kijun} and before stay, the rest is split again. A person
     * with no 普通徴収 期 yet (all withheld from the pension) gets the insurer's 納期 after {@code kijun}.
     */
    public static Kosei kosei(int nendo, List<ChoshuKi> genzai, long total, Nokigen n, YearMonth kijun) {
        List<ChoshuKi> base = new ArrayList<>(genzai);
        if (base.isEmpty()) {
            List<YearMonth> all = KibetsuBunkatsu.months(nendo, n.tsuki());
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isAfter(kijun)) {
                    base.add(new ChoshuKi("第" + (i + 1) + "期", all.get(i), ChoshuKubun.FUTSU, 0, n.nokigen(all.get(i))));
                }
            }
        }
        KibetsuKosei.Kekka k = KibetsuKosei.kosei(base.stream().map(c -> new Ki(c.kibetsu(), c.nengetsu(), c.gaku())).toList(),
                total, kijun, n.hasuTani());
        List<ChoshuKeikaku.Sagaku> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            ChoshuKi c = base.get(i);
            KibetsuKosei.Sagaku s = k.sagaku().get(i);
            if (s.genzai() != 0 || s.koseigo() != 0) {
                out.add(new ChoshuKeikaku.Sagaku(c.withGaku(s.koseigo()), s.genzai(), s.torai(), false));
            }
        }
        if (k.zuiji() > 0) {
            out.add(new ChoshuKeikaku.Sagaku(zuiji(n, kijun, k.zuiji()), 0, false, false));
        }
        return new Kosei(out, k.zuiji(), k.kanpu());
    }

    /** A 随時 期: the month {@code zuijiTsukigo} after the business month, with its 納期限. */
    static ChoshuKi zuiji(Nokigen n, YearMonth kijun, long gaku) {
        YearMonth m = kijun.plusMonths(n.zuijiTsukigo());
        return new ChoshuKi(ZUIJI, m, ChoshuKubun.ZUIJI, gaku, n.nokigen(m));
    }
}
