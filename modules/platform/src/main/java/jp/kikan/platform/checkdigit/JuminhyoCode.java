package jp.kikan.platform.checkdigit;

/**
 * 住民票コード (11 digits = 10 random digits + check digit; 住民基本台帳法施行規則 第1条).
 *
 * <p><b>INFERRED formula.</b> The official formula is in 平成14年総務省告示第436号, which was not
 * available. We apply the 10-digit variant of the 個人番号 rule (平成26年総務省令第85号 第5条): Qn = n+1
 * for n ≤ 6, n − 5 for 7 ≤ n ≤ 10, r ≤ 1 → 0, else 11 − r — as a third-party generator does
 * (found by a public code search; repository unknown). This is an inference. Verify against 告示436号 before
 * rejecting real input on this basis.
 */
public final class JuminhyoCode {

    public static final int LENGTH = 11;

    private JuminhyoCode() {
    }

    public static boolean isValid(String code) {
        return Digits.isDigits(code, LENGTH)
                && checkDigit(code.substring(0, LENGTH - 1)) == Digits.last(code);
    }

    /** @param first10 the 10 body digits */
    public static int checkDigit(String first10) {
        Digits.require(first10, LENGTH - 1, "住民票コード body");
        return MyNumberStyle.checkDigit(first10);
    }
}
