package jp.kikan.chihozei.keijidoshazei.domain.policy;

/** The rules of 軽自動車税（種別割）, with the stable ids of their 算定根拠 steps and their articles. */
public enum Rule {
    FUKA_KIJITSU("keijidosha-fuka-kijitsu", "賦課期日", "地方税法第463条の16（種別割の賦課期日 4月1日）"),
    SHASHU_KUBUN("keijidosha-shashu-kubun", "車種区分", "地方税法第463条の15第1項"),
    SHODO_KENSA_MINASHI("keijidosha-shodo-kensa-minashi", "重課判定に用いる初度検査年月",
            "地方税法等の一部を改正する法律（平成26年法律第4号）附則第14条第2項"),
    JUKA("keijidosha-juka", "経年車重課（13年経過）", "地方税法第463条の15第2項・附則第30条"),
    ZEIRITSU("keijidosha-zeiritsu", "種別割の税率（年額）", "地方税法第463条の15"),
    GREEN_TOKUREI("keijidosha-green-tokurei", "グリーン化特例（軽課）", "地方税法附則第30条"),
    GENMEN("keijidosha-genmen", "減免（身体障害者等）", "地方税法第463条の23・市町村税条例"),
    ZEIGAKU("keijidosha-zeigaku", "種別割の税額（年額、月割なし）", "地方税法第463条の15・第463条の16");

    private final String id;
    private final String nameJa;
    private final String legalBasis;

    Rule(String id, String nameJa, String legalBasis) {
        this.id = id;
        this.nameJa = nameJa;
        this.legalBasis = legalBasis;
    }

    public String id() {
        return id;
    }

    public String nameJa() {
        return nameJa;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
