// How the 介護保険課 screens show 年度, dates, amounts and states (core/display.js, with this department's 年度,
// the 負担割合's 年度 and the certification's deadlines).

import { h } from '../core/dom.js';
import { nendoLabel, nendoRange, nenLabel, wareki } from '../core/display.js';

export { dateCell, dl, formatSagaku, formatYen, nameBlock, nenLabel, nendoLabel, nendoOption, nichiji, normalizeBango, wareki,
  yenCell } from '../core/display.js';

/**
 * The 年度 the screens offer: those the service's parameters cover — the 第9期 段階表 of the demo city and the national
 * 負担割合 bounds, 令和6〜8年度 (modules/long-term-care parameters/kaigo/); the 保険料's 年度 runs from 4月1日.
 */
export const NENDO_FIRST = 2024;
export const NENDO_LAST = 2026;
export const { NENDO_CHOICES, defaultNendo } = nendoRange(NENDO_FIRST, NENDO_LAST);

/** The 負担割合's 年度 runs from 8月1日 to 7月31日: 令和7年度（令和7年8月〜翌年7月）. */
export function futanNendoOption(year) {
  return [String(year), `${nendoLabel(year)}（${nenLabel(year)}8月〜翌年7月）`];
}

/** A period of two dates: 令和8年11月10日〜令和9年5月31日. */
export function kikanText(from, to) {
  if (!from && !to) return '';
  return `${wareki(from) || ''}〜${wareki(to) || ''}`;
}

/** Whether the person is a 第1号被保険者 on the service's 業務日付, as a badge. */
export function hihokenshaBadge(insured) {
  return insured
    ? h('span', { class: 'badge kaigo-dai1go' }, '第1号被保険者')
    : h('span', { class: 'badge kaigo-nashi' }, '被保険者でない');
}

/** 第4段階 as a badge. */
export function dankaiBadge(dankai, attrs = {}) {
  return h('span', { class: 'badge dankai', ...attrs }, `第${dankai}段階`);
}

/** Days left until a deadline, or how far past it: あと9日 / 今日が期限 / 12日超過. */
export function nokoriText(n) {
  if (n > 0) return `あと${n}日`;
  if (n === 0) return '今日が期限';
  return `${-n}日超過`;
}
