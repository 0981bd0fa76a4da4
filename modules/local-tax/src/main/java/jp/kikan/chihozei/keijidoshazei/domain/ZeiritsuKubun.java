package jp.kikan.chihozei.keijidoshazei.domain;

/** Which rate of the class applied: 標準税率, 旧税率 (初度検査 before 2015-04), 経年車重課, グリーン化特例（軽課）. */
public enum ZeiritsuKubun implements Kodo {
    HYOJUN("hyojun", "標準税率"),
    KYU("kyu", "旧税率（平成27年3月以前の初度検査）"),
    JUKA("juka", "経年車重課（13年経過）"),
    KEIKA("keika", "グリーン化特例（軽課）");

    private final String code;
    private final String nameJa;

    ZeiritsuKubun(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String nameJa() {
        return nameJa;
    }
}
