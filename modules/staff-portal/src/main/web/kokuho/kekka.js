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

/** Per 区分 and period: 所得割・均等割・平等割, their 軽減, the sum, the 限度額 and what is left; the 区分's 年税額 below. */
export function kubunTable(k) {
  const head = ['区分', '期間', '被保険者', '所得割額', '均等割額', '均等割の軽減', '未就学児の軽減', '平等割額', '平等割の軽減', '計', '賦課限度額', '限度額の後'];
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list amounts hokenzei', 'data-testid': 'hokenzei-kubun' },
    h('caption', {}, '区分ごとの税額（年額。月割は期間の月数で）'),
    h('thead', {}, h('tr', {}, head.map((t, i) => h('th', { scope: 'col', class: i >= 3 ? 'yen' : null }, t)))),
    (k.kubun || []).map((b) => h('tbody', { 'data-kubun': b.kubun },
      (b.kikan || []).map((p, i) => h('tr', {},
        i === 0 ? h('th', { scope: 'row', rowspan: b.kikan.length }, kubunMei(b)) : null,
        h('td', {}, kikanLabel(p)),
        h('td', { class: 'num' }, `${p.hihokenshasu}人`),
        yenCell(p.shotokuwari), yenCell(p.kintowari),
        h('td', { class: 'yen' }, minus(p.kintowari_keigen)), h('td', { class: 'yen' }, minus(p.mishugakuji_keigen)),
        yenCell(p.byodowari), h('td', { class: 'yen' }, minus(p.byodowari_keigen)),
        yenCell(p.gokei),
        h('td', { class: 'yen' }, formatYen(p.gendogaku), p.gendogaku_tekiyo ? h('span', { class: 'badge gendo', 'data-testid': 'gendogaku-tekiyo' }, '限度額を適用') : null),
        yenCell(p.nengaku_soto))),
      h('tr', { class: 'total' },
        h('th', { scope: 'row', colspan: 2 }, `${kubunMei(b)}の年税額`),
        h('td', { colspan: head.length - 3 }, `${b.tsukisu}か月分を月割、100円未満切捨て`),
        yenCell(b.nengaku, { 'data-testid': `nengaku-${b.kubun}` })))),
    h('tfoot', {}, h('tr', { class: 'grand' }, h('th', { scope: 'row', colspan: head.length - 1 }, '年税額（区分の合計）'), yenCell(k.nengaku)))));
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
