package jp.kikan.kokuho.hokenzei.domain;

/** Whether a month's 平等割 is that of a 特定世帯 (1/2) or a 特定継続世帯 (3/4) — levy rules B4. */
public enum TokuteiSetai {
    NASHI(null, null), TOKUTEI("tokutei", "特定世帯"), KEIZOKU("tokutei_keizoku", "特定継続世帯");

    private final String code;
    private final String nameJa;

    TokuteiSetai(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    /** The contract's code (null: neither). */
    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }
}
