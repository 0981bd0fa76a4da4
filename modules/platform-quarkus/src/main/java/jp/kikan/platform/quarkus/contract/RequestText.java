package jp.kikan.platform.quarkus.contract;

/**
 * Which characters may stand in request text — body strings and property names, query and path values,
 * the headers a service reads. Refused everywhere: NUL and the other C0 controls, DEL and the C1
 * controls, lone surrogates (they cannot be stored as UTF-8: PostgreSQL would keep a '?'), U+FFFD (what an
 * undecodable byte sequence becomes: the client's text was already lost) and the Unicode noncharacters.
 * Line feed, carriage return and tab are allowed only in the free-text properties the contract marks
 * {@code x-kikan-multiline: true} (備考, 理由); no name, code, number or date holds them.
 *
 * <p>Nothing is ever normalised or trimmed here: a name is kept byte for byte, with its IVS selectors
 * (辻 + U+E0100) and CJK compatibility ideographs (﨑 U+FA11, which NFC would turn into 崎).
 */
public final class RequestText {

    private RequestText() {
    }

    /** The first refused code point of the text, or -1 when every character may stand there. */
    public static int firstRefused(String text, boolean multiline) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                if (isNoncharacter(cp)) {
                    return cp;
                }
            } else if (Character.isSurrogate(c) || refusedBmp(c, multiline)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean refusedBmp(char c, boolean multiline) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiline;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xFFFD || isNoncharacter(c);
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE …). */
    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** A short Japanese description of a refused code point, for the problem's message. */
    public static String describe(int cp) {
        String hex = String.format("U+%04X", cp);
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return hex + " 対になっていないサロゲート";
        }
        if (cp == 0xFFFD) {
            return hex + " 置換文字 (文字コードが UTF-8 ではありません)";
        }
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
            return hex + " 制御文字";
        }
        return hex + " 非文字";
    }
}
