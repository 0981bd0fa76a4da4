package jp.kikan.platform.checkdigit;

/**
 * 個人番号 (My Number, 12 digits, check digit last).
 *
 * <p>Rule of 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令第8条に規定する
 * 検査用数字を算出する算式について (平成26年総務省令第85号) 第5条: with Pn the n-th digit from the right of
 * the first 11 digits, Qn = n+1 (1≤n≤6), n−5 (7≤n≤11); r = ΣPn·Qn mod 11; check digit = 0 if r ≤ 1,
 * else 11 − r. Read in third-party quotes of the 省令 text (qiita.com/ekzemplaro/items/6e4e782c00d29fda15a9,
 * mynumber.okinawa-spot.com, xn--u9jwfseya1eugsc9884bqx0c.com/math); e-Gov URL of the 省令: unknown.
 *
 * <p>Validates the digits only; it does not say the number was ever issued.
 */
public final class KojinBango {

    public static final int LENGTH = 12;

    private KojinBango() {
    }

    public static boolean isValid(String number) {
        return Digits.isDigits(number, LENGTH)
                && checkDigit(number.substring(0, LENGTH - 1)) == Digits.last(number);
    }

    /** @param first11 the 11 body digits */
    public static int checkDigit(String first11) {
        Digits.require(first11, LENGTH - 1, "個人番号 body");
        return MyNumberStyle.checkDigit(first11);
    }
}
