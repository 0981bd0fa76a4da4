package jp.kikan.kaigo.nintei;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A 要介護・要支援認定の申請 and its steps in the order recorded; for a 第2号被保険者, the 医療保険者 and 特定疾病 it named
 * ({@code dai2go}, null for a 第1号). The 処分 is due within 30 days of the 申請日
 * (介護保険法第27条第11項 — article from general knowledge; 民法第140条: the 申請日 itself not counted), unless a 延期の
 * 通知 named a later expected date.
 */
public record Shinsei(long shinseiId, String atenabango, ShinseiKubun kubun, LocalDate shinseibi, List<Tetsuzuki> tetsuzuki,
        Dai2goShinsei dai2go) {

    public static final int SHORI_NISSU = 30;

    public Shinsei {
        tetsuzuki = List.copyOf(tetsuzuki);
    }

    /** A 第1号被保険者's application. */
    public Shinsei(long shinseiId, String atenabango, ShinseiKubun kubun, LocalDate shinseibi, List<Tetsuzuki> tetsuzuki) {
        this(shinseiId, atenabango, kubun, shinseibi, tetsuzuki, null);
    }

    public LocalDate shoriKigen() {
        return shinseibi.plusDays(SHORI_NISSU);
    }

    public Optional<Tetsuzuki> last(Tetsuzuki.Shubetsu s) {
        for (int i = tetsuzuki.size() - 1; i >= 0; i--) {
            if (tetsuzuki.get(i).shubetsu() == s) {
                return Optional.of(tetsuzuki.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean has(Tetsuzuki.Shubetsu s) {
        return last(s).isPresent();
    }

    public Optional<Tetsuzuki> kettei() {
        return last(Tetsuzuki.Shubetsu.KETTEI);
    }

    /** The date the 処分 is due: the 延期の通知's expected date, else 申請日 + 30 days. */
    public LocalDate kigen() {
        return last(Tetsuzuki.Shubetsu.ENCHO).map(Tetsuzuki::mikomibi).orElse(shoriKigen());
    }

    /** Not decided and past its due date on {@code today}. */
    public boolean chien(LocalDate today) {
        return kettei().isEmpty() && today.isAfter(kigen());
    }

    /** The 有効期間 of its decision (none for 非該当 or while undecided). */
    public Optional<YukoKikan> yukoKikan() {
        return kettei().filter(k -> k.yukoKaishibi() != null).map(k -> new YukoKikan(k.yukoKaishibi(), k.yukoShuryobi()));
    }
}
