package jp.kikan.jumin.domain;

/** 住民種別. Official code values are unknown; Kikan codes are the API values. */
public enum JuminShubetsu {
    NIHONJIN("nihonjin", "日本人住民"),
    GAIKOKUJIN("gaikokujin", "外国人住民");

    private final String code;
    private final String label;

    JuminShubetsu(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static JuminShubetsu fromCode(String code) {
        for (JuminShubetsu s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown jumin_shubetsu " + code);
    }
}
