package jp.kikan.kaigo.hokenryo.parameter;

/** Whom a stage is for, by the 住民税 課税状況 of the person and the household (介護保険法施行令第38条). */
public enum Taisho {
    /** 世帯全員が住民税非課税. */
    SETAI_HIKAZEI("setai_hikazei", "世帯全員が住民税非課税"),
    /** 本人は非課税、世帯に課税者がいる. */
    HONNIN_HIKAZEI("honnin_hikazei", "本人が住民税非課税（世帯に課税者あり）"),
    /** 本人が住民税課税. */
    HONNIN_KAZEI("honnin_kazei", "本人が住民税課税");

    private final String code;
    private final String nameJa;

    Taisho(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public static Taisho of(String code) {
        for (Taisho t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown 対象 " + code);
    }
}
