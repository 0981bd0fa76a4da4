package jp.kikan.kaigo.nintei;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * What a 申請 and each step must respect: one open application at a time; 新規 only without a valid certification,
 * 区分変更 only with one, 更新 only from 60 days before its end to the end; 審査会 after 認定調査 and 主治医意見書, the
 * decision after the 審査会; a 延期の通知 within the 30 days, with its reason and expected date; the 有効期間 within
 * the range of the 申請区分. Anything else is refused (422) and nothing is recorded.
 */
public final class NinteiPolicy {

    /** 要介護状態区分等 (介護保険法第7条・第19条). */
    public static final List<String> KEKKA = List.of("higaito", "yoshien1", "yoshien2", "yokaigo1", "yokaigo2", "yokaigo3",
            "yokaigo4", "yokaigo5");

    private NinteiPolicy() {
    }

    /** The certification in force on {@code d}: the latest decided 有効期間 holding it. */
    public static Optional<YukoKikan> yuko(List<Shinsei> shinsei, LocalDate d) {
        return shinsei.stream().map(Shinsei::yukoKikan).flatMap(Optional::stream).filter(k -> k.contains(d))
                .reduce((a, b) -> b);
    }

    /** The latest decided 有効期間 (for an 更新). */
    public static Optional<YukoKikan> saishin(List<Shinsei> shinsei) {
        return shinsei.stream().map(Shinsei::yukoKikan).flatMap(Optional::stream)
                .reduce((a, b) -> b.shuryobi().isAfter(a.shuryobi()) ? b : a);
    }

    public static void shinsei(List<Shinsei> existing, ShinseiKubun kubun, LocalDate shinseibi, boolean hihokensha) {
        if (!hihokensha) {
            throw mujun("hihokensha-nashi", "shinseibi", "申請日に被保険者ではありません（介護保険法第9条）");
        }
        if (existing.stream().anyMatch(s -> s.kettei().isEmpty())) {
            throw mujun("shinsei-chu", "shinsei_kubun", "決定していない申請があります。その申請の決定の後に申請してください");
        }
        Optional<YukoKikan> yuko = yuko(existing, shinseibi);
        switch (kubun) {
            case SHINKI -> yuko.ifPresent(k -> {
                throw mujun("nintei-chu", "shinsei_kubun", "有効期間中（" + k.shuryobi() + " まで）のため、更新申請か区分変更申請になります");
            });
            case KUBUN_HENKO -> {
                if (yuko.isEmpty()) {
                    throw mujun("nintei-nashi", "shinsei_kubun", "申請日に有効な認定がないため、区分変更はできません（新規申請になります）");
                }
            }
            case KOSHIN -> {
                YukoKikan k = saishin(existing).orElseThrow(() -> mujun("nintei-nashi", "shinsei_kubun",
                        "更新する認定がありません（新規申請になります）"));
                if (shinseibi.isBefore(k.koshinKanobi()) || shinseibi.isAfter(k.shuryobi())) {
                    throw mujun("koshin-kikan-gai", "shinseibi", "更新申請は有効期間の満了日 " + k.shuryobi() + " の60日前（"
                            + k.koshinKanobi() + "）から満了日までです");
                }
            }
            default -> throw new IllegalArgumentException(kubun.code());
        }
    }

    /**
     * The step as it will be recorded (for a decision, with its 有効期間).
     *
     * @param tsukisu the 有効期間 in months the 審査会 advised, or null for the 原則
     */
    public static Tetsuzuki tetsuzuki(Shinsei s, List<Shinsei> others, Tetsuzuki.Shubetsu shubetsu, LocalDate jisshibi,
            String tantosha, String kekka, Integer tsukisu, String enchoRiyu, LocalDate mikomibi, String biko) {
        if (s.kettei().isPresent()) {
            throw mujun("kettei-zumi", "shubetsu", "この申請は決定済みです");
        }
        if (jisshibi.isBefore(s.shinseibi())) {
            throw mujun("date-before-shinsei", "jisshibi", "実施日が申請日 " + s.shinseibi() + " より前です");
        }
        switch (shubetsu) {
            case CHOSA, IKENSHO -> {
                if (s.has(shubetsu)) {
                    throw mujun("sumi", "shubetsu", shubetsu.nameJa() + "は記録済みです");
                }
            }
            case SHINSAKAI -> {
                if (!s.has(Tetsuzuki.Shubetsu.CHOSA) || !s.has(Tetsuzuki.Shubetsu.IKENSHO)) {
                    throw mujun("junban", "shubetsu", "介護認定審査会は認定調査と主治医意見書の後です");
                }
            }
            case ENCHO -> {
                if (enchoRiyu == null || mikomibi == null) {
                    throw mujun("encho-riyu", enchoRiyu == null ? "encho_riyu" : "mikomibi", "延期の通知には理由と処分の見込日が必要です");
                }
                if (jisshibi.isAfter(s.shoriKigen())) {
                    throw mujun("kigen-keika", "jisshibi", "延期の通知は申請日から30日以内（" + s.shoriKigen() + " まで）に行います");
                }
                if (!mikomibi.isAfter(s.kigen())) {
                    throw mujun("mikomibi", "mikomibi", "見込日は処分の期限 " + s.kigen() + " より後の日にしてください");
                }
                return new Tetsuzuki(shubetsu, jisshibi, tantosha, null, null, null, enchoRiyu, mikomibi, biko);
            }
            case KETTEI -> {
                return kettei(s, others, jisshibi, tantosha, kekka, tsukisu, biko);
            }
            default -> throw new IllegalArgumentException(shubetsu.code());
        }
        return new Tetsuzuki(shubetsu, jisshibi, tantosha, null, null, null, null, null, biko);
    }

    private static Tetsuzuki kettei(Shinsei s, List<Shinsei> others, LocalDate jisshibi, String tantosha, String kekka,
            Integer tsukisu, String biko) {
        if (!s.has(Tetsuzuki.Shubetsu.SHINSAKAI)) {
            throw mujun("junban", "shubetsu", "認定の決定は介護認定審査会の後です");
        }
        if (kekka == null || !KEKKA.contains(kekka)) {
            throw mujun("kekka", "kekka", "決定には結果（非該当・要支援1〜2・要介護1〜5）が必要です");
        }
        if ("higaito".equals(kekka)) {
            return new Tetsuzuki(Tetsuzuki.Shubetsu.KETTEI, jisshibi, tantosha, kekka, null, null, null, null, biko);
        }
        int n = tsukisu == null ? s.kubun().gensoku() : tsukisu;
        if (n < s.kubun().min() || n > s.kubun().max()) {
            throw mujun("tsukisu-hani", "yuko_tsukisu", s.kubun().nameJa() + "の有効期間は " + s.kubun().min() + "〜"
                    + s.kubun().max() + "か月です");
        }
        LocalDate kaishi = s.kubun() == ShinseiKubun.KOSHIN
                ? saishin(others).map(k -> k.shuryobi().plusDays(1)).orElse(s.shinseibi()) : s.shinseibi();
        YukoKikan k = YukoKikan.of(kaishi, n);
        return new Tetsuzuki(Tetsuzuki.Shubetsu.KETTEI, jisshibi, tantosha, kekka, k.kaishibi(), k.shuryobi(), null, null, biko);
    }

    private static RuleViolationException mujun(String rule, String field, String message) {
        return new RuleViolationException(rule, field, StandardErrorCode.E0004, message);
    }
}
