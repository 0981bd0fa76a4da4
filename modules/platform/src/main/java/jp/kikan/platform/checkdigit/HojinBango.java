package jp.kikan.platform.checkdigit;

/**
 * 法人番号 (13 digits: the check digit FIRST, then the 12-digit 基礎番号 — for a company its 会社法人等番号).
 *
 * <p>Rule of 法人番号の指定等に関する省令 (平成26年財務省令第70号) 第2条: with Pn the n-th digit of the 基礎番号 counted
 * from its lowest digit and Qn = 1 for odd n, 2 for even n, the check digit is 9 − ((Σ Pn·Qn) mod 9), so always 1〜9
 * (the parentheses as the 省令 means them: the sum, then the remainder — see qiita.com/kawasaki/items/bfa9f0edc32c132eff30
 * on the printed text's bracket). Read in third-party quotes of the 省令 (qiita.com/mziyut/items/bab37dbce1c23771c817,
 * stabucky.com/wp/archives/6518); e-Gov URL of the 省令: unknown.
 *
 * <p>Validates the digits only; it does not say the number was ever assigned by the 国税庁.
 */
public final class HojinBango {

    public static final int LENGTH = 13;

    private HojinBango() {
    }

    public static boolean isValid(String number) {
        return Digits.isDigits(number, LENGTH) && checkDigit(number.substring(1)) == number.charAt(0) - '0';
    }

    /** @param kisoBango the 12 digits of the 基礎番号 */
    public static int checkDigit(String kisoBango) {
        Digits.require(kisoBango, LENGTH - 1, "法人番号 基礎番号");
        int sum = 0;
        for (int n = 1; n <= LENGTH - 1; n++) {
            sum += Digits.fromRight(kisoBango, n) * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** The 法人番号 of a 基礎番号: {@code withCheckDigit("000012050002")} → {@code "7000012050002"}. */
    public static String withCheckDigit(String kisoBango) {
        return checkDigit(kisoBango) + kisoBango;
    }
}
