package jp.kikan.chihozei.keijidoshazei.domain;

import java.util.Optional;

/**
 * 燃料の種類 as on the 自動車検査証: what decides the exemptions from the 経年車重課 (電気, 天然ガス, メタノール,
 * 混合メタノール, ガソリン・電力併用 = hybrid; the parameter {@code jukazei_jogai_nenryo} lists them with its article). The code is the contract's {@code nenryo}.
 */
public enum Nenryo implements Kodo {
    GASOLINE("gasoline", "ガソリン"),
    KEIYU("keiyu", "軽油"),
    LPG("lpg", "LPG"),
    DENKI("denki", "電気"),
    TENNEN_GAS("tennen_gas", "天然ガス"),
    METHANOL("methanol", "メタノール"),
    KONGO_METHANOL("kongo_methanol", "混合メタノール"),
    GASOLINE_DENRYOKU("gasoline_denryoku", "ガソリン・電力（ハイブリッド）"),
    SONOTA("sonota", "その他");

    private final String code;
    private final String nameJa;

    Nenryo(String code, String nameJa) {
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

    public static Optional<Nenryo> of(String code) {
        return Kodo.of(Nenryo.class, code);
    }
}
