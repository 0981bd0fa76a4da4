package jp.kikan.kokuho.hokenzei.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;

/**
 * 月割: a month is charged when the qualification is held at its end (no 日割) — 加入 from the month of the 取得日 to
 * March, 脱退 from April to the month before the 喪失日's month, 75歳 to the month before the birthday's month
 * (鹿島市 https://www.city.saga-kashima.lg.jp/main/26689.html ; つがる市
 * https://www.city.tsugaru.aomori.jp/soshiki/minsei/kokuminkenkohoken/hokenzei/faq/5687.html ; 足利市
 * https://www.city.ashikaga.tochigi.jp/living/000017/000126/000554/p002431.html).
 */
public final class TsukiwariPolicy {

    private TsukiwariPolicy() {
    }

    /** The 12 months of a 年度, April to March. */
    public static List<YearMonth> tsuki(int nendo) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(YearMonth.of(nendo, 4).plusMonths(i));
        }
        return out;
    }

    /** Whether the member is insured at the end of month {@code m}. */
    public static boolean getsumatsuShikaku(Setaiin s, YearMonth m) {
        if (!s.kokuho()) {
            return false;
        }
        LocalDate end = m.atEndOfMonth();
        LocalDate soshitsu = s.shikakuSoshitsubi();
        LocalDate koki = NenreiPolicy.kokiKanyubi(s.seinengappi());
        if (soshitsu == null || koki.isBefore(soshitsu)) {
            soshitsu = koki;
        }
        boolean acquired = s.shikakuShutokubi() == null || !s.shikakuShutokubi().isAfter(end);
        boolean born = !s.seinengappi().isAfter(end);
        return acquired && born && soshitsu.isAfter(end);
    }

    /** Whether the member is insured on a day (the 軽減 judgement's 基準日). */
    public static boolean shikakuOn(Setaiin s, LocalDate d) {
        if (!s.kokuho() || s.seinengappi().isAfter(d) || !NenreiPolicy.kokiKanyubi(s.seinengappi()).isAfter(d)) {
            return false;
        }
        return (s.shikakuShutokubi() == null || !s.shikakuShutokubi().isAfter(d))
                && (s.shikakuSoshitsubi() == null || s.shikakuSoshitsubi().isAfter(d));
    }
}
