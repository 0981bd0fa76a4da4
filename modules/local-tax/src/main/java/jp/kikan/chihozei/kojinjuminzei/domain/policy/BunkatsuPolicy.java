package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;

/**
 * Splits an amount into instalments: each is the amount ÷ the number of instalments rounded down to the unit, and
 * what is left over goes to the instalment the rule names (新潟市: 千円未満の端数を第1期分に加算; 百円未満の端数を6月分に
 * 加算; 太良町税の徴収等の特例に関する条例 第4条: 1,000円未満の端数は最初の納付額に). Unit and placement are parameters.
 */
final class BunkatsuPolicy {

    private BunkatsuPolicy() {
    }

    static List<Kibetsu> bunkatsu(long total, List<YearMonth> months, List<String> names, long unit,
            ChoshuParams.HasuKibetsu hasuKibetsu) {
        int n = months.size();
        long each = total / n / unit * unit;
        long rest = total - each * (n - 1);
        List<Kibetsu> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // FIRST is the only placement the parameters allow so far
            boolean takesRest = hasuKibetsu == ChoshuParams.HasuKibetsu.FIRST && i == 0;
            out.add(new Kibetsu(names.get(i), months.get(i), takesRest ? rest : each));
        }
        return out;
    }

    static List<String> kiNames(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("第" + i + "期");
        }
        return out;
    }

    static List<String> tsukiNames(List<YearMonth> months) {
        return months.stream().map(m -> m.getMonthValue() + "月分").toList();
    }
}
