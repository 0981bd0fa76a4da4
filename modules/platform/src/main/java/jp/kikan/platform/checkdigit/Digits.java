package jp.kikan.platform.checkdigit;

/** Shared input checks: only ASCII 0-9 counts as a digit (Character.isDigit would accept full-width ones). */
final class Digits {

    private Digits() {
    }

    static boolean isDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static void require(String s, int length, String what) {
        if (!isDigits(s, length)) {
            throw new IllegalArgumentException(what + " must be exactly " + length + " ASCII digits");
        }
    }

    /** Digit at position n (1-based) counted from the right. */
    static int fromRight(String s, int n) {
        return s.charAt(s.length() - n) - '0';
    }

    static int last(String s) {
        return s.charAt(s.length() - 1) - '0';
    }
}
