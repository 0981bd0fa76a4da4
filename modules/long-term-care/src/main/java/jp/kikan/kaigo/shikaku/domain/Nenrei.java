package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;

/**
 * 年齢の計算 (年齢計算ニ関スル法律 第1項・第2項, 民法第143条): age counts from the day of birth, so one reaches an age at
 * the end of the day before the birthday — the 到達日 is the day before the birthday. A 29 February birthday in a
 * common year has no 応当日: the period ends on the last day of February (民法第143条第2項ただし書), so the 到達日
 * is 28 February (not the 27th that "the day before 28 February" would give). The count is the platform's
 * ({@link jp.kikan.platform.time.Nenrei}); this class names the ages of 介護保険.
 */
public final class Nenrei {

    /** 第1号被保険者 (介護保険法第9条第1号): 65歳以上. */
    public static final int DAI1GO = 65;

    /** 第2号被保険者 (介護保険法第9条第2号): 40歳以上65歳未満. */
    public static final int DAI2GO = 40;

    private Nenrei() {
    }

    /** The day {@code age} is reached (到達日; the platform's count, shared with health insurance). */
    public static LocalDate totatsubi(LocalDate seinengappi, int age) {
        return jp.kikan.platform.time.Nenrei.tassuruHi(seinengappi, age);
    }

    /** The 40歳到達日, or null when the birth date is unknown. */
    public static LocalDate dai2goTotatsubi(LocalDate seinengappi) {
        return seinengappi == null ? null : totatsubi(seinengappi, DAI2GO);
    }

    /** The 65歳到達日, or null when the birth date is unknown. */
    public static LocalDate dai1goTotatsubi(LocalDate seinengappi) {
        return seinengappi == null ? null : totatsubi(seinengappi, DAI1GO);
    }
}
