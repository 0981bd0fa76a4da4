package jp.kikan.chihozei.kojinjuminzei.domain;

/** 障害者の区分 (the taxpayer, the spouse or a relative). */
public enum ShogaiKubun {
    NASHI, SHOGAISHA, TOKUBETSU_SHOGAISHA
}
