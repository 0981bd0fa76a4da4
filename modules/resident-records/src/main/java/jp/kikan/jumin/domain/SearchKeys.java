package jp.kikan.jumin.domain;

import java.text.Normalizer;
import java.util.Map;

/**
 * Search keys a clerk's query is matched against. Stored names are never changed: only these
 * derived keys are folded, so 𠮷田 and 髙橋 (and IVS sequences) come back exactly as registered.
 *
 * <ul>
 *   <li>kana: 全角/半角 and ひらがな/カタカナ are the same, ヴ folds to ブ (ヴァ→バ …), small kana to
 *   large, spaces and the long-vowel mark are ignored — what a counter clerk types varies.</li>
 *   <li>name: old/variant characters fold to the common form (髙→高, 𠮷→吉, 﨑→崎 …) and variation
 *   selectors (U+FE00–FE0F, U+E0100–E01EF) are dropped.</li>
 * </ul>
 */
public final class SearchKeys {

    private static final Map<Integer, String> VARIANT_FOLD = Map.ofEntries(
            Map.entry(0x9AD9, "高"), // 髙
            Map.entry(0x20BB7, "吉"), // 𠮷
            Map.entry(0xFA11, "崎"), // 﨑
            Map.entry(0x5D5C, "崎"), // 嵜
            Map.entry(0x9089, "辺"), // 邉
            Map.entry(0x908A, "辺"), // 邊
            Map.entry(0x9F4B, "斎"), // 齋
            Map.entry(0x9F4A, "斎"), // 齊
            Map.entry(0x6FF5, "浜"), // 濵
            Map.entry(0x6FF1, "浜"), // 濱
            Map.entry(0x6FA4, "沢"), // 澤
            Map.entry(0x5D8B, "島"), // 嶋
            Map.entry(0x570B, "国"), // 國
            Map.entry(0x5EE3, "広"), // 廣
            Map.entry(0x7028, "瀬"), // 瀨
            Map.entry(0x7027, "滝") // 瀧
    );

    private SearchKeys() {
    }

    /** Kana key: katakana, full width, ヴ→ブ, small→large, no spaces or ー. */
    public static String kana(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC); // 半角カナ → 全角
        StringBuilder kata = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            kata.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c);
        }
        // ヴァ/ヴィ/ヴェ/ヴォ are written バ/ビ/ベ/ボ just as often (ヴィクトル = ビクトル)
        s = kata.toString().replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ").replace("ヴォ", "ボ");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '　', 'ー', '・', '-' -> {
                    continue;
                }
                case 'ヴ' -> c = 'ブ';
                case 'ァ' -> c = 'ア';
                case 'ィ' -> c = 'イ';
                case 'ゥ' -> c = 'ウ';
                case 'ェ' -> c = 'エ';
                case 'ォ' -> c = 'オ';
                case 'ッ' -> c = 'ツ';
                case 'ャ' -> c = 'ヤ';
                case 'ュ' -> c = 'ユ';
                case 'ョ' -> c = 'ヨ';
                case 'ヮ' -> c = 'ワ';
                case 'ヵ' -> c = 'カ';
                case 'ヶ' -> c = 'ケ';
                case 'ヰ' -> c = 'イ';
                case 'ヱ' -> c = 'エ';
                case 'ヲ' -> c = 'オ';
                case 'ヂ' -> c = 'ジ';
                case 'ヅ' -> c = 'ズ';
                default -> {
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Name key: NFKC, Latin letters upper-cased, variant characters folded, selectors and spaces dropped. */
    public static String shimei(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isVariationSelector(cp) || Character.isWhitespace(cp) || cp == '　') {
                return;
            }
            String folded = VARIANT_FOLD.get(cp);
            if (folded != null) {
                out.append(folded);
            } else {
                out.appendCodePoint(cp);
            }
        });
        // foreign residents' names are registered in capitals; a clerk may type them in lower case
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** Address key: like the name key, and digits in any width compare equal. */
    public static String jusho(String text) {
        return shimei(text).replace('－', '-').replace('−', '-').replace('ー', '-');
    }

    public static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
