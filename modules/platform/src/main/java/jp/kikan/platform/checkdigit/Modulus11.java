package jp.kikan.platform.checkdigit;

/**
 * Modulus 11, weights 2–7 (M11W2〜7) — the check digit of 宛名番号 and 世帯番号 in 住民記録システム標準仕様書
 * 第1.0版 第3章 §1.1.13 (extract GitHub AkihiraYOSHIMOTO/jyuki-stnd doc/j130.txt @1e87b02b), also used for 住登外者宛名番号.
 *
 * <p>Weights 2,3,4,5,6,7,2,3,… are applied from the rightmost body digit; r = Σ mod 11; check digit
 * = 0 when r is 0 (spec text) or 1 (not stated by the spec; we follow the 個人番号 convention, because
 * 11 − 1 = 10 is not a single digit); else 11 − r. Any body length ≥ 1 is accepted because the spec fixes
 * only the maximum (宛名番号 X(15)), not the numbering width.
 */
public final class Modulus11 {

    private Modulus11() {
    }

    /** @param body the serial digits without check digit (ASCII digits, length ≥ 1) */
    public static int checkDigit(String body) {
        if (body == null || body.isEmpty() || !Digits.isDigits(body, body.length())) {
            throw new IllegalArgumentException("modulus 11 body must be at least one ASCII digit");
        }
        int sum = 0;
        for (int n = 1; n <= body.length(); n++) {
            sum += Digits.fromRight(body, n) * (2 + (n - 1) % 6);
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** @param numberWithCheckDigit body followed by its check digit (length ≥ 2) */
    public static boolean isValid(String numberWithCheckDigit) {
        if (numberWithCheckDigit == null || numberWithCheckDigit.length() < 2
                || !Digits.isDigits(numberWithCheckDigit, numberWithCheckDigit.length())) {
            return false;
        }
        String body = numberWithCheckDigit.substring(0, numberWithCheckDigit.length() - 1);
        return checkDigit(body) == Digits.last(numberWithCheckDigit);
    }

    /** Appends the check digit: {@code withCheckDigit("123")} → {@code "1236"}. */
    public static String withCheckDigit(String body) {
        return body + checkDigit(body);
    }
}
