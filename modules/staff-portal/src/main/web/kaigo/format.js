// How the 介護保険課 screens show 年度, dates, amounts and states.

import { h } from '../core/dom.js';
import { formatSagaku, formatYen } from '../core/kingaku.js';
import { eraTable, formatNen, formatNendo, formatWareki, todayIso } from '../core/wareki.js';
import { GENGO } from './codes.js';

const ERAS = eraTable(GENGO);

/**
 * The 年度 the screens offer: those the service's parameters cover — the 第9期 段階表 of the demo city and the national
 * 負担割合 bounds, 令和6〜8年度 (modules/long-term-care parameters/kaigo/). The API does not list them; a 年度 without
 * parameters is refused by the service (422 parameter-nashi) anyway.
 */
export const NENDO_FIRST = 2024;
export const NENDO_LAST = 2026;
export const NENDO_CHOICES = Array.from({ length: NENDO_LAST - NENDO_FIRST + 1 }, (_, i) => NENDO_LAST - i);

/** The 年度 a clerk works on by default: the 保険料's 年度 runs from 4月1日, so in January–March it is the previous year's. */
export function defaultNendo(today = todayIso()) {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return Math.min(NENDO_LAST, Math.max(NENDO_FIRST, m >= 4 ? y : y - 1));
}

export const wareki = (iso) => formatWareki(iso, ERAS);
export const nendoLabel = (year) => formatNendo(year, ERAS);
export const nenLabel = (year) => formatNen(year, ERAS);
export { formatSagaku, formatYen };

/** 年度 with the income year its 段階 is judged on: 令和7年度（令和6年分の所得）. */
export function nendoOption(year) {
  return [String(year), `${nendoLabel(year)}（${nenLabel(year - 1)}分の所得）`];
}

/** The 負担割合's 年度 runs from 8月1日 to 7月31日: 令和7年度（令和7年8月〜翌年7月）. */
export function futanNendoOption(year) {
  return [String(year), `${nendoLabel(year)}（${nenLabel(year)}8月〜翌年7月）`];
}

/** A date as clerks read it, 和暦 with the 西暦 beside: 令和7年4月1日（2025-04-01）. */
export function dateCell(iso) {
  if (!iso) return '';
  return h('span', { class: 'date' }, wareki(iso), h('small', {}, `（${iso}）`));
}

/** A date-time (UTC) in Japan's time: 令和8年12月2日 09:30. */
export function nichiji(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '';
  const local = d.toLocaleString('sv-SE', { timeZone: 'Asia/Tokyo' });
  return `${wareki(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** A period of two dates: 令和8年11月10日〜令和9年5月31日. */
export function kikanText(from, to) {
  if (!from && !to) return '';
  return `${wareki(from) || ''}〜${wareki(to) || ''}`;
}

export function yenCell(n, attrs = {}) {
  return h('td', { class: 'yen', ...attrs }, formatYen(n));
}

export function dl(rows) {
  return h('dl', { class: 'details' }, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** A name exactly as the service returns it (never normalised: 𠮷, 髙, IVS stay as they are). */
export function nameBlock(p) {
  return h('span', { class: 'name' },
    p.shimei_furigana ? h('span', { class: 'furigana' }, p.shimei_furigana) : null,
    h('span', { class: 'kanji', 'data-testid': 'shimei' }, p.shimei));
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

/** Days left until a deadline, or how far past it: あと9日 / 今日まで / 12日超過. */
export function nokoriText(n) {
  if (n > 0) return `あと${n}日`;
  if (n === 0) return '今日が期限';
  return `${-n}日超過`;
}

/** 全角 digits and separators typed from a paper form (１２３-４５６) → 123456. */
export function normalizeBango(text) {
  return String(text || '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/[\s\u3000\-－ー‐]/g, '');
}
