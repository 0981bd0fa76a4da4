package jp.kikan.chihozei.kojinjuminzei.domain;

/** ひとり親 (the 調整控除 difference depends on whether the parent is the mother or the father). */
public enum HitorioyaKubun {
    NASHI, HAHA, CHICHI
}
