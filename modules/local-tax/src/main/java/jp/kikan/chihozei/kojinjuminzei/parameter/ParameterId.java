package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.Optional;

/**
 * Every parameter the engine knows, with where it may be set. A national parameter must cover every 年度;
 * an overlay parameter is set by the prefecture or the municipality where the law lets them choose
 * (超過課税, 指定都市, 級地, 普通徴収の納期と端数).
 */
public enum ParameterId {
    KYUYO_SHOTOKU("kyuyo_shotoku", Scope.NATIONAL),
    KYUYO_SHOTOKU_HASU("kyuyo_shotoku_hasu", Scope.NATIONAL),
    KOTEKI_NENKIN_KOJO("koteki_nenkin_kojo", Scope.NATIONAL),
    SHOTOKU_KINGAKU_CHOSEI_KOJO_KOSODATE("shotoku_kingaku_chosei_kojo_kosodate", Scope.NATIONAL),
    SHOTOKU_KINGAKU_CHOSEI_KOJO_KYUYO_NENKIN("shotoku_kingaku_chosei_kojo_kyuyo_nenkin", Scope.NATIONAL),

    SHINZOKU_GOKEI_SHOTOKU_YOKEN("shinzoku_gokei_shotoku_yoken", Scope.NATIONAL),
    KISO_KOJO("kiso_kojo", Scope.NATIONAL),
    HAIGUSHA_KOJO("haigusha_kojo", Scope.NATIONAL),
    HAIGUSHA_TOKUBETSU_KOJO("haigusha_tokubetsu_kojo", Scope.NATIONAL),
    FUYO_KOJO("fuyo_kojo", Scope.NATIONAL),
    TOKUTEI_SHINZOKU_TOKUBETSU_KOJO("tokutei_shinzoku_tokubetsu_kojo", Scope.NATIONAL),
    SHOGAISHA_KOJO("shogaisha_kojo", Scope.NATIONAL),
    KAFU_KOJO("kafu_kojo", Scope.NATIONAL),
    HITORIOYA_KOJO("hitorioya_kojo", Scope.NATIONAL),
    KINRO_GAKUSEI_KOJO("kinro_gakusei_kojo", Scope.NATIONAL),
    SEIMEI_HOKENRYO_KOJO("seimei_hokenryo_kojo", Scope.NATIONAL),
    JISHIN_HOKENRYO_KOJO("jishin_hokenryo_kojo", Scope.NATIONAL),
    IRYOHI_KOJO("iryohi_kojo", Scope.NATIONAL),
    ZASSON_KOJO("zasson_kojo", Scope.NATIONAL),

    KAZEI_HYOJUN_HASU("kazei_hyojun_hasu", Scope.NATIONAL),
    SHOTOKUWARI_HASU("shotokuwari_hasu", Scope.NATIONAL),
    SHOTOKUWARI_ZEIRITSU("shotokuwari_zeiritsu", Scope.NATIONAL),
    SHOTOKUWARI_ZEIRITSU_SHITEI_TOSHI("shotokuwari_zeiritsu_shitei_toshi", Scope.NATIONAL),
    CHOSEI_KOJO("chosei_kojo", Scope.NATIONAL),
    JINTEKI_KOJO_SA("jinteki_kojo_sa", Scope.NATIONAL),
    HAITO_KOJO("haito_kojo", Scope.NATIONAL),
    JUTAKU_LOAN_KOJO("jutaku_loan_kojo", Scope.NATIONAL),
    JUTAKU_LOAN_KOJO_BUNPAI_SHITEI_TOSHI("jutaku_loan_kojo_bunpai_shitei_toshi", Scope.NATIONAL),
    KIFUKIN_ZEIGAKU_KOJO("kifukin_zeigaku_kojo", Scope.NATIONAL),
    KIFUKIN_TOKUREI_BUNPAI_SHITEI_TOSHI("kifukin_tokurei_bunpai_shitei_toshi", Scope.NATIONAL),
    KIFUKIN_TOKUREI_KOJO_RITSU("kifukin_tokurei_kojo_ritsu", Scope.NATIONAL),
    SHINKOKU_TOKUREI_KOJO_RITSU("shinkoku_tokurei_kojo_ritsu", Scope.NATIONAL),
    TEIGAKU_GENZEI("teigaku_genzei", Scope.NATIONAL),

    HIKAZEI_ZENGAKU("hikazei_zengaku", Scope.NATIONAL),
    MISEINEN_NENREI("miseinen_nenrei", Scope.NATIONAL),
    HIKAZEI_KINTOWARI("hikazei_kintowari", Scope.NATIONAL),
    HIKAZEI_SHOTOKUWARI("hikazei_shotokuwari", Scope.NATIONAL),
    KINTOWARI("kintowari", Scope.NATIONAL),
    SHINRIN_KANKYOZEI("shinrin_kankyozei", Scope.NATIONAL),
    KAOKUSHIKI_SHINRIN_KANKYOZEI("kaokushiki_shinrin_kankyozei", Scope.NATIONAL),
    KAOKUSHIKI_HIKAZEI("kaokushiki_hikazei", Scope.NATIONAL_AND_MUNICIPALITY),

    FUTSU_CHOSHU("futsu_choshu", Scope.NATIONAL_AND_MUNICIPALITY),
    KYUYO_TOKUBETSU_CHOSHU("kyuyo_tokubetsu_choshu", Scope.NATIONAL),
    NENKIN_TOKUBETSU_CHOSHU("nenkin_tokubetsu_choshu", Scope.NATIONAL),

    SHITEI_TOSHI("shitei_toshi", Scope.MUNICIPALITY),
    KYUCHI("kyuchi", Scope.MUNICIPALITY),
    KINTOWARI_SHI_CHOKAKAZEI("kintowari_shi_chokakazei", Scope.MUNICIPALITY),
    SHOTOKUWARI_ZEIRITSU_SHI("shotokuwari_zeiritsu_shi", Scope.MUNICIPALITY),
    KINTOWARI_KEN_CHOKAKAZEI("kintowari_ken_chokakazei", Scope.PREFECTURE),
    SHOTOKUWARI_ZEIRITSU_KEN("shotokuwari_zeiritsu_ken", Scope.PREFECTURE);

    /** Who may set a parameter. */
    public enum Scope {
        /** the national default only; it must cover every 年度 */
        NATIONAL,
        /** a national default that a municipality may replace */
        NATIONAL_AND_MUNICIPALITY,
        /** only a municipality (no national default) */
        MUNICIPALITY,
        /** only a prefecture (no national default) */
        PREFECTURE;

        public boolean national() {
            return this == NATIONAL || this == NATIONAL_AND_MUNICIPALITY;
        }

        public boolean municipality() {
            return this == NATIONAL_AND_MUNICIPALITY || this == MUNICIPALITY;
        }

        public boolean prefecture() {
            return this == PREFECTURE;
        }
    }

    private final String key;
    private final Scope scope;

    ParameterId(String key, Scope scope) {
        this.key = key;
        this.scope = scope;
    }

    /** The id in the parameter files, e.g. {@code kyuyo_shotoku}. */
    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    public static Optional<ParameterId> ofKey(String key) {
        for (ParameterId id : values()) {
            if (id.key.equals(key)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
