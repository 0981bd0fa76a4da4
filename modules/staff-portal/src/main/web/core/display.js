// How the department screens show 年度, dates, amounts, names and numbers: written once for 保険年金課 and
// 介護保険課 (each department's format.js adds its own 年度 range and badges). 和暦 from the standard's 元号 table,
// kept with resident records' code tables.

import { CODE_TABLES } from '../generated/code-tables.js';
import { h } from './dom.js';
import { formatSagaku, formatYen } from './kingaku.js';
import { eraTable, formatNen, formatNendo, formatWareki, todayIso } from './wareki.js';

/** The 元号 rows for 和暦: the standard's table, kept with resident records'. */
export const GENGO = CODE_TABLES['resident-records'].gengo.values;
const ERAS = eraTable(GENGO);

export const wareki = (iso) => formatWareki(iso, ERAS);
export const nendoLabel = (year) => formatNendo(year, ERAS);
export const nenLabel = (year) => formatNen(year, ERAS);
export { formatSagaku, formatYen };

/**
 * The 年度 a department offers (those its service's parameters cover; the API does not list them and refuses another
 * anyway) and the one a clerk works on by default: a 年度 runs from 4月1日, so in January–March it is the previous
 * year's, within the range.
 */
export function nendoRange(first, last) {
  const choices = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  const defaultNendo = (today = todayIso()) => {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    return Math.min(last, Math.max(first, m >= 4 ? y : y - 1));
  };
  return { NENDO_CHOICES: choices, defaultNendo };
}

/** 年度 with the income year it is judged on: 令和7年度（令和6年分の所得）. */
export function nendoOption(year) {
  return [String(year), `${nendoLabel(year)}（${nenLabel(year - 1)}分の所得）`];
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

/** 全角 digits and separators typed from a paper form (１２３-４５６) → 123456. */
export function normalizeBango(text) {
  return String(text || '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/[\s\u3000\-－ー‐]/g, '');
}
