package jp.kikan.kaigo.hokenryo.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;

/**
 * 月割 (介護保険法施行令 — as restated by 肝付町 https://kimotsuki-town.jp/soshiki/fukushika/1/2/1097.html and 摂津市
 * https://www.city.settsu.osaka.jp/soshiki/hokenfukushibu/koureikaigoka/kaigohoken/kaigohokenryou/1897.html): charged
 * from the month of the 資格取得日 to the month before the month of the 資格喪失日 (年額 × 月数 / 12). The rounding of a
 * 月割 amount is not confirmed by the sources read: the insurer's annual rounding is applied to it.
 */
public final class TsukiwariPolicy {

    private TsukiwariPolicy() {
    }

    /** The months of the 年度 charged for the periods (a month two periods share counts once). */
    public static int tsukisu(int nendo, List<Taishosha.Kikan> kikan) {
        java.util.Set<YearMonth> months = new java.util.TreeSet<>();
        for (Taishosha.Kikan k : kikan) {
            months.addAll(tsuki(nendo, k.shutokubi(), k.soshitsubi()));
        }
        return months.size();
    }

    /** The months of the 年度 (April to March) the qualification [shutokubi, soshitsubi) is charged for. */
    static List<YearMonth> tsuki(int nendo, LocalDate shutokubi, LocalDate soshitsubi) {
        YearMonth first = YearMonth.of(nendo, 4);
        YearMonth last = YearMonth.of(nendo + 1, 3);
        YearMonth from = shutokubi == null || YearMonth.from(shutokubi).isBefore(first) ? first : YearMonth.from(shutokubi);
        YearMonth to = soshitsubi == null || YearMonth.from(soshitsubi).isAfter(last) ? last
                : YearMonth.from(soshitsubi).minusMonths(1);
        List<YearMonth> out = new java.util.ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
