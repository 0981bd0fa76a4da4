package jp.kikan.kaigo.shikaku.domain;

import jp.kikan.platform.shikaku.IdoKubun;
import jp.kikan.platform.shikaku.JiyuTeigi;
import jp.kikan.platform.shikaku.ShikakuIdoJiyu;

/**
 * 資格異動事由 of a 第1号被保険者 (standard-specs/long-term-care/code-tables.yaml shikaku_ido_jiyu; official codes
 * unknown), each with the 異動 it causes and the article of 介護保険法 behind its date. Dates as restated by 肝付町
 * https://kimotsuki-town.jp/soshiki/fukushika/1/2/1097.html and 摂津市
 * https://www.city.settsu.osaka.jp/soshiki/hokenfukushibu/koureikaigoka/kaigohoken/kaigohokenryou/1897.html.
 */
public enum ShikakuJiyu implements ShikakuIdoJiyu {
    /**
     * 第2号被保険者 (40歳以上65歳未満の医療保険加入者): recorded from the 要介護・要支援認定の申請 that names the 医療保険者,
     * effective on the 申請日 — the law makes one insured from the 40歳到達 or the 医療保険 加入 (第10条), which this
     * service cannot know, so the qualification is recorded from the day it was shown here (Kikan's choice).
     */
    DAI2GO_SHINSEI("dai2go_shinsei", "第2号被保険者（要介護認定等の申請により記録）", IdoKubun.SHUTOKU,
            "介護保険法第9条第2号（40歳以上65歳未満の医療保険加入者）・第10条; 記録は申請日から（医療保険の加入はこの業務では分からないため、申請書の医療保険者による）"),
    /** 65歳到達: 到達日 (誕生日の前日, 年齢計算ニ関スル法律) に取得. */
    NENREI_TOTATSU("nenrei_totatsu", "65歳到達", IdoKubun.SHUTOKU,
            "介護保険法第9条第1号・第10条第4号（65歳に達したとき）; 年齢計算ニ関スル法律（誕生日の前日に達する）"),
    /** 転入 (65歳以上): 住所を有するに至った日に取得. */
    TENNYU("tennyu", "転入", IdoKubun.SHUTOKU, "介護保険法第9条第1号・第10条第2号（当該市町村の区域内に住所を有するに至ったとき）"),
    /** 転出: 住所を有しなくなった日の翌日に喪失. */
    TENSHUTSU("tenshutsu", "転出", IdoKubun.SOSHITSU, "介護保険法第11条第1項（住所を有しなくなった日の翌日から）"),
    /** 死亡: 死亡日の翌日に喪失. */
    SHIBO("shibo", "死亡", IdoKubun.SOSHITSU, "介護保険法第11条第1項（死亡した日の翌日から）"),
    /** 住所地特例の適用 (他市町村の住所地特例対象施設に入所): 資格は継続し、記録を残す. */
    JUSHOCHI_TOKUREI_TEKIYO("jushochi_tokurei_tekiyo", "住所地特例の適用（他市町村の施設に入所）", IdoKubun.KEIZOKU,
            "介護保険法第13条第1項（住所地特例対象施設に入所し住所を変更した者は、従前の市町村の被保険者）"),
    /** 住所地特例による転出: 施設の市町村に住所を移しても、この市町村の被保険者のまま. */
    JUSHOCHI_TOKUREI_TENSHUTSU("jushochi_tokurei_tenshutsu", "転出（住所地特例により資格継続）", IdoKubun.KEIZOKU,
            "介護保険法第13条第1項（住所地特例: 従前の住所地の市町村が行う介護保険の被保険者とする）"),
    /**
     * 住所地特例の適用 filed after the 転出 had already ended the qualification: it is taken up again from the 喪失日,
     * so that no day is left uncovered (the 転出 entry stays as it was: history, never overwrite).
     */
    JUSHOCHI_TOKUREI_KAIFUKU("jushochi_tokurei_kaifuku", "住所地特例の適用（転出による喪失から継続）", IdoKubun.SHUTOKU,
            "介護保険法第13条第1項（住所地特例対象施設に入所し住所を変更した者は、従前の市町村の被保険者）"),
    /** 住所地特例の終了 (施設を退所し施設の外に住所を定めた): 退所日の翌日に喪失. */
    JUSHOCHI_TOKUREI_SHURYO("jushochi_tokurei_shuryo", "住所地特例の終了（施設を退所）", IdoKubun.SOSHITSU,
            "介護保険法第13条第1項・第11条第1項（住所地特例対象施設を退所した日の翌日から）"),
    /** 適用除外施設に入所: 入所日の翌日に喪失. */
    TEKIYO_JOGAI_NYUSHO("tekiyo_jogai_nyusho", "適用除外施設に入所", IdoKubun.SOSHITSU,
            "介護保険法施行法第11条・介護保険法施行規則第170条（適用除外施設の入所者は当分の間被保険者としない）; 喪失日は入所日の翌日（第11条に倣う。推定）"),
    /** 適用除外施設を退所: 退所日に取得. */
    TEKIYO_JOGAI_TAISHO("tekiyo_jogai_taisho", "適用除外施設を退所", IdoKubun.SHUTOKU,
            "介護保険法施行法第11条・介護保険法第10条（適用除外に該当しなくなった日に取得）");

    private final JiyuTeigi teigi;

    ShikakuJiyu(String code, String nameJa, IdoKubun kubun, String legalBasis) {
        this.teigi = new JiyuTeigi(code, nameJa, kubun, legalBasis);
    }

    @Override
    public JiyuTeigi teigi() {
        return teigi;
    }

    public static ShikakuJiyu of(String code) {
        return ShikakuIdoJiyu.of(ShikakuJiyu.class, code);
    }
}
