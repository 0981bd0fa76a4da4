package jp.kikan.kokuho.hokenzei.domain;

/**
 * How the insurer levies 国民健康保険: as a tax (国民健康保険税, 地方税法第703条の4) or as a premium (国民健康保険料,
 * 国民健康保険法第76条第1項 — the insurer collects a 保険料 unless it levies the tax instead). The municipality chooses by
 * its 条例 (a dated parameter, {@code fuka_keishiki}); the amounts are computed the same way, the laws cited, the
 * words printed and the remedy differ. Article numbers are from general knowledge, not checked against the law text.
 */
public enum FukaKeishiki {
    HOKENZEI("hokenzei", "国民健康保険税", "税", "年税額", "納税通知書", "地方税法第703条の4（国民健康保険税）",
            "地方税法第703条の5（国民健康保険税の減額）", "地方税法第703条の5の2（産前産後期間の減額）",
            "地方税法第1条第1項第6号・第13条（納税通知書）"),
    HOKENRYO("hokenryo", "国民健康保険料", "料", "年間保険料額", "納入通知書",
            "国民健康保険法第76条第1項・第81条; 国民健康保険法施行令第29条の7（保険料の賦課額）",
            "国民健康保険法施行令第29条の7第5項（保険料の減額）", "国民健康保険法施行令第29条の7の2（産前産後期間の保険料の減額）",
            "地方自治法第231条; 地方自治法施行令第154条（納入の通知）");

    private final String code;
    private final String nameJa;
    private final String tani;
    private final String nengakuMei;
    private final String tsuchisho;
    private final String kazeiHo;
    private final String keigenHo;
    private final String sanzenSangoHo;
    private final String tsuchishoHo;

    FukaKeishiki(String code, String nameJa, String tani, String nengakuMei, String tsuchisho, String kazeiHo,
            String keigenHo, String sanzenSangoHo, String tsuchishoHo) {
        this.code = code;
        this.nameJa = nameJa;
        this.tani = tani;
        this.nengakuMei = nengakuMei;
        this.tsuchisho = tsuchisho;
        this.kazeiHo = kazeiHo;
        this.keigenHo = keigenHo;
        this.sanzenSangoHo = sanzenSangoHo;
        this.tsuchishoHo = tsuchishoHo;
    }

    public String code() {
        return code;
    }

    /** 国民健康保険税 / 国民健康保険料. */
    public String nameJa() {
        return nameJa;
    }

    /** 税 / 料 (保険税額, 保険料額). */
    public String tani() {
        return tani;
    }

    /** 年税額 / 年間保険料額. */
    public String nengakuMei() {
        return nengakuMei;
    }

    /** 納税通知書 / 納入通知書. */
    public String tsuchisho() {
        return tsuchisho;
    }

    public String kazeiHo() {
        return kazeiHo;
    }

    public String keigenHo() {
        return keigenHo;
    }

    public String sanzenSangoHo() {
        return sanzenSangoHo;
    }

    public String tsuchishoHo() {
        return tsuchishoHo;
    }

    /** The law that moves a 納期限 falling on a Saturday, Sunday or holiday to the next day. */
    public String kyujitsuHo() {
        return zei() ? "地方税法第20条の5第2項" : "地方自治法第4条の2第4項";
    }

    /**
     * How to ask for a review of the assessment: a tax is reviewed by the head of the municipality (行政不服審査法第2条・
     * 第4条・第18条: 3か月), a premium by the prefecture's 国民健康保険審査会 (国民健康保険法第91条第1項・第99条).
     *
     * @param shucho the head of the municipality as printed (みなみ市長)
     */
    public String fufuku(String shucho) {
        return "この処分に不服があるときは、この通知を受けた日の翌日から起算して3か月以内に、" + (zei()
                ? shucho + "に対して審査請求をすることができます（行政不服審査法第2条・第4条・第18条）。"
                : "都道府県の国民健康保険審査会に対して審査請求をすることができます（国民健康保険法第91条第1項・第99条、行政不服審査法第18条）。");
    }

    public boolean zei() {
        return this == HOKENZEI;
    }

    public static FukaKeishiki of(String code) {
        for (FukaKeishiki k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("fuka_keishiki " + code);
    }
}
