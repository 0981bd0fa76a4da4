package jp.kikan.kaigo.shikaku.domain;

/**
 * 被保険者区分 (介護保険法第9条; standard-specs/long-term-care/code-tables.yaml hihokensha_kubun, official codes unknown):
 * 第1号 — 65歳以上の住民 (第1号); 第2号 — 40歳以上65歳未満の住民で医療保険加入者 (第2号), recorded here when the person
 * applies for a 要介護・要支援認定 (this service holds no medical-insurance data).
 */
public enum HihokenshaKubun {
    DAI1GO("dai1go", "第1号被保険者"), DAI2GO("dai2go", "第2号被保険者");

    private final String code;
    private final String nameJa;

    HihokenshaKubun(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public static HihokenshaKubun of(String code) {
        for (HihokenshaKubun k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
