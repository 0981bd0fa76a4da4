package jp.kikan.kokuho.shikaku.domain;

import jp.kikan.platform.shikaku.IdoKubun;
import jp.kikan.platform.shikaku.JiyuTeigi;
import jp.kikan.platform.shikaku.ShikakuIdoJiyu;

/**
 * 資格異動事由 (standard-specs/national-health-insurance/code-tables.yaml shikaku_ido_jiyu; official codes unknown):
 * each with the 異動 it causes and the articles of 国民健康保険法 behind the date (as restated by 広島市
 * https://www.city.hiroshima.lg.jp/soshiki/71/3083.html and 山梨県国保連 https://ymnkokuho.or.jp/sp/howto/page.php?mid=10014).
 */
public enum ShikakuJiyu implements ShikakuIdoJiyu {
    /** 転入: 住所を有するに至った日 (転入日) に取得. */
    TENNYU("tennyu", "転入", IdoKubun.SHUTOKU, "国民健康保険法第5条・第7条（住所を有するに至った日に取得）"),
    /** 出生: 出生日に取得. */
    SHUSSEI("shussei", "出生", IdoKubun.SHUTOKU, "国民健康保険法第5条・第7条（出生日に取得）"),
    /** 社保喪失: 社会保険の資格喪失日 (退職日の翌日) に取得. */
    SHAHO_SOSHITSU("shaho_soshitsu", "社会保険の喪失", IdoKubun.SHUTOKU,
            "国民健康保険法第6条・第7条（適用除外に該当しなくなった日に取得）"),
    /** 生活保護の廃止: 廃止日に取得. */
    SEIKATSU_HOGO_HAISHI("seikatsu_hogo_haishi", "生活保護の廃止", IdoKubun.SHUTOKU,
            "国民健康保険法第6条・第7条（保護を受けなくなった日に取得）"),
    /** 転出 (職権消除を含む): 住所を有しなくなった日の翌日に喪失. */
    TENSHUTSU("tenshutsu", "転出", IdoKubun.SOSHITSU, "国民健康保険法第8条（住所を有しなくなった日の翌日に喪失）"),
    /** 死亡: 死亡日の翌日に喪失. */
    SHIBO("shibo", "死亡", IdoKubun.SOSHITSU, "国民健康保険法第8条（死亡日の翌日に喪失）"),
    /** 社保加入: 他の保険の加入日の翌日に喪失. */
    SHAHO_KANYU("shaho_kanyu", "社会保険の加入", IdoKubun.SOSHITSU,
            "国民健康保険法第6条・第8条（適用除外に該当するに至った日の翌日に喪失）"),
    /** 生活保護の開始: 開始日に喪失. */
    SEIKATSU_HOGO_KAISHI("seikatsu_hogo_kaishi", "生活保護の開始", IdoKubun.SOSHITSU,
            "国民健康保険法第6条・第8条（保護を受け始めた日に喪失）"),
    /** 75歳到達 (後期高齢者医療): 75歳の誕生日当日に喪失. */
    KOKI_KOREI("koki_korei", "後期高齢者医療の加入（75歳到達）", IdoKubun.SOSHITSU,
            "国民健康保険法第6条・第8条（後期高齢者医療の被保険者となった日に喪失）; 75歳の誕生日当日 — 神戸市 FAQ https://faq.city.kobe.lg.jp/print/faq/1707?site_domain=default"),
    /** 県内の住所異動: 都道府県が保険者 (平成30年度〜) のため資格は継続し、記録だけ残す. */
    KENNAI_IDO("kennai_ido", "県内転居（資格継続）", IdoKubun.KEIZOKU, "国民健康保険法第5条（都道府県の区域内に住所を有する者）");

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
