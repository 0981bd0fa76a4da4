package jp.kikan.kokuho.hokenzei.domain;

/** The three 区分 of 国民健康保険税 (地方税法第703条の4; 加古川市 page), each with its own rates and 限度額. */
public enum Kubun {
    IRYO("iryo", "医療分"), SHIEN("shien", "後期高齢者支援金分"), KAIGO("kaigo", "介護納付金分");

    private final String code;
    private final String nameJa;

    Kubun(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public static Kubun of(String code) {
        for (Kubun k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
