package jp.kikan.chihozei.kojinjuminzei.domain;

/**
 * Whether the person is taxed (非課税の判定).
 *
 * @param zengakuHikazei     neither 均等割 nor 所得割 (生活扶助; 障害者・未成年者・寡婦・ひとり親 ≤ 135万円)
 * @param riyu               why (null when taxed)
 * @param kintowariHikazei   no 均等割 (and no 森林環境税)
 * @param shotokuwariHikazei no 所得割
 * @param ninzu              本人 + 同一生計配偶者 + 扶養親族 (the N of the limits)
 */
public record HikazeiHantei(boolean zengakuHikazei, String riyu, boolean kintowariHikazei, boolean shotokuwariHikazei,
        int ninzu) {
}
