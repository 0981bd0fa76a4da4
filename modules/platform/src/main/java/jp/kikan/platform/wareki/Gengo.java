package jp.kikan.platform.wareki;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One 元号 (era name) and the first day it applies.
 *
 * <p>The 元号 table is data (see {@code gengo.csv}) because 住民記録システム標準仕様書 requires that a
 * 元号 change be handled by parameter, not by a program change (第1.0版 第3章 §1.3.6, extract GitHub
 * AkihiraYOSHIMOTO/jyuki-stnd doc/j280.txt @1e87b02b).
 *
 * @param name         the 元号 in kanji, e.g. 令和
 * @param romaji       romanised name, e.g. Reiwa
 * @param abbreviation one-letter abbreviation used in numeric notation, e.g. R
 * @param start        first day (西暦) of the era
 */
public record Gengo(String name, String romaji, String abbreviation, LocalDate start) {

    public Gengo {
        requireText(name, "name");
        requireText(romaji, "romaji");
        requireText(abbreviation, "abbreviation");
        Objects.requireNonNull(start, "start");
        name = name.strip();
        romaji = romaji.strip();
        abbreviation = abbreviation.strip();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("元号 " + what + " must not be blank");
        }
    }
}
