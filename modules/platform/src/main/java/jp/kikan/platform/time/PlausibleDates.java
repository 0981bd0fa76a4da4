package jp.kikan.platform.time;

import java.time.LocalDate;

/**
 * The one range every date a service is given must fall in, whatever the field (生年月日, 異動日, 届出日,
 * 基準日, 支援措置の開始日 …): from 1868-01-01 to 2999-12-31.
 *
 * <p>Why these bounds: nothing a 住民記録 records happened before 明治 (the 元号 table starts there, 住民基本台帳法
 * is of 昭和42年, and no living person was born before 1868), and nothing is planned beyond 2999 (a 転出予定日,
 * an 在留期間の満了日 or a 支援措置の終了予定日 is at most years ahead). A date outside is a typing or encoding
 * error — year 0000 from an empty field, 20244-01-01 from a slip — and storing it would put a date no
 * certificate can print into a legal record. One range for every field keeps the rule in one place;
 * whether a date may be in the future is each rule's own business (a 転入 may not, a 転出予定日 may).
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1868, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private PlausibleDates() {
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
