package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age on a given day. By 年齢計算ニ関スル法律 (明治35年法律第50号) and 民法第143条 a person reaches an age at the
 * end of the day before the birthday, so someone born on 1月1日 is already a year older on 12月31日 (this is why
 * municipal pages say e.g. 「昭和35年1月1日以前生まれ」 for 65歳以上 on 12月31日 of 令和6年).
 */
public final class NenreiPolicy {

    private NenreiPolicy() {
    }

    public static int nenrei(LocalDate seinengappi, LocalDate kijunbi) {
        return Period.between(seinengappi, kijunbi.plusDays(1)).getYears();
    }
}
