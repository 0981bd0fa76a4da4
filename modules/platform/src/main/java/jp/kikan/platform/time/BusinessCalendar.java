package jp.kikan.platform.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The business date (業務日付) is apart from the clock: 処理日 is the business date, which an operator
 * can pin (for a 締め, a rehearsal or a test) while timestamps stay real.
 */
public interface BusinessCalendar {

    /** 業務日付: 処理日 of every record written now. */
    LocalDate today();

    /** The real time, for timestamps (処理日時, access log). */
    Instant now();
}
