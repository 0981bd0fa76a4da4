// 負担割合 (GET /v1/kaigo/futan-wariai/{atenabango}?nendo=): the 利用者負担の割合 of a 第1号被保険者 for the 年度's
// 8月1日〜翌年7月31日 (介護保険法第49条の2・第59条の2), judged by the service on each lookup from local tax's income
// information — the person's and that of the 世帯's other 第1号被保険者 —, so a tax 更正 shows at once. The result is
// the share with its period, the figures it was judged on, the reasons and the 算定根拠 (also the 試算's, futan-shisan.js).

import { h } from '../core/dom.js';
import { konkyoList } from '../core/konkyo.js';
import { isUnauthenticated } from '../core/problem.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { dateCell, kikanText, nendoLabel, yenCell } from './format.js';

const HINT = {
  'shotoku-fumei': '所得の分からない方（本人または世帯の第1号被保険者）がいるため、負担割合を判定できません。地方税の申告（簡易申告）で所得が分かると判定できます。',
  'hihokensha-nashi': 'この年度の8月1日に第1号被保険者ではないため、負担割合はありません。',
};

export async function futanWariaiView(ctx, body, p, nendo) {
  const box = h('section', { class: 'card', 'aria-labelledby': 'futan-title', 'data-testid': 'futan-wariai-kekka' },
    h('h2', { id: 'futan-title' }, `利用者負担の割合（${nendoLabel(nendo)}）`), h('p', { class: 'loading' }, '判定しています…'));
  body.append(box);
  let r;
  try {
    r = await ctx.clients.kaigo.get(`/v1/kaigo/futan-wariai/${encodeURIComponent(p.atenabango)}?nendo=${nendo}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    const problem = shienProblemBox(e);
    if (HINT[e.code]) problem.append(h('p', { 'data-testid': 'futan-hint' }, HINT[e.code]));
    box.lastChild.replaceWith(problem);
    return;
  }
  box.lastChild.replaceWith(h('p', { class: 'muted' }, '地方税の所得情報から照会のたびに判定します（保存された値ではありません。負担割合証の交付はこの版では扱いません）。'));
  box.append(...futanWariaiParts(r));
}

/** The share, large, and its period. */
export function wariaiBox(r) {
  return h('div', { class: 'nenzeigaku futan' },
    h('span', { class: 'nenzeigaku-label' }, '利用者負担の割合'),
    h('strong', { 'data-testid': 'futan-wariai' }, contractLabel('futan_wariai', r.futan_wariai)),
    h('span', { class: 'nenzeigaku-parts', 'data-testid': 'futan-kikan' }, `適用期間 ${kikanText(r.yuko_kaishibi, r.yuko_shuryobi)}`));
}

/** The result's parts (pure: for the unit tests too; the 試算 shows the same). */
export function futanWariaiParts(r, { konkyoOpen = true } = {}) {
  return [
    wariaiBox(r),
    h('div', { class: 'uchiwake-grid' },
      h('table', { class: 'list amounts', 'data-testid': 'futan-hantei' },
        h('caption', {}, '判定に用いた所得'),
        h('tbody', {},
          h('tr', {}, h('th', { scope: 'row' }, '本人の合計所得金額'), yenCell(r.gokei_shotoku_kingaku)),
          h('tr', {}, h('th', { scope: 'row' }, '世帯の第1号被保険者の年金収入＋その他の合計所得金額'), yenCell(r.setai_nenkin_sonota, { 'data-testid': 'setai-nenkin-sonota' })),
          h('tr', {}, h('th', { scope: 'row' }, '世帯の第1号被保険者の人数（本人を含む）'), h('td', { class: 'num' }, `${r.dai1go_su}人`)),
          h('tr', {}, h('th', { scope: 'row' }, '適用開始日'), h('td', {}, dateCell(r.yuko_kaishibi))),
          h('tr', {}, h('th', { scope: 'row' }, '適用終了日'), h('td', {}, dateCell(r.yuko_shuryobi))))),
      r.riyu?.length ? h('section', { class: 'riyu', 'data-testid': 'futan-riyu' }, h('h3', {}, '理由'),
        h('ul', {}, r.riyu.map((x) => h('li', {}, x)))) : null),
    konkyoList(r.santei_konkyo, { open: konkyoOpen }),
  ];
}
