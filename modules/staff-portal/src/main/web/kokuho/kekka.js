// A 国民健康保険税 as the service computed it (ShisanKekka, also each 賦課 version's kekka): the 年税額 first, the
// 医療分・後期高齢者支援金分・介護納付金分 with 所得割・均等割・平等割, the 軽減 and the 限度額 per period of months,
// the 軽減 judgement, and the 算定根拠. Only values the service returned are shown; nothing is recomputed here.

import { h } from '../core/dom.js';
import { konkyoList } from '../core/konkyo.js';
import { codeLabel, contractLabel } from './codes.js';
import { dateCell, formatYen, yenCell } from './format.js';

/** 4月〜3月 (12か月): the months of a period as the 年度 counts them. */
export function kikanLabel(k) {
  return k.tsuki_kara === k.tsuki_made ? `${k.tsuki_kara}月（${k.tsukisu}か月）` : `${k.tsuki_kara}月〜${k.tsuki_made}月（${k.tsukisu}か月）`;
}

const minus = (n) => (n ? `−${formatYen(n)}` : '—');

/** The 年税額 and its parts, large: what the clerk tells the citizen first. */
export function nengakuBox(k) {
  return h('div', { class: 'nenzeigaku' },
    h('span', { class: 'nenzeigaku-label' }, `${k.nendo_label || ''} 国民健康保険税 年税額`),
    h('strong', { 'data-testid': 'kokuho-nengaku' }, formatYen(k.nengaku)),
    h('span', { class: 'nenzeigaku-parts' }, (k.kubun || []).map((b, i) => [i ? ' ＋ ' : '', `${kubunMei(b)} ${formatYen(b.nengaku)}`])));
}

function kubunMei(b) {
  return codeLabel('hokenzei_kubun', b.kubun) || b.kubun_mei;
}

// the rows of the table: [label, value of a period, kind] — kind yen / minus (a reduction) / text
const ROWS = [
  ['期間', (p) => kikanLabel(p), 'text'],
  ['被保険者数（月末）', (p) => `${p.hihokenshasu}人`, 'text'],
  ['所得割額', (p) => p.shotokuwari, 'yen'],
  ['均等割額', (p) => p.kintowari, 'yen'],
  ['均等割の軽減', (p) => p.kintowari_keigen, 'minus'],
  ['未就学児の均等割軽減', (p) => p.mishugakuji_keigen, 'minus'],
  ['平等割額', (p) => p.byodowari, 'yen'],
  ['平等割の軽減', (p) => p.byodowari_keigen, 'minus'],
  ['計（限度額の前）', (p) => p.gokei, 'yen'],
  ['賦課限度額', (p) => p.gendogaku, 'gendo'],
  ['年額（限度額の後）', (p) => p.nengaku_soto, 'yen'],
];

/**
 * 医療分・後期高齢者支援金分・介護納付金分 side by side, as a notice lays them out: per 区分 (and per period of months
 * when the household changed during the 年度) 所得割・均等割・平等割, their 軽減, the 限度額, and the 区分's 年税額.
 */
