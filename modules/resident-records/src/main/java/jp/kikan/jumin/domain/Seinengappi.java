package jp.kikan.jumin.domain;

import java.time.LocalDate;

/**
 * 生年月日. A real date, or — where the standard allows it — a 不詳 notation such as
 * 「昭和20年頃」 kept as text (住民記録 1.0 §1.1 年月日; 項目 生年月日_不詳表記).
 */
public record Seinengappi(LocalDate date, String fushohyoki) {

    public static Seinengappi of(LocalDate date) {
        return new Seinengappi(date, null);
    }

    public boolean isFusho() {
        return date == null;
    }
}
