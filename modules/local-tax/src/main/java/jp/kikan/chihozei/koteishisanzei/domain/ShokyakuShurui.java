package jp.kikan.chihozei.koteishisanzei.domain;

import java.util.Optional;

/**
 * 資産の種類 of the 償却資産申告書 (地方税法第383条; 地方税法施行規則第26号様式 and its 種類別明細書): the six kinds and
 * the code each is declared under.
 */
public enum ShokyakuShurui {
    KOCHIKUBUTSU("1", "構築物"),
    KIKAI_SOCHI("2", "機械及び装置"),
    SENPAKU("3", "船舶"),
    KOKUKI("4", "航空機"),
    SHARYO_UNPANGU("5", "車両及び運搬具"),
    KOGU_KIGU_BIHIN("6", "工具、器具及び備品");

    private final String code;
    private final String nameJa;

    ShokyakuShurui(String code, String nameJa) {
        this.code = code;
        this.nameJa = nameJa;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public static Optional<ShokyakuShurui> ofCode(String code) {
        for (ShokyakuShurui s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
