// 期限を過ぎた申請 (GET /v1/kaigo/nintei/chien): the undecided applications whose deadline (申請日から30日, or the 見込日 of a
// 延期の通知) the 業務日付 has passed — for the clerk to chase the missing step or send the 延期の通知 (介護保険法第27条第11項
// ただし書). Applications of persons under 支援措置 are listed to the 支援措置担当 alone (the service decides).

import { h } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { dateCell, nokoriText, wareki } from './format.js';
import { nextStep } from './nintei-parts.js';

export async function chienView(ctx) {
  const list = h('section', { class: 'card', 'aria-live': 'polite', 'aria-labelledby': 'chien-title', 'data-testid': 'chien-kekka' },
    h('h1', { id: 'chien-title' }, '処分の期限を過ぎた認定の申請'),
    h('p', { class: 'muted' }, '決定していない申請のうち、処分の期限（申請日から30日。延期の通知をした申請はその見込日）を過ぎたものです。照会はアクセスログに記録されます。'),
    h('p', { class: 'loading' }, '読み込み中…'));
  ctx.show(list);
  let r;
  try {
    r = await ctx.clients.kaigo.get('/v1/kaigo/nintei/chien');
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    list.lastChild.replaceWith(shienProblemBox(e));
    return;
  }
  list.lastChild.replaceWith(...chienList(r));
}

/** The heading and the table (pure: for the unit tests too). */
export function chienList(r) {
  const items = r.items || [];
  const head = h('h2', {}, `業務日付 ${wareki(r.kijunbi)} 現在　${items.length}件`);
  if (!items.length) return [head, h('p', { class: 'empty', 'data-testid': 'chien-empty' }, '処分の期限を過ぎた申請はありません。')];
  return [head, h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'chien-list' },
    h('caption', { class: 'sr-only' }, '期限を過ぎた申請'),
    h('thead', {}, h('tr', {}, ['宛名番号', '申請番号', '申請区分', '申請年月日', '期限', '超過', '次の手続'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((s) => h('tr', { 'data-shinsei-id': s.shinsei_id, 'data-atenabango': s.atenabango },
      h('td', {}, h('a', { href: link('kaigo', 'hihokensha', s.atenabango, 'nintei') }, s.atenabango)),
      h('td', { class: 'num' }, s.shinsei_id),
      h('td', {}, s.shinsei_kubun_mei || contractLabel('shinsei_kubun', s.shinsei_kubun)),
      h('td', {}, dateCell(s.shinseibi)),
      h('td', {}, dateCell(s.kigen)),
      h('td', { class: 'num kigen-chien', 'data-testid': 'chien-nissu' }, nokoriText(s.nokori_nissu)),
      h('td', {}, contractLabel('tetsuzuki', nextStep(s))))))))];
}
