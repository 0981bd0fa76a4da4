package jp.kikan.jumin.domain.policy;

import java.time.LocalDate;
import jp.kikan.jumin.domain.IdoJiyu;

/**
 * 異動日 may not be after the business date, except for 転出 whose 異動日 is the planned date
 * (住民記録 1.0 §4 異動: 「異動日は処理日以前。ただし転出は転出予定日」). 届出日 is never in the future.
 */
public final class IdobiPolicy {

    private IdobiPolicy() {
    }

    public static boolean isAllowed(IdoJiyu jiyu, LocalDate idobi, LocalDate businessDate) {
        if (idobi == null) {
            return false;
        }
        boolean tenshutsu = jiyu == IdoJiyu.KOKUNAI_TENSHUTSU || jiyu == IdoJiyu.KOKUGAI_TENSHUTSU;
        // a cancellation takes the date of the 異動 it cancels, which may be a future 転出予定日
        return tenshutsu || jiyu.isTorikeshi() || !idobi.isAfter(businessDate);
    }

    public static boolean isTodokedebiAllowed(LocalDate todokedebi, LocalDate businessDate) {
        return todokedebi == null || !todokedebi.isAfter(businessDate);
    }
}
