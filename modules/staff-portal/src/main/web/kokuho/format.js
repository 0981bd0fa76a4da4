// How the 保険年金課 screens show 年度, dates, amounts and states (core/display.js, with this department's 年度).

import { h } from '../core/dom.js';
import { nendoRange } from '../core/display.js';

export { dateCell, dl, formatSagaku, formatYen, nameBlock, nenLabel, nendoLabel, nendoOption, nichiji, normalizeBango, wareki,
  yenCell } from '../core/display.js';

/**
 * The 年度 the screens offer: those the service's 国民健康保険税 parameters cover (令和5〜8年度,
 * modules/national-health-insurance parameters/kokuho/); the 国保税's 年度 runs from 4月1日 (賦課期日, 地方税法第706条の2).
 */
export const NENDO_FIRST = 2023;
export const NENDO_LAST = 2026;
export const { NENDO_CHOICES, defaultNendo } = nendoRange(NENDO_FIRST, NENDO_LAST);

/** Whether the person is insured on the service's 業務日付, as a badge. */
export function hihokenshaBadge(insured) {
  return insured
    ? h('span', { class: 'badge kokuho-kanyu' }, '国保被保険者')
    : h('span', { class: 'badge kokuho-nashi' }, '被保険者でない');
}
