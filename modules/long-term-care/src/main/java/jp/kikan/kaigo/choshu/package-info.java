/**
 * 介護保険料の徴収 (第1号被保険者) — plain Java, no framework: how a version's annual amount is collected. 普通徴収 over the
 * insurer's 納期 (介護保険法第133条: 条例で定める), the rest of the rounding on the first 期, a 更正 keeping the 期 already
 * due and splitting the rest again (the platform's KibetsuBunkatsu / KibetsuKosei); 特別徴収 from the pension (第131条・
 * 第134条〜第140条): 仮徴収 in 4・6・8月 of the previous February's amount, 本徴収 in 10・12・2月 of (年額 − 仮徴収額) ÷ 3,
 * and 普通徴収 for those who became 第1号被保険者 during the 年度 or whose pension is under the national bound. Months,
 * bounds and rounding are dated parameters; every decision is in the 算定根拠.
 */
package jp.kikan.kaigo.choshu;
