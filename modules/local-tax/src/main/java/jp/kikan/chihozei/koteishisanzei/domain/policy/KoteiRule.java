package jp.kikan.chihozei.koteishisanzei.domain.policy;

/** The stable rule ids of the 固定資産税・都市計画税 算定根拠, with the article each applies. */
public enum KoteiRule {
    JUTAKU_YOCHI_MENSEKI("jutaku-yochi-menseki", "住宅用地の区分（小規模住宅用地・一般住宅用地・非住宅用地）", "地方税法第349条の3の2"),
    HONSOKU_KAZEI_HYOJUN("honsoku-kazei-hyojun", "本則課税標準額（評価額 × 住宅用地特例率）", "地方税法第349条の3の2・第702条の3"),
    FUTAN_CHOSEI_JUTAKU("futan-chosei-jutaku", "課税標準額（住宅用地の負担調整措置）", "地方税法附則第18条・附則第25条"),
    FUTAN_CHOSEI_SHOGYO("futan-chosei-shogyo", "課税標準額（商業地等の負担調整措置）", "地方税法附則第18条・附則第25条"),
    TOCHI_SONOTA("tochi-sonota", "課税標準額（その他の土地: 評価額）", "地方税法第349条"),
    KAOKU_KAZEI_HYOJUN("kaoku-kazei-hyojun", "家屋の課税標準額（評価額）", "地方税法第349条"),
    SHOKYAKU_HYOKA("shokyaku-hyoka", "償却資産の評価額（取得価額 × 減価残存率、最低限度 取得価額の5%）",
            "地方税法第388条第1項（固定資産評価基準 第3章・別表第15）"),
    SHOKYAKU_KAZEI_HYOJUN("shokyaku-kazei-hyojun", "償却資産の課税標準額（評価額）", "地方税法第349条の2"),
    MENZEITEN("menzeiten", "免税点の判定", "地方税法第351条"),
    KAZEI_HYOJUNGAKU("kazei-hyojungaku", "課税標準額の合計（端数処理）", "地方税法第20条の4の2第1項"),
    SANSHUTSU_ZEIGAKU("sanshutsu-zeigaku", "算出税額（課税標準額 × 税率）", "地方税法第350条・第702条の4・第20条の4の2第3項"),
    SHINCHIKU_GENGAKU("shinchiku-gengaku", "新築住宅に対する減額", "地方税法附則第15条の6"),
    ZEIGAKU("zeigaku", "税額", "地方税法第20条の4の2第3項"),
    NENZEIGAKU("nenzeigaku", "年税額（固定資産税＋都市計画税）", "地方税法第364条・第702条の8"),
    KIBETSU("kibetsu", "期別税額", "地方税法第362条");

    private final String id;
    private final String nameJa;
    private final String legalBasis;

    KoteiRule(String id, String nameJa, String legalBasis) {
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
