package jp.kikan.kaigo.nintei;

/**
 * 申請区分 of a 要介護・要支援認定 (介護保険法第27条 新規, 第28条 更新, 第29条 区分変更 — article numbers from general
 * knowledge), with the 有効期間 in months the rule sets and the range a municipality may set on the 審査会's opinion
 * (船橋市 https://www.city.funabashi.lg.jp/kenkou/kaigo/002/p010085.html: 新規・区分変更 6か月 (3〜12), 更新 12か月 (3〜48)).
 */
public enum ShinseiKubun {
    SHINKI("shinki", "新規申請", "介護保険法第27条", 6, 3, 12),
    KOSHIN("koshin", "更新申請", "介護保険法第28条", 12, 3, 48),
    KUBUN_HENKO("kubun_henko", "区分変更申請", "介護保険法第29条", 6, 3, 12);

    private final String code;
    private final String nameJa;
    private final String legalBasis;
    private final int gensoku;
    private final int min;
    private final int max;

    ShinseiKubun(String code, String nameJa, String legalBasis, int gensoku, int min, int max) {
        this.code = code;
        this.nameJa = nameJa;
        this.legalBasis = legalBasis;
        this.gensoku = gensoku;
        this.min = min;
        this.max = max;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** 原則の有効期間 (months). */
    public int gensoku() {
        return gensoku;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public static ShinseiKubun of(String code) {
        for (ShinseiKubun k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown 申請区分 " + code);
    }
}
