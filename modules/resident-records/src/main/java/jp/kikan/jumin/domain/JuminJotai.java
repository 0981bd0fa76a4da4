package jp.kikan.jumin.domain;

/** 住民状態: a resident, or removed (除票) by 転出, 死亡 or 職権消除. Removal is a status, never a DELETE. */
public enum JuminJotai {
    JUMIN("jumin", "住民"),
    TENSHUTSU("tenshutsu", "転出"),
    SHIBO("shibo", "死亡"),
    SHOKKEN_SHOJO("shokken_shojo", "職権消除");

    private final String code;
    private final String label;

    JuminJotai(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean isResident() {
        return this == JUMIN;
    }

    public static JuminJotai fromCode(String code) {
        for (JuminJotai s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown jumin_jotai " + code);
    }
}
