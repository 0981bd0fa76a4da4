package jp.kikan.chihozei.keijidoshazei.domain;

import java.util.Optional;

/**
 * 車種区分 of 軽自動車税（種別割）: the rows of the rate table of 地方税法第463条の15第1項 (原動機付自転車 by 総排気量,
 * 軽自動車 二輪・三輪・四輪 乗用/貨物 × 自家用/営業用, 小型特殊自動車, 二輪の小型自動車). The code is the contract's
 * {@code shashu_kubun}. {@link #GENTSUKI} is a 原付 entered without its band: its 総排気量 decides the band.
 */
public enum ShashuKubun implements Kodo {
    GENTSUKI("gentsuki", "原動機付自転車（総排気量で区分）", Rui.GENTSUKI),
    GENTSUKI_50("gentsuki_50", "原動機付自転車 50cc以下（第一種）", Rui.GENTSUKI),
    GENTSUKI_90("gentsuki_90", "原動機付自転車 50cc超90cc以下（第二種乙）", Rui.GENTSUKI),
    GENTSUKI_125("gentsuki_125", "原動機付自転車 90cc超125cc以下（第二種甲）", Rui.GENTSUKI),
    MINICAR("minicar", "ミニカー", Rui.GENTSUKI),
    KEI_NIRIN("kei_nirin", "軽自動車 二輪（125cc超250cc以下）", Rui.NIRIN),
    NIRIN_KOGATA("nirin_kogata", "二輪の小型自動車（250cc超）", Rui.NIRIN),
    KOGATA_TOKUSHU_NOKO("kogata_tokushu_noko", "小型特殊自動車 農耕作業用", Rui.KOGATA_TOKUSHU),
    KOGATA_TOKUSHU_SONOTA("kogata_tokushu_sonota", "小型特殊自動車 その他", Rui.KOGATA_TOKUSHU),
    SANRIN("sanrin", "軽自動車 三輪", Rui.SANRIN_IJO),
    YONRIN_JOYO_JIKAYO("yonrin_joyo_jikayo", "軽自動車 四輪以上 乗用 自家用", Rui.SANRIN_IJO),
    YONRIN_JOYO_EIGYOYO("yonrin_joyo_eigyoyo", "軽自動車 四輪以上 乗用 営業用", Rui.SANRIN_IJO),
    YONRIN_KAMOTSU_JIKAYO("yonrin_kamotsu_jikayo", "軽自動車 四輪以上 貨物 自家用", Rui.SANRIN_IJO),
    YONRIN_KAMOTSU_EIGYOYO("yonrin_kamotsu_eigyoyo", "軽自動車 四輪以上 貨物 営業用", Rui.SANRIN_IJO);

    /** The group a class belongs to: only 三輪以上 have the 旧税率, the 経年車重課 and the グリーン化特例. */
    public enum Rui { GENTSUKI, NIRIN, KOGATA_TOKUSHU, SANRIN_IJO }

    private final String code;
    private final String nameJa;
    private final Rui rui;

    ShashuKubun(String code, String nameJa, Rui rui) {
        this.code = code;
        this.nameJa = nameJa;
        this.rui = rui;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String nameJa() {
        return nameJa;
    }

    public Rui rui() {
        return rui;
    }

    /** 三輪以上の軽自動車: the classes with the 旧税率, the 経年車重課 and the グリーン化特例. */
    public boolean sanrinIjo() {
        return rui == Rui.SANRIN_IJO;
    }

    public static Optional<ShashuKubun> of(String code) {
        return Kodo.of(ShashuKubun.class, code);
    }
}
