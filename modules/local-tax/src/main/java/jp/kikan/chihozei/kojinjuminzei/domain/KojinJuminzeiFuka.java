package jp.kikan.chihozei.kojinjuminzei.domain;

import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The assessment (賦課) of 個人住民税 for one person and 年度, with its explanation.
 *
 * @param kazeiSoshotokuKingaku 課税総所得金額 (課税標準, 1,000円未満切捨て)
 * @param shi                   市町村民税
 * @param ken                   道府県民税
 * @param shinrinKankyozei      森林環境税 (国税, collected with the 均等割)
 * @param nenZeigaku            市 + 県 + 森林環境税
 */
public record KojinJuminzeiFuka(Nendo nendo, String shikuchosonkodo, String dantaiMei, ShotokuKeisan shotoku,
        ShotokuKojoKeisan kojo, long kazeiSoshotokuKingaku, HikazeiHantei hikazei, ZeigakuBubun shi, ZeigakuBubun ken,
        long shinrinKankyozei, long nenZeigaku, SanteiKonkyo santeiKonkyo) {

    /** 課税 (taxed at all): 均等割 or 所得割 levied. */
    public boolean kazei() {
        return nenZeigaku > 0;
    }
}
