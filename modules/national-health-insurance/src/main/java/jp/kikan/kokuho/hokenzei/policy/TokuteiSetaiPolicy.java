package jp.kikan.kokuho.hokenzei.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.domain.TokuteiSetai;
import jp.kikan.kokuho.hokenzei.parameter.TokuteiSetaiKijun;

/**
 * 特定世帯 and 特定継続世帯 (levy rules B4; 地方税法施行令第56条の88の2 — article number from general knowledge): a household
 * where a member moved from 国保 to 後期高齢者医療 and stays in it (特定同一世帯所属者) and one insured is left pays the
 * 医療分・支援金分 平等割 × 1/2 for 5 years from that month, then × 3/4 for 3 years (特定継続世帯) — 佐倉市
 * https://www.city.sakura.lg.jp/soshiki/kenkohokenka/89/5720.html ; 三島市 http://www.city.mishima.shizuoka.jp/ipn026413.html ;
 * 秦野市 http://www.city.hadano.kanagawa.jp/www/contents/1001000002888/index.html . Judged on the 賦課期日 and then kept to
 * the 年度's end even when the household grows again (佐倉市: 次の賦課期日まで減額が続きます); a household that becomes one
 * during the 年度 is one from that month (三島市: 特定世帯となった月から); a change of the 世帯主 ends it from that month
 * (佐倉市). Counting the 5 and 3 years as 60 and 36 months from the month of the move is inferred.
 */
public final class TokuteiSetaiPolicy {

    private TokuteiSetaiPolicy() {
    }

    /**
     * The household's status in each month of the 年度 (April first).
     *
     * @param ikoTsuki    the month the (first) 特定同一世帯所属者 moved to 後期高齢者医療, if any
     * @param kaishi      the month the status began in this 年度 (index, -1 if never)
     * @param keikaTsukisu months from {@code ikoTsuki} to that month
     */
    public record Hantei(List<TokuteiSetai> tsuki, Optional<YearMonth> ikoTsuki, int kaishi, long keikaTsukisu) {

        public boolean ari() {
            return kaishi >= 0;
        }
    }

    /** @param setainushiHenko the months (index, 0 = April) in which the 世帯主 (納税義務者) changes */
    public static Hantei hantei(int nendo, List<Setaiin> members, TokuteiSetaiKijun k, Set<Integer> setainushiHenko) {
        List<YearMonth> months = TsukiwariPolicy.tsuki(nendo);
        Optional<YearMonth> iko = ikoTsuki(members);
        List<TokuteiSetai> out = new ArrayList<>();
        TokuteiSetai status = TokuteiSetai.NASHI;
        boolean ended = false;
        int kaishi = -1;
        long keika = -1;
        for (int i = 0; i < 12; i++) {
            YearMonth m = months.get(i);
            if (setainushiHenko.contains(i)) {
                // 世帯主の異動: no longer a 特定同一世帯所属者, no 特定世帯 from this month (佐倉市)
                ended = status != TokuteiSetai.NASHI || ended;
                status = TokuteiSetai.NASHI;
            }
            if (status == TokuteiSetai.NASHI && !ended && iko.isPresent() && !iko.get().isAfter(m) && hitori(members, m)) {
                long n = ChronoUnit.MONTHS.between(iko.get(), m);
                TokuteiSetai tier = n < k.tokuteiTsukisu() ? TokuteiSetai.TOKUTEI
                        : n < k.tokuteiTsukisu() + k.keizokuTsukisu() ? TokuteiSetai.KEIZOKU : TokuteiSetai.NASHI;
                if (tier != TokuteiSetai.NASHI) {
                    status = tier;
                    kaishi = i;
                    keika = n;
                }
            }
            out.add(status);
        }
        return new Hantei(out, iko, kaishi, keika);
    }

    /** The month the first 特定同一世帯所属者 joined 後期高齢者医療 (the 75th birthday's month: 国保 is lost that day). */
    public static Optional<YearMonth> ikoTsuki(List<Setaiin> members) {
        return members.stream().filter(Setaiin::tokuteiDoitsuSetaiShozokusha)
                .map(m -> YearMonth.from(NenreiPolicy.kokiKanyubi(m.seinengappi()))).min(YearMonth::compareTo);
    }

    /**
     * Whether a 特定同一世帯所属者 counts for the 軽減 judgement on {@code kijunbi}: without limit since 平成25年度 (佐倉市),
     * or within {@code doitsuKigenTsukisu} months of the move where the parameter sets one.
     */
    public static boolean doitsuKeigen(Setaiin m, LocalDate kijunbi, TokuteiSetaiKijun k) {
        if (!m.tokuteiDoitsuSetaiShozokusha()) {
            return false;
        }
        return k.doitsuKigenTsukisu() == 0 || ChronoUnit.MONTHS.between(YearMonth.from(NenreiPolicy.kokiKanyubi(m.seinengappi())),
                YearMonth.from(kijunbi)) < k.doitsuKigenTsukisu();
    }

    /** The 平等割 of a month in millionths: × 1/2 (特定世帯), × 3/4 (特定継続世帯), else as it is. */
    public static long byodowari(long byodowari, TokuteiSetai t, TokuteiSetaiKijun k) {
        return switch (t) {
            case TOKUTEI -> byodowari * k.tokuteiBunshi() / k.tokuteiBunbo();
            case KEIZOKU -> byodowari * k.keizokuBunshi() / k.keizokuBunbo();
            case NASHI -> byodowari;
        };
    }

    /** Exactly one insured at the month's end. */
    static boolean hitori(List<Setaiin> members, YearMonth m) {
        return members.stream().filter(s -> TsukiwariPolicy.getsumatsuShikaku(s, m)).count() == 1;
    }
}
