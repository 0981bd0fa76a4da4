package jp.kikan.jumin.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The business date (業務日付) is apart from the clock: 処理日 is the business date, which an
 * operator can pin (e.g. for a 締め or a rehearsal) while timestamps stay real.
 */
public interface BusinessCalendar {

    LocalDate today();

    Instant now();
}
