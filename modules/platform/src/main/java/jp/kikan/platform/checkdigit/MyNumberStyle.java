package jp.kikan.platform.checkdigit;

/**
 * The weighting shared by 個人番号 (平成26年総務省令第85号 第5条) and, by inference, 住民票コード:
 * Qn = n+1 for the 1st..6th digit from the right, n−5 from the 7th on; r ≤ 1 → 0, else 11 − r.
 */
final class MyNumberStyle {

    private MyNumberStyle() {
    }

    static int checkDigit(String body) {
        int sum = 0;
        for (int n = 1; n <= body.length(); n++) {
            int q = n <= 6 ? n + 1 : n - 5;
            sum += Digits.fromRight(body, n) * q;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }
}
