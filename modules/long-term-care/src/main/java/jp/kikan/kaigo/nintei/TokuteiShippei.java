package jp.kikan.kaigo.nintei;

/**
 * 特定疾病 (介護保険法第7条第3項第2号・第4項第2号, 介護保険法施行令第2条; 平成10年政令第412号, e-Gov
 * https://laws.e-gov.go.jp/law/410CO0000000412 — Kikan's link by the law-number pattern, the names as restated by
 * 神戸市 こうべ市民福祉振興協会 https://www.with-kobe.or.jp/zaitaku/ and 価格.com https://hoken.kakaku.com/gka/select/disease/):
 * a 第2号被保険者 is certified only when the need comes from one of these 16. Code table
 * standard-specs/long-term-care/code-tables.yaml tokutei_shippei (official codes unknown).
 */
public enum TokuteiShippei {
    GAN("gan", "がん（医師が一般に認められている医学的知見に基づき回復の見込みがない状態に至ったと判断したものに限る。）"),
    KANSETSU_RIUMACHI("kansetsu_riumachi", "関節リウマチ"),
    KIN_ISHUKUSEI_SOKUSAKU_KOKASHO("kin_ishukusei_sokusaku_kokasho", "筋萎縮性側索硬化症"),
    KOJUJINTAI_KOKASHO("kojujintai_kokasho", "後縦靱帯骨化症"),
    KOSSETSU_KOTSUSOSHOSHO("kossetsu_kotsusoshosho", "骨折を伴う骨粗鬆症"),
    SHOROKI_NINCHISHO("shoroki_ninchisho", "初老期における認知症"),
    PARKINSON_KANREN("parkinson_kanren", "進行性核上性麻痺、大脳皮質基底核変性症及びパーキンソン病"),
    SEKIZUI_SHONO_HENSEISHO("sekizui_shono_henseisho", "脊髄小脳変性症"),
    SEKICHUKAN_KYOSAKUSHO("sekichukan_kyosakusho", "脊柱管狭窄症"),
    SOROSHO("sorosho", "早老症"),
    TAKEITO_ISHUKUSHO("takeito_ishukusho", "多系統萎縮症"),
    TONYOBYO_SANBYO("tonyobyo_sanbyo", "糖尿病性神経障害、糖尿病性腎症及び糖尿病性網膜症"),
    NOKEKKAN_SHIKKAN("nokekkan_shikkan", "脳血管疾患"),
    HEISOKUSEI_DOMYAKU_KOKASHO("heisokusei_domyaku_kokasho", "閉塞性動脈硬化症"),
    MANSEI_HEISOKUSEI_HAISHIKKAN("mansei_heisokusei_haishikkan", "慢性閉塞性肺疾患"),
    HENKEISEI_KANSETSUSHO("henkeisei_kansetsusho", "両側の膝関節又は股関節に著しい変形を伴う変形性関節症");

    public static final String LEGAL_BASIS = "介護保険法第7条第3項第2号・第4項第2号、介護保険法施行令第2条（特定疾病）";

    private final String code;
    private final String nameJa;

    TokuteiShippei(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    /** The disease of a code, or null when the code is none of the 16. */
    public static TokuteiShippei find(String code) {
        for (TokuteiShippei t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
