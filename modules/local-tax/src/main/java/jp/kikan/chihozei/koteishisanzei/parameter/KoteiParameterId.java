package jp.kikan.chihozei.koteishisanzei.parameter;

import java.util.Optional;

/** The parameters of 固定資産税・都市計画税, by the key of the parameter files, and who may set them. */
public enum KoteiParameterId {
    /** 標準税率 1.4% (地方税法第350条第1項); a municipality's own rate is {@link #ZEIRITSU}. */
    HYOJUN_ZEIRITSU("hyojun_zeiritsu", Scope.NATIONAL),
    /** The municipality's 固定資産税 rate (条例), when it is not the standard one. */
    ZEIRITSU("zeiritsu", Scope.MUNICIPALITY),
    /** 都市計画税の制限税率 0.3% (地方税法第702条の4). */
    TOSHI_KEIKAKU_SEIGEN_ZEIRITSU("toshi_keikaku_seigen_zeiritsu", Scope.NATIONAL),
    /** The municipality's 都市計画税 rate (条例; none = no 都市計画税). */
    TOSHI_KEIKAKU_ZEIRITSU("toshi_keikaku_zeiritsu", Scope.MUNICIPALITY),
    KAZEI_HYOJUN_HASU("kazei_hyojun_hasu", Scope.NATIONAL),
    ZEIGAKU_HASU("zeigaku_hasu", Scope.NATIONAL),
    MENZEITEN("menzeiten", Scope.NATIONAL),
    JUTAKU_YOCHI_TOKUREI("jutaku_yochi_tokurei", Scope.NATIONAL),
    FUTAN_CHOSEI_JUTAKU("futan_chosei_jutaku", Scope.NATIONAL),
    FUTAN_CHOSEI_SHOGYO("futan_chosei_shogyo", Scope.NATIONAL),
    SHINCHIKU_JUTAKU_GENGAKU("shinchiku_jutaku_gengaku", Scope.NATIONAL),
    /** 償却資産の評価: 減価率表 (固定資産評価基準 別表第15) and the 最低限度 (取得価額の5%). */
    SHOKYAKU_HYOKA("shokyaku_hyoka", Scope.NATIONAL),
    /** 納期 (地方税法第362条: 条例で定める); national default, a municipality sets its own. */
    NOKI("noki", Scope.BOTH),
    /** 賦課決定・更正の期間制限 (地方税法第17条の5): how many years after the 法定納期限 a 年度 may still be assessed. */
    KOSEI_KIKAN("kosei_kikan", Scope.NATIONAL);

    /** Which files may set a parameter. */
    public enum Scope {
        NATIONAL, MUNICIPALITY, BOTH;

        public boolean national() {
            return this != MUNICIPALITY;
        }

        public boolean municipality() {
            return this != NATIONAL;
        }
    }

    private final String key;
    private final Scope scope;

    KoteiParameterId(String key, Scope scope) {
        this.key = key;
        this.scope = scope;
    }

    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    public static Optional<KoteiParameterId> ofKey(String key) {
        for (KoteiParameterId id : values()) {
            if (id.key.equals(key)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
