package jp.kikan.kaigo.choshu;

import java.time.LocalDate;

/**
 * What the collection of a 年度's premium depends on besides the amount.
 *
 * @param kijunbiHihokensha a 第1号被保険者 on the 基準日, 4月1日 of the 年度 (介護保険法第134条)
 * @param shutokubi         the 資格取得日 during the 年度 of one who was not insured on the 基準日, else null
 * @param soshitsubi        the 資格喪失日 during the 年度, else null (the 特別徴収 stops: 下呂市)
 * @param tsuchi            the pension insurer's notice for the 年度, or null
 * @param zennendoNigatsu   the 特別徴収 of the previous 年度's February as this service assessed it, or null
 */
public record ChoshuJokyo(int nendo, boolean kijunbiHihokensha, LocalDate shutokubi, LocalDate soshitsubi,
        TokubetsuChoshuTsuchi tsuchi, Long zennendoNigatsu) {
}
