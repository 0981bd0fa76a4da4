package jp.kikan.jumin.domain.policy;

/**
 * フリガナ are held in full-width katakana (住民記録 1.0 §1.1 フリガナ: カタカナで保持). Spaces
 * between family and given name, the long-vowel mark and the middle dot are allowed.
 */
public final class FuriganaPolicy {

    private FuriganaPolicy() {
    }

    public static boolean isKatakana(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(cp -> (cp >= 0x30A1 && cp <= 0x30FA) || cp == 'ー' || cp == '・'
                || cp == '　' || cp == ' ' || cp == 0x30FD || cp == 0x30FE);
    }
}
