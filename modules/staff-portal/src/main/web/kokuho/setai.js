// 国保世帯 (GET /v1/setai/{setaibango}) for one 年度, with the tabs 世帯 / 賦課 / 賦課履歴
// (#/kokuho/setai/<世帯番号>/<年度>/<tab>): the 世帯 of the 住民票, its members insured or not, and the 世帯主 who
// owes the 国保税 even when not insured himself (擬制世帯主, 地方税法第703条の4).

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { rolesOf } from '../departments.js';
import { fail } from '../core/shien.js';
import { dateCell, defaultNendo, dl, hihokenshaBadge, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { fukaView } from './fuka.js';
import { rirekiView } from './rireki.js';

const TABS = [['', '世帯'], ['fuka', '賦課'], ['rireki', '賦課履歴']];

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/kokuho/setai' }, '← 国保世帯の照会に戻る'));
}

export async function setaiView(ctx, { setaibango, nendo: nendoText, tab }) {
  const nendo = nendoText ? Number(nendoText) : defaultNendo();
  ctx.show(h('p', { class: 'loading' }, '読み込み中…'));
  let s;
  try {
    s = await ctx.clients.kokuho.get(`/v1/setai/${encodeURIComponent(setaibango)}`);
  } catch (e) {
    if (!isUnauthenticated(e)) {
      fail(ctx, e);
      ctx.main.prepend(backLink());
    }
    return;
  }
  const clerk = rolesOf(ctx.auth.claims()).has('hoken-clerk');
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const nendoSelect = h('select', { id: 'f-setai-nendo', onchange: (ev) => { location.hash = link('kokuho', 'setai', s.setaibango, ev.target.value, tab); } },
    choices.map(nendoOption).map(([v, l]) => h('option', { value: v, selected: Number(v) === nendo }, l)));
  const tabs = TABS.filter(([k]) => clerk || k !== 'fuka');
  const head = h('section', { class: 'card person-head', 'aria-labelledby': 'setai-title' },
    backLink(),
    h('h1', { id: 'setai-title' }, `国保世帯　世帯番号 ${s.setaibango}`),
    h('p', { class: 'person-meta' }, `被保険者 ${s.hihokenshasu}人`, s.gisei_setainushi ? ['　', giseiBadge()] : null),
    h('div', { class: 'nendo-switch' }, h('label', { for: 'f-setai-nendo' }, '年度'), nendoSelect),
    h('nav', { class: 'tabs', 'aria-label': '業務の選択' },
      tabs.map(([k, label]) => h('a', { href: link('kokuho', 'setai', s.setaibango, nendo, k), 'aria-current': (tab || '') === k ? 'page' : null }, label))));
  const body = h('div', { class: 'tab-body' });
  ctx.show(head, body);
  if (tab === 'fuka' && clerk) fukaView(ctx, body, s, nendo);
  else if (tab === 'rireki') rirekiView(ctx, body, s, nendo);
  else body.append(...setaiScreen(s, nendo, { clerk }));
}

function giseiBadge() {
  return h('span', { class: 'badge gisei', 'data-testid': 'gisei' }, '擬制世帯主');
}

/** The 世帯 tab (pure: for the unit tests too). */
export function setaiScreen(s, nendo, { clerk = true } = {}) {
  const nushi = (s.setaiin || []).find((m) => m.setainushi);
  const go = (k, label) => h('a', { class: 'button-link', href: link('kokuho', 'setai', s.setaibango, nendo, k) }, label);
  return nodes([
    h('section', { class: 'card', 'aria-labelledby': 'setai-kihon-title' },
      h('h2', { id: 'setai-kihon-title' }, '世帯'),
      dl([
        ['世帯番号', s.setaibango],
        ['世帯主（納税義務者）', nushi ? `${nushi.shimei}（宛名番号 ${nushi.atenabango}）` : (s.setainushi_atenabango || '住民である世帯主がいません')],
        ['擬制世帯主', h('span', { 'data-testid': 'gisei-text' }, s.gisei_setainushi
          ? 'はい（世帯主は国保の被保険者ではありませんが、国保税の納税義務者です。地方税法第703条の4）'
          : 'いいえ')],
        ['被保険者数', `${s.hihokenshasu}人`],
      ])),
    h('section', { class: 'card', 'aria-labelledby': 'setaiin-title' },
      h('h2', { id: 'setaiin-title' }, '世帯員'),
      h('p', { class: 'muted' }, '住民票の世帯の住民全員です（国保の被保険者でない方も含みます）。'),
      h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'setaiin' },
        h('caption', { class: 'sr-only' }, '世帯員の一覧'),
        h('thead', {}, h('tr', {}, ['宛名番号', '氏名', '生年月日', '続柄', '世帯主', '国保'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, (s.setaiin || []).map((m) => h('tr', { 'data-atenabango': m.atenabango },
          h('td', {}, h('a', { href: link('kokuho', 'hihokensha', m.atenabango) }, m.atenabango)),
          h('td', { class: 'shimei' }, m.shimei),
          h('td', {}, dateCell(m.seinengappi)),
          h('td', {}, m.zokugara || ''),
          h('td', {}, m.setainushi ? (s.gisei_setainushi ? giseiBadge() : h('span', { class: 'badge' }, '世帯主')) : ''),
          h('td', {}, hihokenshaBadge(m.hihokensha)))))))),
    h('section', { class: 'card', 'aria-labelledby': 'setai-gyomu-title' },
      h('h2', { id: 'setai-gyomu-title' }, `${nendoLabel(nendo)}の国保税`),
      h('p', { class: 'actions' }, clerk ? go('fuka', '賦課する') : null, go('rireki', '賦課履歴を見る'))),
  ]);
}
