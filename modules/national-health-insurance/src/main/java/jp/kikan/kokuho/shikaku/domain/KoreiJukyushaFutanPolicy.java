package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * Whether a household's 高齢受給者 (the insured aged 70–74) are 現役並み所得者 (国民健康保険法第42条第1項第4号: 3割) or not
 * (第3号: 2割), as the municipalities publish the judgement (一宮市, 岐南町, 山梨市; parameter korei_jukyusha_futan):
 * <ul>
 * <li>the income of the 年度 whose 8月1日 has passed — from 8月 the current 年度 (the previous year's income), in 1月〜7月
 * the previous 年度 ({@link #hanteiNendo});</li>
 * <li>3割 when one of the household's 70–74 insured has a 住民税の課税所得 (課税標準額) of 145万円 or more, unless their
 * 総所得金額等 after the 基礎控除 add up to 210万円 or less; otherwise 2割;</li>
 * <li>nobody is judged on an income nobody knows: a 未申告 member stops the judgement (422), as a 2割 would be a guess.</li>
 * </ul>
 * The 収入 judgement (383万円 / 520万円) follows an application and is the clerk's: not made here.
 */
public final class KoreiJukyushaFutanPolicy {

    private KoreiJukyushaFutanPolicy() {
    }

    /** The thresholds of the 年度 (yen) and the month from which a 年度's income is used. */
    public record Kijun(long kazeiShotoku, long kisoKojogoGokei, long kisoKojo, int kirikaeTsuki) {
    }

    /** A 70–74 insured member: null incomes = unknown to local tax or 未申告. */
    public record Taishosha(String atenabango, Long kazeiShotoku, Long soShotokuKingakuTo) {

        boolean fumei() {
            return kazeiShotoku == null || soShotokuKingakuTo == null;
        }
    }

    /** The judgement and why, in words for the form and the access log. */
    public record Hantei(boolean genekinami, String riyu) {
    }

    /** The 年度 whose income decides on {@code on}: its own from the {@code kirikaeTsuki} (8月) on, else the previous. */
    public static int hanteiNendo(LocalDate on, int kirikaeTsuki) {
        return on.getMonthValue() >= kirikaeTsuki ? on.getYear() : on.getYear() - 1;
    }

    public static Hantei hantei(List<Taishosha> setai, Kijun k) {
        List<String> fumei = setai.stream().filter(Taishosha::fumei).map(Taishosha::atenabango).toList();
        if (!fumei.isEmpty()) {
            throw new RuleViolationException("genekinami-hantei", "genekinami", StandardErrorCode.E0001,
                    "世帯の70歳以上の被保険者（宛名番号 " + String.join("、", fumei) + "）の所得が分からない（未申告）ため、一部負担金の割合を"
                            + "判定できません。申告を受けてから交付するか、現役並み所得者かどうかを入力してください");
        }
        boolean over = setai.stream().anyMatch(t -> t.kazeiShotoku() >= k.kazeiShotoku());
        if (!over) {
            return new Hantei(false, "世帯の70歳以上の被保険者の課税所得がいずれも" + man(k.kazeiShotoku()) + "未満");
        }
        long gokei = setai.stream().mapToLong(t -> Math.max(0, t.soShotokuKingakuTo() - k.kisoKojo())).sum();
        if (gokei <= k.kisoKojogoGokei()) {
            return new Hantei(false, "課税所得" + man(k.kazeiShotoku()) + "以上の方がいるが、基礎控除後の総所得金額等の合計 "
                    + yen(gokei) + " が" + man(k.kisoKojogoGokei()) + "以下");
        }
        return new Hantei(true, "世帯の70歳以上の被保険者に課税所得" + man(k.kazeiShotoku()) + "以上の方がいる（現役並み所得者）");
    }

    private static String man(long yen) {
        return yen % 10_000 == 0 ? (yen / 10_000) + "万円" : yen(yen);
    }

    private static String yen(long v) {
        return String.format(Locale.ROOT, "%,d円", v);
    }
}
