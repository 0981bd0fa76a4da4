// How 住民課 screens show names, dates, addresses and states.

import { h } from '../core/dom.js';
import { eraTable, formatWareki, todayIso } from '../core/wareki.js';
import { codeLabel, GENGO, zokugaraChoices } from './codes.js';

const ERAS = eraTable(GENGO);

/** 西暦 YYYY-MM-DD → 和暦 (令和6年4月1日), for display; the API's own 和暦 is preferred where it gives one. */
export const wareki = (iso) => formatWareki(iso, ERAS);

/** Today in Japan (YYYY-MM-DD), the default 届出年月日. */
export const today = () => todayIso(new Date(), 'Asia/Tokyo');

export function dateCell(iso) {
  if (!iso) return '';
  return h('span', { class: 'date' }, wareki(iso), h('small', {}, `（${iso}）`));
}

export function birth(p) {
  if (p.seinengappi_wareki) return h('span', { class: 'date' }, p.seinengappi_wareki, p.seinengappi ? h('small', {}, `（${p.seinengappi}）`) : null);
  if (p.seinengappi) return dateCell(p.seinengappi);
  return p.seinengappi_fushohyoki || '不詳';
}

export function jushoText(j) {
  if (!j) return '';
  return [j.jusho_todofuken, j.jusho_shikugunchosonmei, j.jusho_choaza, j.jusho_banchigohyoki].filter(Boolean).join('')
    + (j.jusho_katagaki ? `　${j.jusho_katagaki}` : '');
}

export function nameBlock(p) {
  return h('span', { class: 'name' },
    p.shimei_furigana ? h('span', { class: 'furigana' }, p.shimei_furigana) : null,
    h('span', { class: 'kanji' }, p.shimei));
}

export function jotaiBadge(code) {
  return h('span', { class: `badge jotai-${code}` }, codeLabel('jumin_jotai', code));
}

export function dl(rows) {
  return h('dl', { class: 'details' }, rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** The 続柄 choices as a <datalist> (a clerk may still type a chain such as 子の妻). */
export function zokugaraList(id) {
  return h('datalist', { id }, zokugaraChoices().map((z) => h('option', { value: z })));
}