export function kubunTable(k) {
  const cols = (k.kubun || []).flatMap((b) => (b.kikan?.length ? b.kikan.map((p, i) => ({ b, p, first: i === 0 })) : [{ b, p: null, first: true }]));
  const cell = (c, row) => {
    const [, f, kind] = row;
    const attrs = { 'data-kubun': c.b.kubun };
    // a 区分 without months (no member of 介護 age: 40〜64歳) has nothing to show but its 0円
    if (!c.p) return h('td', { ...attrs, class: 'yen muted' }, row === ROWS[0] ? '対象者なし' : '—');
    const v = f(c.p);
    if (kind === 'text') return h('td', { ...attrs, class: 'num' }, v);
    if (kind === 'minus') return h('td', { ...attrs, class: 'yen' }, minus(v));
    if (kind === 'gendo') {
      return h('td', { ...attrs, class: 'yen' }, formatYen(v),
        c.p.gendogaku_tekiyo ? h('span', { class: 'badge gendo', 'data-testid': 'gendogaku-tekiyo' }, '限度額を適用') : null);
    }
    return yenCell(v, attrs);
  };
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list amounts hokenzei', 'data-testid': 'hokenzei-kubun' },
    h('caption', {}, '区分ごとの税額（年額で計算し、期間の月数で月割）'),
    h('thead', {}, h('tr', {}, h('td', {}), (k.kubun || []).map((b) => h('th', { scope: 'col', class: 'yen', colspan: Math.max(1, b.kikan?.length || 0) }, kubunMei(b))))),
    h('tbody', {}, ROWS.map((r) => h('tr', {}, h('th', { scope: 'row' }, r[0]), cols.map((c) => cell(c, r)))),
      h('tr', { class: 'total' }, h('th', { scope: 'row' }, '年税額（月割、100円未満切捨て）'),
        (k.kubun || []).map((b) => yenCell(b.nengaku, { colspan: Math.max(1, b.kikan?.length || 0), 'data-kubun': b.kubun, 'data-testid': `nengaku-${b.kubun}` }))),
      h('tr', { class: 'grand' }, h('th', { scope: 'row' }, '年税額（区分の合計）'),
        h('td', { class: 'yen', colspan: cols.length, 'data-testid': 'kubun-gokei' }, h('strong', {}, formatYen(k.nengaku)))))));
}

/** The 軽減 judgement (地方税法第703条の5): the ratio and what it was judged on. */
export function keigenBox(k) {
  const g = k.keigen || {};
  return h('section', { class: 'keigen', 'data-testid': 'keigen' },
    h('h3', {}, '低所得者の軽減（地方税法第703条の5）: ', h('span', { class: `badge keigen-${g.wari}`, 'data-testid': 'keigen-wari' }, contractLabel('keigen_wari', g.wari))),
    h('table', { class: 'list amounts' },
      h('caption', { class: 'sr-only' }, '軽減の判定'),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, '判定の基準日'), h('td', {}, dateCell(g.hantei_kijunbi))),
        h('tr', {}, h('th', { scope: 'row' }, '軽減判定所得'), yenCell(g.hantei_shotoku)),
        h('tr', {}, h('th', { scope: 'row' }, '被保険者数＋特定同一世帯所属者数'), h('td', { class: 'num' }, `${g.taisho_ninzu ?? ''}人`)),
        h('tr', {}, h('th', { scope: 'row' }, '給与所得者等の数'), h('td', { class: 'num' }, `${g.kyuyo_shotokusha_to_su ?? ''}人`)),
        h('tr', {}, h('th', { scope: 'row' }, '7割軽減の基準額'), yenCell(g.kijun_7wari)),
        h('tr', {}, h('th', { scope: 'row' }, '5割軽減の基準額'), yenCell(g.kijun_5wari)),
        h('tr', {}, h('th', { scope: 'row' }, '2割軽減の基準額'), yenCell(g.kijun_2wari)))),
    k.gisei_setainushi ? h('p', { class: 'notice' }, '擬制世帯主: 世帯主は被保険者ではないため均等割・所得割はかかりませんが、納税義務者です。軽減の判定には世帯主の所得も含めます。') : null,
    k.mishugakujisu ? h('p', {}, `未就学児 ${k.mishugakujisu}人（均等割の5割を軽減、地方税法第703条の5の2）`) : null);
}

/** The whole result; `konkyoOpen` unfolds the 算定根拠 (試算), closed in the history. */
export function kekkaView(k, { konkyoOpen = false, konkyoTitle } = {}) {
  return h('div', { class: 'kokuho-kekka' },
    nengakuBox(k), kubunTable(k), keigenBox(k),
    konkyoList(k.santei_konkyo, { open: konkyoOpen, title: konkyoTitle }));
}
