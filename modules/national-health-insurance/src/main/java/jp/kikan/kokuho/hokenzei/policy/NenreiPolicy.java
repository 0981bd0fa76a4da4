package jp.kikan.kokuho.hokenzei.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.platform.time.Nenrei;

/**
 * Ages as the 国保税 rules read them. An age is reached on the day before the birthday (年齢計算ニ関スル法律;
 * 長久手市 https://www.city.nagakute.lg.jp/soshiki/fukushibu/hokeniryoka/1/kokuho/huka/22340.html: 40歳到達日 = 誕生日の前日).
 */
public final class NenreiPolicy {

    private NenreiPolicy() {
    }

    /** …歳に達する日 (a 29 February birth reaches its ages on 28 February in a common year: platform {@link Nenrei}). */
    public static LocalDate tatsubi(LocalDate seinengappi, int age) {
        return Nenrei.tassuruHi(seinengappi, age);
    }

    /**
     * 介護納付金分 (第2号被保険者, 40歳以上65歳未満): from the month containing the 40歳到達日 to the month before the one
     * containing the 65歳到達日 (長久手市; a person born on the 1st reaches each age in the month before).
     */
    public static boolean kaigo(LocalDate seinengappi, YearMonth m) {
        YearMonth from = YearMonth.from(tatsubi(seinengappi, 40));
        YearMonth to = YearMonth.from(tatsubi(seinengappi, 65));
        return !m.isBefore(from) && m.isBefore(to);
    }

    /**
     * 65歳以上 for the 軽減 judgement and the 給与所得者等 pension threshold: aged 65 by 12月31日 of the income year
     * (福島市 https://www.city.fukushima.fukushima.jp/soshiki/7/1030/2/6193.html; e.g. 令和7年度 = 昭和35年1月1日以前生まれ,
     * as restated by the cities of levy rules B3).
     */
    public static boolean over65(LocalDate seinengappi, int nendo) {
        return !tatsubi(seinengappi, 65).isAfter(LocalDate.of(nendo - 1, 12, 31));
    }

    /**
     * 未就学児 for the whole 年度: the first 31 March on or after the 6歳到達日 is not before the 年度's end (四街道市
     * https://www.city.yotsukaido.chiba.jp/smph/kurashi/kokuho/zei/ykokuho20190327.html: 6歳に達する日以後の最初の3月31日以前).
     */
    public static boolean mishugakuji(LocalDate seinengappi, int nendo) {
        LocalDate six = tatsubi(seinengappi, 6);
        LocalDate march = LocalDate.of(six.getMonthValue() <= 3 ? six.getYear() : six.getYear() + 1, 3, 31);
        return !march.isBefore(LocalDate.of(nendo + 1, 3, 31));
    }

    /**
     * 後期高齢者医療 from the 75th birthday itself (神戸市 FAQ; 高齢者の医療の確保に関する法律第52条: 75歳に達したとき); 国保 is
     * lost that day. For a 29 February birth that is 1 March in a common year (the age is reached on 28 February).
     */
    public static LocalDate kokiKanyubi(LocalDate seinengappi) {
        return Nenrei.tanjobi(seinengappi, 75);
    }
}
