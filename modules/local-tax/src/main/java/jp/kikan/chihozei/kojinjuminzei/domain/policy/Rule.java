package jp.kikan.chihozei.kojinjuminzei.domain.policy;

/**
 * The rules of the 算定根拠, each with a stable id (stored with every assessment: never rename one) and the
 * article it applies. Where an article is not confirmed from a public source it says so; the parameter
 * each rule uses carries its own legal basis and source as well.
 */
public enum Rule {
    KYUYO_SHOTOKU_KOJOGO("kyuyo-shotoku-kojogo", "給与所得控除後の給与等の金額", "所得税法第28条・別表第五（地方税法第32条第2項・第313条第2項）"),
    SHOTOKU_KINGAKU_CHOSEI_KOJO_KOSODATE("shotoku-kingaku-chosei-kojo-kosodate", "所得金額調整控除（子ども・特別障害者等）", "租税特別措置法第41条の3の3第1項"),
    SHOTOKU_KINGAKU_CHOSEI_KOJO_KYUYO_NENKIN("shotoku-kingaku-chosei-kojo-kyuyo-nenkin", "所得金額調整控除（給与・年金）", "租税特別措置法第41条の3の3第2項"),
    KYUYO_SHOTOKU("kyuyo-shotoku", "給与所得", "所得税法第28条; 租税特別措置法第41条の3の3"),
    KOTEKI_NENKIN_ZATSU_SHOTOKU("koteki-nenkin-zatsu-shotoku", "公的年金等に係る雑所得", "所得税法第35条第4項（地方税法第313条第2項）"),
    GOKEI_SHOTOKU_KINGAKU("gokei-shotoku-kingaku", "合計所得金額", "地方税法第292条第1項第13号"),
    SO_SHOTOKU_KINGAKU_TO("so-shotoku-kingaku-to", "総所得金額等", "地方税法第313条"),

    SHAKAI_HOKENRYO_KOJO("shakai-hokenryo-kojo", "社会保険料控除", "地方税法第314条の2第1項・第34条第1項"),
    SHOKIBO_KIGYO_KYOSAI_KOJO("shokibo-kigyo-kyosai-kojo", "小規模企業共済等掛金控除", "地方税法第314条の2第1項・第34条第1項"),
    SEIMEI_HOKENRYO_KOJO("seimei-hokenryo-kojo", "生命保険料控除", "地方税法第314条の2第1項・第34条第1項"),
    JISHIN_HOKENRYO_KOJO("jishin-hokenryo-kojo", "地震保険料控除", "地方税法第314条の2第1項・第34条第1項"),
    IRYOHI_KOJO("iryohi-kojo", "医療費控除", "地方税法第314条の2第1項・第34条第1項"),
    ZASSON_KOJO("zasson-kojo", "雑損控除", "地方税法第314条の2第1項・第34条第1項"),
    SHOGAISHA_KOJO("shogaisha-kojo", "障害者控除", "地方税法第314条の2第1項・第34条第1項"),
    KAFU_KOJO("kafu-kojo", "寡婦控除", "地方税法第314条の2第1項・第34条第1項"),
    HITORIOYA_KOJO("hitorioya-kojo", "ひとり親控除", "地方税法第314条の2第1項・第34条第1項"),
    KINRO_GAKUSEI_KOJO("kinro-gakusei-kojo", "勤労学生控除", "地方税法第314条の2第1項・第34条第1項"),
    HAIGUSHA_KOJO("haigusha-kojo", "配偶者控除", "地方税法第314条の2第1項・第34条第1項"),
    HAIGUSHA_TOKUBETSU_KOJO("haigusha-tokubetsu-kojo", "配偶者特別控除", "地方税法第314条の2第1項・第34条第1項"),
    FUYO_KOJO("fuyo-kojo", "扶養控除", "地方税法第314条の2第1項・第34条第1項"),
    TOKUTEI_SHINZOKU_TOKUBETSU_KOJO("tokutei-shinzoku-tokubetsu-kojo", "特定親族特別控除", "地方税法第314条の2・第34条（令和7年度税制改正; paragraph unknown)"),
    KISO_KOJO("kiso-kojo", "基礎控除", "地方税法第314条の2第2項・第34条第2項"),
    SHOTOKU_KOJO_GOKEI("shotoku-kojo-gokei", "所得控除の合計", "地方税法第314条の2・第34条"),
    JINTEKI_KOJO_SA("jinteki-kojo-sa", "人的控除額の差の合計額", "地方税法第314条の6・第37条"),

    HIKAZEI("hikazei", "非課税の判定", "地方税法第295条・第24条の5; 附則第3条の3"),
    KAZEI_SOSHOTOKU_KINGAKU("kazei-soshotoku-kingaku", "課税総所得金額（課税標準）", "地方税法第313条・第32条; 第20条の4の2第1項"),
    SANSHUTSU_ZEIGAKU("sanshutsu-zeigaku", "算出税額（調整控除前の所得割額）", "地方税法第314条の3・第35条"),
    CHOSEI_KOJO("chosei-kojo", "調整控除", "地方税法第314条の6・第37条"),
    HAITO_KOJO("haito-kojo", "配当控除", "地方税法附則第5条 (not checked against the law text)"),
    JUTAKU_LOAN_KOJO("jutaku-loan-kojo", "住宅借入金等特別税額控除", "地方税法附則第5条の4の2 (not checked against the law text)"),
    KIFUKIN_ZEIGAKU_KOJO("kifukin-zeigaku-kojo", "寄附金税額控除", "地方税法第314条の7・第37条の2"),
    SHOTOKUWARI("shotokuwari", "所得割額", "地方税法第314条の3・第35条; 第20条の4の2第3項"),
    TEIGAKU_GENZEI("teigaku-genzei", "特別税額控除（定額減税）", "unknown (令和6年度分 個人住民税の特別税額控除; 地方税法附則)"),
    SHOTOKUWARI_SAISHU("shotokuwari-saishu", "所得割額（定額減税・非課税の後）", "地方税法第314条の3・第35条"),
    KINTOWARI("kintowari", "均等割額", "地方税法第310条・第38条"),
    SHINRIN_KANKYOZEI("shinrin-kankyozei", "森林環境税", "森林環境税及び森林環境譲与税に関する法律（平成31年法律第3号）"),
    KAOKUSHIKI_KAZEI("kaokushiki-kazei", "家屋敷課税（均等割のみ）", "地方税法第294条第1項第2号・第24条第1項第2号"),
    KAOKUSHIKI_HIKAZEI("kaokushiki-hikazei", "家屋敷課税の非課税", "地方税法第295条第1項・第3項（第24条の5）; どれが及ぶかはパラメータ kaokushiki_hikazei"),
    NENZEIGAKU("nenzeigaku", "年税額", "地方税法第310条・第314条の3・第38条・第35条"),

    FUTSU_CHOSHU("futsu-choshu", "普通徴収の各期の税額", "地方税法第320条; 市町村の条例"),
    KYUYO_TOKUBETSU_CHOSHU("kyuyo-tokubetsu-choshu", "給与所得に係る特別徴収の月割額", "地方税法第321条の5 (not checked against the law text)"),
    NENKIN_TOKUBETSU_CHOSHU("nenkin-tokubetsu-choshu", "公的年金等に係る所得に係る特別徴収税額", "地方税法第321条の7の2以下 (not checked against the law text)"),
    KOSEI("kosei", "更正による各期の差額", "市町村の条例 (例: 太良町税の徴収等の特例に関する条例第4条第4項: 更正後の税額から納期の到来した税額を控除した額を残りの納期に)");

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
