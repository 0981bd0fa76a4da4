// A 介護保険料 as the service computed it (ShisanKekka, also each 賦課 version's kekka): the 賦課額 and the 所得段階 first,
// then how it came about — 段階判定の所得, 基準額 × 乗率 (公費軽減後), the 年額 after rounding, the months (月割) — the
// reasons the service gives for the 段階, and the 算定根拠. Only values the service returned are shown; nothing is
// recomputed here.

import { h } from '../core/dom.js';
import { konkyoList } from '../core/konkyo.js';
import { contractLabel } from './codes.js';
import { dankaiBadge, formatYen, nendoLabel, yenCell } from './format.js';

/** 第4段階（全13段階） */
export function dankaiText(k) {
  return `第${k.dankai}段階（全${k.dankai_su}段階）`;
}

/** 0.9, or 0.455 → 公費軽減後 0.285 */
export function jyoritsuText(k) {
  return k.keigen_jyoritsu ? `${k.jyoritsu} → 公費軽減後 ${k.keigen_jyoritsu}` : k.jyoritsu;
}

/** The 賦課額 and the 段階, large: what the clerk tells the citizen first. */
export function nengakuBox(k) {
  return h('div', { class: 'nenzeigaku' },
    h('span', { class: 'nenzeigaku-label' }, `${nendoLabel(k.nendo)} 介護保険料（第1号被保険者）`),
    h('strong', { 'data-testid': 'kaigo-nengaku' }, formatYen(k.nengaku)),
    dankaiBadge(k.dankai, { 'data-testid': 'dankai' }),
    h('span', { class: 'nenzeigaku-parts' }, `${dankaiText(k)}・${k.tsukisu}か月分・月額 ${formatYen(k.tsukigaku)}`));
}

/** From the 判定 to the 賦課額, one row per step. */
export function keisanTable(k) {
  const row = (label, value, attrs = {}) => h('tr', attrs, h('th', { scope: 'row' }, label), value);
  const text = (v, attrs = {}) => h('td', { class: 'num', ...attrs }, v);
  return h('table', { class: 'list amounts kaigo-keisan', 'data-testid': 'kaigo-keisan' },
    h('caption', {}, '保険料の計算'),
    h('tbody', {},
      row('段階判定の所得', yenCell(k.hantei_shotoku, { 'data-testid': 'hantei-shotoku' })),
      row('所得段階', text(dankaiText(k), { 'data-testid': 'dankai-text' })),
      row('保険料基準額（年額）', yenCell(k.kijungaku)),
      row('乗率', text(jyoritsuText(k), { 'data-testid': 'jyoritsu' })),
      row('保険料の年額（公費軽減・端数処理の後）', yenCell(k.hokenryo_nengaku, { 'data-testid': 'hokenryo-nengaku' })),
      row('賦課する月数（月割）', text(`${k.tsukisu}か月`, { 'data-testid': 'tsukisu' })),
      row('賦課額（月割の後）', yenCell(k.nengaku), { class: 'total' }),
      row('月額（年額÷12、参考）', yenCell(k.tsukigaku)),
      row('用いたパラメータ', h('td', {}, contractLabel('parameter_set', k.parameter_set)))));
}

/** Why this 段階 and amount: the service's sentences. */
export function riyuBox(k) {
  if (!k.riyu?.length) return null;
  return h('section', { class: 'riyu', 'data-testid': 'riyu' },
    h('h3', {}, 'この段階・額になった理由'),
    h('ul', {}, k.riyu.map((r) => h('li', {}, r))));
}

/** The whole result; `konkyoOpen` unfolds the 算定根拠 (試算), closed in the history. */
export function kekkaView(k, { konkyoOpen = false, konkyoTitle } = {}) {
  return h('div', { class: 'kaigo-kekka' },
    nengakuBox(k),
    h('div', { class: 'uchiwake-grid' }, keisanTable(k), riyuBox(k)),
    konkyoList(k.santei_konkyo, { open: konkyoOpen, title: konkyoTitle }));
}
