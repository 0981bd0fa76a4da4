package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterId;

/** Which reader turns the {@code value} of a parameter entry into its typed value. */
final class ValueReaders {

    private ValueReaders() {
    }

    static Object read(ParameterId id, Node v) {
        return switch (id) {
            case KYUYO_SHOTOKU -> ShotokuReaders.kyuyoShotoku(v);
            case KYUYO_SHOTOKU_HASU, KAZEI_HYOJUN_HASU, SHOTOKUWARI_HASU -> v.asHasu();
            case KOTEKI_NENKIN_KOJO -> ShotokuReaders.nenkinKojo(v);
            case SHOTOKU_KINGAKU_CHOSEI_KOJO_KOSODATE -> ShotokuReaders.choseiKojoKosodate(v);
            case SHOTOKU_KINGAKU_CHOSEI_KOJO_KYUYO_NENKIN -> ShotokuReaders.choseiKojoKyuyoNenkin(v);
            case SHINZOKU_GOKEI_SHOTOKU_YOKEN, KINTOWARI_SHI_CHOKAKAZEI, KINTOWARI_KEN_CHOKAKAZEI -> v.asLong();
            case KISO_KOJO -> ShotokuReaders.kisoKojo(v);
            case HAIGUSHA_KOJO -> ShotokuReaders.haigushaKojo(v);
            case HAIGUSHA_TOKUBETSU_KOJO -> ShotokuReaders.haigushaTokubetsuKojo(v);
            case FUYO_KOJO -> ShotokuReaders.fuyoKojo(v);
            case TOKUTEI_SHINZOKU_TOKUBETSU_KOJO -> ShotokuReaders.tokuteiShinzoku(v);
            case SHOGAISHA_KOJO -> ShotokuReaders.shogaishaKojo(v);
            case KAFU_KOJO -> ShotokuReaders.kafuKojo(v);
            case HITORIOYA_KOJO -> ShotokuReaders.hitorioyaKojo(v);
            case KINRO_GAKUSEI_KOJO -> ShotokuReaders.kinroGakuseiKojo(v);
            case SEIMEI_HOKENRYO_KOJO -> ShotokuReaders.seimeiHokenryo(v);
            case JISHIN_HOKENRYO_KOJO -> ShotokuReaders.jishinHokenryo(v);
            case IRYOHI_KOJO -> ShotokuReaders.iryohiKojo(v);
            case ZASSON_KOJO -> ShotokuReaders.zassonKojo(v);
            case SHOTOKUWARI_ZEIRITSU, SHOTOKUWARI_ZEIRITSU_SHITEI_TOSHI, JUTAKU_LOAN_KOJO_BUNPAI_SHITEI_TOSHI,
                    KIFUKIN_TOKUREI_BUNPAI_SHITEI_TOSHI -> Tables.shiKenRitsu(v);
            case SHOTOKUWARI_ZEIRITSU_SHI, SHOTOKUWARI_ZEIRITSU_KEN -> v.asRitsu();
            case CHOSEI_KOJO -> ZeigakuReaders.choseiKojo(v);
            case JINTEKI_KOJO_SA -> ZeigakuReaders.jintekiKojoSa(v);
            case HAITO_KOJO -> ZeigakuReaders.haitoKojo(v);
            case JUTAKU_LOAN_KOJO -> ZeigakuReaders.jutakuLoan(v);
            case KIFUKIN_ZEIGAKU_KOJO -> ZeigakuReaders.kifukin(v);
            case KIFUKIN_TOKUREI_KOJO_RITSU, SHINKOKU_TOKUREI_KOJO_RITSU -> ZeigakuReaders.tokureiRitsu(v);
            case TEIGAKU_GENZEI -> ZeigakuReaders.teigakuGenzei(v);
            case HIKAZEI_ZENGAKU -> ZeigakuReaders.single(v, "gokei_shotoku_jogen");
            case MISEINEN_NENREI -> v.asInt();
            case HIKAZEI_KINTOWARI -> ZeigakuReaders.hikazeiKintowari(v);
            case HIKAZEI_SHOTOKUWARI -> ZeigakuReaders.gendo(v);
            case KINTOWARI -> Tables.shiKenLong(v);
            case SHINRIN_KANKYOZEI -> ZeigakuReaders.single(v, "gaku");
            case KAOKUSHIKI_SHINRIN_KANKYOZEI -> v.asBoolean();
            case KAOKUSHIKI_HIKAZEI -> ZeigakuReaders.kaokushikiHikazei(v);
            case FUTSU_CHOSHU, KYUYO_TOKUBETSU_CHOSHU -> ZeigakuReaders.bunkatsu(v);
            case NENKIN_TOKUBETSU_CHOSHU -> ZeigakuReaders.nenkinChoshu(v);
            case SHITEI_TOSHI -> v.asBoolean();
            case KYUCHI -> ZeigakuReaders.kyuchi(v);
        };
    }
}
