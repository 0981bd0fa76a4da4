// How 税務課 screens show 年度, dates, amounts and states.

import { h } from '../core/dom.js';
import { formatSagaku, formatYen } from '../core/kingaku.js';
import { eraTable, formatNen, formatNendo, formatNengetsu, formatWareki, todayIso } from '../core/wareki.js';
import { codeLabel, GENGO } from './codes.js';

const ERAS = eraTable(GENGO);

/**
 * The 年度 the screens offer: those the service's parameters cover (令和3〜8年度, its
 * parameters/kojin-juminzei/index.yaml). The API does not list them, so they are named here; a 年度
 * without parameters is refused by the service at the 年度 field anyway.
 */
export const NENDO_FIRST = 2021;
export const NENDO_LAST = 2026;
export const NENDO_CHOICES = Array.from({ length: NENDO_LAST - NENDO_FIRST + 1 }, (_, i) => NENDO_LAST - i);

/** The 年度 a clerk works on by default: this calendar year (賦課期日 1月1日), within the covered range. */
export function defaultNendo(today = todayIso()) {
  const y = Number(today.slice(0, 4));
  return Math.min(NENDO_LAST, Math.max(NENDO_FIRST, y));
}

export const wareki = (iso) => formatWareki(iso, ERAS);
export const nendoLabel = (year) => formatNendo(year, ERAS);
export const nenLabel = (year) => formatNen(year, ERAS);
export const nengetsu = (ym) => formatNengetsu(ym, ERAS);
/** The 賦課期日 of a 年度 (1月1日 of that year, 地方税法第39条・第318条) in 和暦: 令和8年1月1日. */
export const fukakijitsuLabel = (year) => wareki(`${year}-01-01`);
export { formatSagaku, formatYen };

/** The 申告 a 賦課 used: 第N版, or none (version 0: assessed from the 給与・公的年金等支払報告書 alone). */
export function shinkokuLabel(version) {
  return version ? `第${version}版` : 'なし（支払報告書による）';
}

/** 年度 with the income year it taxes: 令和8年度（令和7年分の所得） — clerks think in both. */
export function nendoOption(year) {
  return [String(year), `${nendoLabel(year)}（${nenLabel(year - 1)}分の所得）`];
}

export function dateCell(iso) {
  if (!iso) return '';
  return h('span', { class: 'date' }, wareki(iso), h('small', {}, `（${iso}）`));
}

export function yenCell(n, attrs = {}) {
  return h('td', { class: 'yen', ...attrs }, formatYen(n));
}

/**
 * The names of the two taxes as a notice of this municipality writes them (市民税・県民税, 町民税・県民税,
 * 特別区民税・都民税 …), from the 団体名 the service returns (架空県みなみ市); the contract's 区分
 * (市町村民税 / 道府県民税) when the name does not tell.
 */
export function zeimokuMei(dantaiMei, fallback = {}) {
  const name = dantaiName(dantaiMei);
  const m = /^(北海道|東京都|京都府|大阪府|.{2,3}?県)(.+)$/.exec(name);
  const shi = m && { 市: '市民税', 町: '町民税', 村: '村民税', 区: '特別区民税' }[m[2].slice(-1)];
  const ken = m && `${m[1].slice(-1)}民税`;
  return { shi: shi || fallback.shi || '市町村民税', ken: (shi && ken) || fallback.ken || '道府県民税' };
}

/** The service writes 団体名 as 架空県みなみ市 (999997): the name without the code in brackets. */
export function dantaiName(dantaiMei) {
  return (dantaiMei || '').replace(/\s*[(（][0-9０-９]*[)）]\s*$/, '');
}

/** A name exactly as the service returns it (never normalised: 𠮷, 髙, IVS stay as they are). */
export function nameBlock(p) {
  return h('span', { class: 'name' },
    p.shimei_furigana ? h('span', { class: 'furigana' }, p.shimei_furigana) : null,
    h('span', { class: 'kanji', 'data-testid': 'shimei' }, p.shimei));
}

/** 住民状態: resident records' state, or 住登外 for a taxpayer registered here who lives elsewhere. */
export function juminJotaiLabel(v) {
  return v === 'jutogai' ? '住登外（住民登録なし）' : codeLabel('jumin_jotai', v);
}

export function jotaiBadge(v) {
  return h('span', { class: `badge jotai-${v}` }, juminJotaiLabel(v));
}

export function dl(rows) {
  return h('dl', { class: 'details' }, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}
