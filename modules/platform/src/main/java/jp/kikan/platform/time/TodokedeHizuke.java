package jp.kikan.platform.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * The dates of a 届出 or 異動 a clerk records: the date of the fact ({@code idonengappi}) and the day it was reported
 * ({@code todokedenengappi}, the business date where the request leaves it out), each written as 和暦 or 西暦
 * ({@link WarekiCalendar}); neither may be after the business date — a 届出 reports what happened.
 *
 * @param idobi      異動年月日
 * @param todokedebi 届出年月日
 */
public record TodokedeHizuke(LocalDate idobi, LocalDate todokedebi) {

    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    /**
     * The request's dates, refused (422, E0004) when one is not a date of the calendar or is after {@code today}.
     *
     * @param refusal how the refusal of a later date ends (「業務日付 … より後の日付は{refusal}」)
     */
    public static TodokedeHizuke of(JsonNode r, LocalDate today, String refusal) {
        LocalDate d = date(r.get("idonengappi").asText(), "idonengappi");
        LocalDate todokedebi = r.hasNonNull("todokedenengappi") ? date(r.get("todokedenengappi").asText(), "todokedenengappi")
                : today;
        if (d.isAfter(today) || todokedebi.isAfter(today)) {
            throw new RuleViolationException("date-future", d.isAfter(today) ? "idonengappi" : "todokedenengappi",
                    StandardErrorCode.E0004, "業務日付 " + today + " より後の日付は" + refusal);
        }
        return new TodokedeHizuke(d, todokedebi);
    }

    /** A date of a request field, 和暦 or 西暦, refused (422, E0004) when the calendar has no such day. */
    public static LocalDate date(String text, String field) {
        try {
            return CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", field, StandardErrorCode.E0004,
                    "「" + text + "」は暦に存在しない日付です（" + e.getMessage() + "）");
        }
    }
}
