package jp.kikan.chihozei.keijidoshazei.domain;

import java.util.Optional;

/**
 * グリーン化特例（軽課）の区分 the vehicle meets, as shown by its 自動車検査証 / 排出ガス・燃費 ステッカー: 電気自動車等
 * (概ね75%軽減), 令和12年度燃費基準90%達成 (概ね50%), 70%達成 (概ね25%). Whether it lowers the tax of a 年度 — and by how much —
 * is the parameters' ({@code green_tokurei}): only the 年度 after the 新規検査, for the classes of that 年度's table.
 */
public enum GreenKubun implements Kodo {
    NASHI("nashi", "該当なし"),
    DENKI_TO("denki_to", "電気自動車等（電気・燃料電池・天然ガス）"),
    NENPI_90("nenpi_90", "令和12年度燃費基準90%達成"),
    NENPI_70("nenpi_70", "令和12年度燃費基準70%達成");

    private final String code;
    private final String nameJa;

    GreenKubun(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String nameJa() {
        return nameJa;
    }

    public static Optional<GreenKubun> of(String code) {
        return Kodo.of(GreenKubun.class, code);
    }
}
