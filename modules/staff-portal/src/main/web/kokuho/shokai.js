// 被保険者照会 (GET /v1/hihokensha/{atenabango}): the person, whether insured today, and the 資格 history as the
// service recorded it (取得・喪失 with the fact's date, 事由 and 根拠条文; a correction is a new line, never an
// edit). A 支援措置 refusal (403 shien-sochi) is the banner with the service's own Japanese message.

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { rolesOf } from '../departments.js';
import { fail } from '../core/shien.js';
import { codeLabel, contractLabel } from './codes.js';
import { dateCell, defaultNendo, dl, hihokenshaBadge, nameBlock, wareki } from './format.js';

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/kokuho' }, '← 被保険者照会に戻る'));
}

export async function hihokenshaView(ctx, { atenabango }) {
  ctx.show(h('p', { class: 'loading' }, '読み込み中…'));
  let p;
  try {
    p = await ctx.clients.kokuho.get(`/v1/hihokensha/${encodeURIComponent(atenabango)}`);
  } catch (e) {
    if (!isUnauthenticated(e)) {
      fail(ctx, e);
      ctx.main.prepend(backLink());
    }
    return;
  }
  ctx.show(...hihokenshaScreen(p, ctx.auth.claims()));
}

/** The screen's parts for a Hihokensha (pure: for the unit tests too). */
export function hihokenshaScreen(p, claims = {}) {
  const clerk = rolesOf(claims).has('hoken-clerk');
  return nodes([
    h('section', { class: 'card person-head', 'aria-labelledby': 'person-title' },
      backLink(),
      h('h1', { id: 'person-title' }, nameBlock(p)),
      h('p', { class: 'person-meta' }, `宛名番号 ${p.atenabango}　`, h('span', { 'data-testid': 'hihokensha-jotai' }, hihokenshaBadge(p.hihokensha)))),
    h('section', { class: 'card', 'aria-labelledby': 'kihon-title' },
      h('h2', { id: 'kihon-title' }, '被保険者'),
      dl([
        ['宛名番号', p.atenabango],
        ['氏名', p.shimei], ['フリガナ', p.shimei_furigana],
        ['生年月日', dateCell(p.seinengappi)], ['続柄', p.zokugara],
        ['住民状態', codeLabel('jumin_jotai', p.jumin_jotai)],
        ['世帯番号', h('a', { href: link('kokuho', 'setai', p.setaibango, defaultNendo()), 'data-testid': 'setai-link' }, p.setaibango)],
        ['国保の資格', h('span', { 'data-testid': 'shikaku-genzai' }, genzaiText(p))],
      ]),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link', href: link('kokuho', 'setai', p.setaibango, defaultNendo()) }, '国保世帯を見る'),
        clerk ? h('a', { class: 'button-link', href: link('kokuho', 'todokede', p.atenabango) }, '資格の届出を入力する') : null)),
    h('section', { class: 'card', 'aria-labelledby': 'rireki-title' },
      h('h2', { id: 'rireki-title' }, '資格の履歴'),
      h('p', { class: 'muted' }, '履歴は書き換えず、訂正も新しい履歴として加えます。喪失日はその日から被保険者でない日です（国民健康保険法第8条）。'),
      rirekiTable(p.shikaku_rireki || [])),
  ]);
}

/** The person's qualification today, in words. */
export function genzaiText(p) {
  if (p.hihokensha) return `被保険者（${wareki(p.shikaku_shutokubi) || '取得日不明'}取得）`;
  if (p.shikaku_soshitsubi) return `被保険者でない（${wareki(p.shikaku_soshitsubi)}喪失）`;
  return '被保険者でない（資格の取得なし）';
}

/** Where a line came from: the clerk's 届出, or resident records' change (変更番号). */
function origin(r) {
  if (r.todokede_shubetsu) return `届出（${codeLabel('todokede_shubetsu', r.todokede_shubetsu)}）`;
  if (r.henko_bango !== undefined && r.henko_bango !== null) return `住民記録（変更番号 ${r.henko_bango}）`;
  return '';
}

export function rirekiTable(rows) {
  if (!rows.length) return h('p', { class: 'empty', 'data-testid': 'rireki-empty' }, '資格の履歴はありません（国保の資格を取得したことがありません）。');
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list shikaku-rireki', 'data-testid': 'shikaku-rireki' },
    h('caption', { class: 'sr-only' }, '資格の取得・喪失の履歴'),
    h('thead', {}, h('tr', {}, ['番号', '異動', '事由', '異動年月日', '資格取得年月日', '資格喪失年月日', '根拠条文', '処理年月日', '記録元']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-rireki': r.rirekibango },
      h('td', { class: 'num' }, r.rirekibango),
      h('td', {}, h('span', { class: `badge ido-${r.ido_kubun}` }, contractLabel('ido_kubun', r.ido_kubun))),
      h('td', { 'data-testid': 'jiyu' }, r.shikaku_ido_jiyu_mei || codeLabel('shikaku_ido_jiyu', r.shikaku_ido_jiyu)),
      h('td', {}, dateCell(r.idonengappi)),
      h('td', {}, dateCell(r.shikaku_shutokubi)),
      h('td', {}, dateCell(r.shikaku_soshitsubi)),
      h('td', { class: 'legal' }, r.legal_basis),
      h('td', {}, dateCell(r.shorinengappi)),
      h('td', {}, origin(r)))))));
}
