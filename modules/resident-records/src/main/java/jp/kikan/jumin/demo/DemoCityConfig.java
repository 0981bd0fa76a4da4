package jp.kikan.jumin.demo;

import java.util.Objects;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;

/**
 * What to generate.
 *
 * @param lgCode 全国地方公共団体コード (6 digits, valid check digit); the default 999997 is fictional (prefix 99 is
 *     no prefecture)
 * @param todofuken 都道府県 (≤ 4 characters, the column width)
 * @param shikugunchosonmei 市区郡町村名 (≤ 12 characters)
 * @param residents number of residents, 1 … 1,000,000 (meant for 1,000 … 1,000,000)
 * @param seed the same seed always gives the same city
 */
public record DemoCityConfig(String lgCode, String todofuken, String shikugunchosonmei, int residents, long seed) {

    public static final String DEFAULT_LG_CODE = "999997";
    public static final String DEFAULT_TODOFUKEN = "架空県";
    public static final String DEFAULT_SHIKUGUNCHOSONMEI = "みなみ市";
    public static final long DEFAULT_SEED = 20261125L;
    public static final int MAX_RESIDENTS = 1_000_000;

    public DemoCityConfig {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(todofuken, "todofuken");
        Objects.requireNonNull(shikugunchosonmei, "shikugunchosonmei");
        if (!ChihoKokyoDantaiCode.isValid(lgCode)) {
            throw new IllegalArgumentException("not a valid 全国地方公共団体コード: " + lgCode);
        }
        if (todofuken.isBlank() || todofuken.codePointCount(0, todofuken.length()) > 4) {
            throw new IllegalArgumentException("todofuken must be 1–4 characters: " + todofuken);
        }
        if (shikugunchosonmei.isBlank() || shikugunchosonmei.codePointCount(0, shikugunchosonmei.length()) > 12) {
            throw new IllegalArgumentException("shikugunchosonmei must be 1–12 characters: " + shikugunchosonmei);
        }
        if (residents < 1 || residents > MAX_RESIDENTS) {
            throw new IllegalArgumentException("residents must be 1 … " + MAX_RESIDENTS + ": " + residents);
        }
    }

    /** 架空県みなみ市 (999997) with the given size and seed. */
    public static DemoCityConfig demoCity(int residents, long seed) {
        return new DemoCityConfig(DEFAULT_LG_CODE, DEFAULT_TODOFUKEN, DEFAULT_SHIKUGUNCHOSONMEI, residents, seed);
    }
}
