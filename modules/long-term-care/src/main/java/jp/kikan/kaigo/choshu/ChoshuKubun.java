package jp.kikan.kaigo.choshu;

/** What an instalment is: a 普通徴収 期, a 随時 期, or the 仮徴収 / 本徴収 of a 特別徴収 (介護保険法第140条). */
public enum ChoshuKubun {
    /** 普通徴収の期 (第1期 …). */
    FUTSU("futsu", ChoshuHoho.FUTSU),
    /** 普通徴収の随時の期: no 納期 of the insurer left. */
    ZUIJI("zuiji", ChoshuHoho.FUTSU),
    /** 仮徴収 (4・6・8月): the previous February's amount, before the 年額 is known (第140条). */
    KARICHOSHU("karichoshu", ChoshuHoho.TOKUBETSU),
    /** 本徴収 (10・12・2月): (年額 − 仮徴収額) ÷ 3. */
    HONCHOSHU("honchoshu", ChoshuHoho.TOKUBETSU);

    private final String code;
    private final ChoshuHoho hoho;

    ChoshuKubun(String code, ChoshuHoho hoho) {
        this.code = code;
        this.hoho = hoho;
    }

    public String code() {
        return code;
    }

    public ChoshuHoho hoho() {
        return hoho;
    }

    public static ChoshuKubun of(String code) {
        for (ChoshuKubun k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown 徴収区分 " + code);
    }
}
