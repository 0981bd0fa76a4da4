package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.time.Nenrei;

/**
 * What a 資格確認書 states besides the person (国民健康保険法第9条, as amended by 令和5年法律第48号: issued to the insured
 * who have no マイナ保険証, since 2024-12-02 in place of the 被保険者証):
 * <ul>
 * <li>一部負担金の割合 by 国民健康保険法第42条第1項: 2割 up to the first 31 March after the 6歳到達日 (第2号), 3割 up to the
 * month containing the 70歳到達日 (第1号), then 2割 (第3号) or 3割 for 現役並み所得者 (第4号; 課税所得 145万円以上 in the
 * household — 文京区 https://www.city.bunkyo.lg.jp/b021/p006019.html). Whether a 70–74 person is 現役並み is judged from
 * the household's 課税所得 ({@link KoreiJukyushaFutanPolicy}) unless the clerk gives it.</li>
 * <li>有効期限: the insurer's yearly renewal day (原則 7月31日: 呉市 https://www.city.kure.lg.jp/soshiki/6/kokuhosyo.html;
 * 飯山市 https://www.city.iiyama.nagano.jp/soshiki/shiminkankyou/kokuhonennkin/kokuho/kokuhoshikakusyorui), earlier
 * for whoever turns 70 (the 割合 changes from the next month), turns 75 (後期高齢者医療 from the birthday) or whose 在留期間
 * ends first (飯山市).</li>
 * </ul>
 */
public final class ShikakuKakuninshoPolicy {

    private ShikakuKakuninshoPolicy() {
    }

    /** 一部負担金の割合 (in 割) with the 号 of 第42条第1項 it follows and, for 70歳以上, the day it takes effect (発効期日). */
    public record Futan(int wari, String kijun, LocalDate hakkoKijitsu) {
    }

    /** Why the 有効期限 is the date it is. */
    public record YukoKigen(LocalDate kigen, String riyu) {
    }

    /** The first day of the month after the one containing the 70歳到達日 (第42条第1項第3号: その翌月以後). */
    public static LocalDate koreiJukyuKaishi(LocalDate seinengappi) {
        return Nenrei.tassuruHi(seinengappi, 70).withDayOfMonth(1).plusMonths(1);
    }

    /** @param genekinami whether a 70–74 person is 現役並み所得者 (null: not decided — refused for 70歳以上) */
    public static Futan futan(LocalDate seinengappi, LocalDate on, Boolean genekinami) {
        LocalDate six = Nenrei.tassuruHi(seinengappi, 6);
        LocalDate firstMarch31 = LocalDate.of(six.getMonthValue() <= 3 ? six.getYear() : six.getYear() + 1, 3, 31);
        if (!on.isAfter(firstMarch31)) {
            return new Futan(2, "国民健康保険法第42条第1項第2号（6歳に達する日以後の最初の3月31日以前）", null);
        }
        LocalDate korei = koreiJukyuKaishi(seinengappi);
        if (on.isBefore(korei)) {
            return new Futan(3, "国民健康保険法第42条第1項第1号", null);
        }
        if (genekinami == null) {
            throw new RuleViolationException("genekinami-hantei", "genekinami", StandardErrorCode.E0001,
                    "70歳以上の方は一部負担金の割合（2割・3割）の判定が必要です。現役並み所得者かどうか（世帯の70歳以上の被保険者の"
                            + "課税所得145万円以上）を入力してください");
        }
        return genekinami ? new Futan(3, "国民健康保険法第42条第1項第4号（現役並み所得者）", korei)
                : new Futan(2, "国民健康保険法第42条第1項第3号", korei);
    }

    /**
     * 資格情報のお知らせ (for those with a マイナ保険証; not valid alone): no 有効期限 until the 高齢受給者 months, then the
     * same as a 資格確認書's (呉市 https://www.city.kure.lg.jp/soshiki/6/kokuhosyo.html: 原則なし、70歳以上75歳未満の方には
     * 有効期限が設定). Null: none.
     */
    public static YukoKigen oshiraseYukoKigen(LocalDate kofubi, LocalDate seinengappi, MonthDay koshinbi) {
        return kofubi.isBefore(koreiJukyuKaishi(seinengappi)) ? null : yukoKigen(kofubi, seinengappi, koshinbi, null);
    }

    /**
     * @param koshinbi      the insurer's yearly last day of validity (e.g. 7月31日)
     * @param zairyuManryo  the end of the 在留期間 of a foreign resident, or null
     */
    public static YukoKigen yukoKigen(LocalDate kofubi, LocalDate seinengappi, MonthDay koshinbi, LocalDate zairyuManryo) {
        LocalDate kigen = koshinbi.atYear(kofubi.getYear());
        if (kigen.isBefore(kofubi)) {
            kigen = koshinbi.atYear(kofubi.getYear() + 1);
        }
        YukoKigen y = new YukoKigen(kigen, "毎年の更新（" + koshinbi.getMonthValue() + "月" + koshinbi.getDayOfMonth() + "日まで）");
        LocalDate korei = koreiJukyuKaishi(seinengappi);
        if (kofubi.isBefore(korei) && korei.minusDays(1).isBefore(y.kigen())) {
            y = new YukoKigen(korei.minusDays(1), "70歳到達（翌月から一部負担金の割合が変わります）");
        }
        LocalDate koki = Nenrei.tanjobi(seinengappi, 75);
        if (kofubi.isBefore(koki) && koki.minusDays(1).isBefore(y.kigen())) {
            y = new YukoKigen(koki.minusDays(1), "75歳到達（誕生日から後期高齢者医療の被保険者になります）");
        }
        if (zairyuManryo != null && !zairyuManryo.isBefore(kofubi) && zairyuManryo.isBefore(y.kigen())) {
            y = new YukoKigen(zairyuManryo, "在留期間の満了日");
        }
        return y;
    }
}
