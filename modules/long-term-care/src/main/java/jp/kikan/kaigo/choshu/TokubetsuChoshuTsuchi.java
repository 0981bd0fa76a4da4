package jp.kikan.kaigo.choshu;

import java.time.LocalDate;

/**
 * The pension insurer's notice that a person is a 特別徴収対象者 for a 年度 (介護保険法第134条: 年金保険者の通知, 基準日
 * 4月1日), as a clerk entered it — this service holds no pension data of its own.
 *
 * @param nenkinNengaku  the yearly 老齢等年金給付 the notice states
 * @param tsuchibi       the day the notice was received (or the 届出 entered)
 * @param nenkinHokensha the pension insurer (日本年金機構 …), or null
 * @param karichoshuGaku the 仮徴収 of each 期 the insurer set, for a person not withheld in the previous February here
 *                       (a new 特別徴収, or one assessed before this service): null when the previous February decides
 */
public record TokubetsuChoshuTsuchi(long nenkinNengaku, LocalDate tsuchibi, String nenkinHokensha, Long karichoshuGaku) {
}
