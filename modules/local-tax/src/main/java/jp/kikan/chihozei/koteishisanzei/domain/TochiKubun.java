package jp.kikan.chihozei.koteishisanzei.domain;

/**
 * The 課税上の区分 of a parcel: 住宅用地 (地方税法第349条の3の2), 商業地等 (住宅用地以外の宅地・宅地比準土地: 附則第18条の
 * 負担調整), その他 (農地・山林 …: 評価額 is the 課税標準, their own 負担調整 — 附則第19条 — is not modelled).
 */
public enum TochiKubun {
    JUTAKU_YOCHI("jutaku-yochi", "住宅用地"),
    SHOGYOCHI_TO("shogyochi-to", "商業地等"),
    SONOTA("sonota", "その他の土地");

    private final String key;
    private final String nameJa;

    TochiKubun(String key, String nameJa) {
        this.key = key;
        this.nameJa = nameJa;
    }

    public String key() {
        return key;
    }

    public String nameJa() {
        return nameJa;
    }

    public static TochiKubun of(String key) {
        for (TochiKubun k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("区分 must be jutaku-yochi, shogyochi-to or sonota: " + key);
    }
}
