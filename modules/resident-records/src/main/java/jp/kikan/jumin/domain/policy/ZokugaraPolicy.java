package jp.kikan.jumin.domain.policy;

import java.util.Set;

/**
 * 続柄 must be written in the standard's forms (住民記録システム標準仕様書 第1.0版 §1.1.11; 住民基本台帳
 * 事務処理要領): 世帯主; 夫, 妻, 夫（未届）, 妻（未届）, 子, 父, 母, 兄, 姉, 弟, 妹 and chains of them joined
 * by 「の」 up to four generations (子の妻, 子の子の子の子, 妻の父 …); otherwise 縁故者 or 同居人.
 * Terms such as 祖父, 孫, 甥, おじ, 家事使用人 are not allowed.
 */
public final class ZokugaraPolicy {

    public static final String SETAINUSHI = "世帯主";
    private static final int MAX_GENERATIONS = 4;
    private static final Set<String> BASE = Set.of("夫", "妻", "夫（未届）", "妻（未届）", "子", "父", "母", "兄", "姉", "弟", "妹");
    private static final Set<String> STANDALONE = Set.of("縁故者", "同居人");

    private ZokugaraPolicy() {
    }

    public static boolean isAllowed(String zokugara) {
        if (zokugara == null || zokugara.isBlank()) {
            return false;
        }
        String z = zokugara.replace('(', '（').replace(')', '）');
        if (z.equals(SETAINUSHI) || STANDALONE.contains(z)) {
            return true;
        }
        String[] parts = z.split("の", -1);
        if (parts.length > MAX_GENERATIONS) {
            return false;
        }
        for (String p : parts) {
            if (!BASE.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes ASCII parentheses as the full-width ones the standard uses (夫(未届) → 夫（未届）) — the only
     * change ever made to a 続柄; white space is not trimmed (a padded value is refused, not repaired).
     */
    public static String normalise(String zokugara) {
        return zokugara == null ? null : zokugara.replace('(', '（').replace(')', '）');
    }
}
