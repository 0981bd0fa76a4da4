package jp.kikan.platform.santei.kibetsu;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an annual amount into instalments, as the 条例 of each levy say: each instalment is the amount ÷ the number of
 * instalments rounded down to the unit, and what is left over goes to the first one (新潟市: 千円未満の端数を第1期分に
 * 加算; 太良町税の徴収等の特例に関する条例 第4条 http://town.tara.saga.jp/site/reiki/reiki_honbun/q248RG00000163.html:
 * 1,000円未満の端数は最初の納付額に). The months and the unit are the municipality's parameters.
 */
public final class KibetsuBunkatsu {

    private KibetsuBunkatsu() {
    }

    /** @param tani the rounding unit of every instalment but the first (100, 1,000) */
    public static List<Ki> bunkatsu(long total, List<YearMonth> months, List<String> names, long tani) {
        if (months.isEmpty() || months.size() != names.size() || tani <= 0 || total < 0) {
            throw new IllegalArgumentException("instalments " + names + " of " + months + ", unit " + tani + ", total " + total);
        }
        int n = months.size();
        long each = total / n / tani * tani;
        long first = total - each * (n - 1);
        List<Ki> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Ki(names.get(i), months.get(i), i == 0 ? first : each));
        }
        return out;
    }

    /** 第1期, 第2期 … for {@code n} instalments. */
    public static List<String> kiNames(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("第" + i + "期");
        }
        return out;
    }

    /** The instalment months of a 年度 from the months of the year (7 = July of the 年度, 1 = January of the next year). */
    public static List<YearMonth> months(int nendo, List<Integer> tsuki) {
        return tsuki.stream().map(m -> YearMonth.of(m >= 4 ? nendo : nendo + 1, m)).toList();
    }
}
