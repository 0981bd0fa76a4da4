package jp.kikan.kaigo.application;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kaigo.nintei.Dai2goShinsei;
import jp.kikan.kaigo.nintei.Shinsei;
import jp.kikan.kaigo.nintei.TokuteiShippei;
import jp.kikan.kaigo.nintei.Tetsuzuki;
import jp.kikan.kaigo.nintei.YukoKikan;

/** The certification as the contract shows it (NinteiShinsei, NinteiRireki, NinteiChien). */
public final class NinteiViews {

    private NinteiViews() {
    }

    public record Kikan(String kekka, String yukoKaishibi, String yukoShuryobi, String koshinKanobi) {
    }

    public record Step(String shubetsu, String shubetsuMei, String jisshibi, String tantosha, String kekka, String yukoKaishibi,
            String yukoShuryobi, String enchoRiyu, String mikomibi, String biko) {
    }

    public record ShinseiView(long shinseiId, String atenabango, String shinseiKubun, String shinseiKubunMei, String shinseibi,
            String shoriKigen, String kigen, long nokoriNissu, boolean chien, boolean kettei, Kikan nintei, List<Step> tetsuzuki,
            String legalBasis, String hihokenshaKubun, String tokuteiShippei, String tokuteiShippeiMei, IryoHokensha iryoHokensha) {
    }

    /** The 医療保険者 a 第2号被保険者's application named. */
    public record IryoHokensha(String meisho, String hokenshaBango, String kigoBango) {
    }

    public record Rireki(String atenabango, Kikan yukoNintei, List<ShinseiView> items) {
    }

    public record Chien(String kijunbi, List<ShinseiView> items) {
    }

    static ShinseiView view(Shinsei s, LocalDate today) {
        Dai2goShinsei d = s.dai2go();
        Kikan nintei = s.kettei().map(k -> new Kikan(k.kekka(), str(k.yukoKaishibi()), str(k.yukoShuryobi()),
                k.yukoShuryobi() == null ? null : str(k.yukoShuryobi().minusDays(YukoKikan.KOSHIN_KANO_NISSU)))).orElse(null);
        List<Step> steps = s.tetsuzuki().stream().map(t -> new Step(t.shubetsu().code(), t.shubetsu().nameJa(), str(t.jisshibi()),
                t.tantosha(), t.kekka(), str(t.yukoKaishibi()), str(t.yukoShuryobi()), t.enchoRiyu(), str(t.mikomibi()), t.biko()))
                .toList();
        return new ShinseiView(s.shinseiId(), s.atenabango(), s.kubun().code(), s.kubun().nameJa(), str(s.shinseibi()),
                str(s.shoriKigen()), str(s.kigen()), java.time.temporal.ChronoUnit.DAYS.between(today, s.kigen()), s.chien(today),
                s.kettei().isPresent(), nintei, steps, s.kubun().legalBasis() + "; 介護保険法第27条第11項（申請のあった日から30日以内に処分）"
                        + (d == null ? "" : "; 介護保険法第9条第2号（第2号被保険者）; " + TokuteiShippei.LEGAL_BASIS),
                d == null ? "dai1go" : "dai2go", d == null ? null : d.tokuteiShippei().code(),
                d == null ? null : d.tokuteiShippei().nameJa(),
                d == null ? null : new IryoHokensha(d.iryoHokenshaMei(), d.iryoHokenshaBango(), d.kigoBango()));
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
