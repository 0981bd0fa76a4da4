package jp.kikan.chihozei.kojinjuminzei.domain;

import java.util.List;

/**
 * What the 家屋敷課税 of one 年度 is computed from: a person with no 住所 in the municipality who has a 事務所・事業所・
 * 家屋敷 there on the 賦課期日 (地方税法第294条第1項第2号・第24条第1項第2号), and what the 住所地 has told of them.
 *
 * @param jimusho the places held on 1月1日 of the 年度 (at least one)
 * @param jokyo   what the 住所地 reported (for 非課税); {@link JushochiJokyo#nashi()} when nothing was reported
 */
public record KaokushikiKiso(Nendo nendo, String shikuchosonkodo, List<Jimusho> jimusho, JushochiJokyo jokyo) {

    public KaokushikiKiso {
        jimusho = List.copyOf(jimusho);
        if (jimusho.isEmpty()) {
            throw new IllegalArgumentException("家屋敷課税 needs a 事務所・事業所・家屋敷 held on the 賦課期日");
        }
    }

    /** A place held on the 賦課期日: its kind as written (事務所, 事業所, 家屋敷) and where it is. */
    public record Jimusho(String kubun, String shozaichi) {
    }

    /**
     * @param seikatsuHogo        賦課期日に生活扶助を受けている
     * @param shogaishaTo         障害者・未成年者・寡婦・ひとり親 on the 賦課期日
     * @param gokeiShotokuKingaku the 合計所得金額 the 住所地 reported, null when it did not
     * @param ninzu               本人 + 同一生計配偶者 + 扶養親族 as reported (1 when not)
     */
    public record JushochiJokyo(boolean seikatsuHogo, boolean shogaishaTo, Long gokeiShotokuKingaku, int ninzu) {

        public JushochiJokyo {
            if (ninzu < 1) {
                throw new IllegalArgumentException("ninzu counts the person: at least 1");
            }
        }

        public static JushochiJokyo nashi() {
            return new JushochiJokyo(false, false, null, 1);
        }
    }
}
