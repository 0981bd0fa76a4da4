package jp.kikan.kaigo.choshu;

/** 徴収方法 of an instalment (介護保険法第131条): 特別徴収 (from the pension) or 普通徴収 (納入通知書). */
public enum ChoshuHoho {
    /** 普通徴収: paid by the insured with the 納入通知書 (介護保険法第131条・第133条). */
    FUTSU("futsu_choshu", "普通徴収"),
    /** 特別徴収: withheld from the 老齢等年金給付 by the pension insurer (介護保険法第131条・第135条). */
    TOKUBETSU("tokubetsu_choshu", "特別徴収");

    private final String code;
    private final String nameJa;

    ChoshuHoho(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public static ChoshuHoho of(String code) {
        for (ChoshuHoho h : values()) {
            if (h.code.equals(code)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown 徴収方法 " + code);
    }
}
