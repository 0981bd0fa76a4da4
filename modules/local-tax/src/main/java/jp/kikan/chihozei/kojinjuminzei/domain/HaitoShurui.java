package jp.kikan.chihozei.kojinjuminzei.domain;

/** Kinds of 配当所得 for 配当控除; the key is the parameter files' key. */
public enum HaitoShurui {
    /** 剰余金の配当・利益の配当・特定株式投資信託の収益の分配 等 */
    RIEKI_HAITO("rieki_haito"),
    /** 証券投資信託の収益の分配 (一般外貨建等を除く) */
    SHOKEN_TOSHI_SHINTAKU("shoken_toshi_shintaku"),
    /** 一般外貨建等証券投資信託の収益の分配 */
    GAIKADATE_TOSHI_SHINTAKU("gaikadate_toshi_shintaku");

    private final String key;

    HaitoShurui(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static HaitoShurui ofKey(String key) {
        for (HaitoShurui h : values()) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
