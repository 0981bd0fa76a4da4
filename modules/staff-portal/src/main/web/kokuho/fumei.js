// 所得不明世帯の一覧 (GET /v1/kokuho/shotoku-fumei?nendo=): the households whose 賦課 of the 年度 was refused because a
// member's income is unknown (未申告・所得情報なし) and that have not been assessed since — for the 簡易申告 the
// clerk asks for. Households with a person under 支援措置 are listed to the 支援措置担当 alone (the service decides).

import { h } from '../core/dom.js';
import { clearErrors, selectField } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { defaultNendo, NENDO_CHOICES, nendoLabel, nendoOption, nichiji } from './format.js';

export async function shotokuFumeiView(ctx, { nendo: nendoText } = {}) {
  const nendo = nendoText ? Number(nendoText) : defaultNendo();
  const form = h('form', { class: 'card search', 'aria-labelledby': 'fumei-title', novalidate: true },
    h('h1', { id: 'fumei-title' }, '所得不明世帯の一覧'),
    h('p', { class: 'muted' }, '所得の分からない世帯員（未申告・所得情報なし）がいるため国保税を賦課できなかった世帯です（所得0円として賦課はしていません）。所得が分かったら、世帯の「賦課」から賦課してください。照会はアクセスログに記録されます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField({ name: 'nendo', label: '年度', options: NENDO_CHOICES.map(nendoOption), value: String(nendo) })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    location.hash = link('kokuho', 'shotoku-fumei', form.elements.nendo.value);
  });
  const list = h('section', { class: 'card', 'aria-live': 'polite', 'data-testid': 'fumei-kekka' }, h('p', { class: 'loading' }, '読み込み中…'));
  ctx.show(form, list);
  let r;
  try {
    r = await ctx.clients.kokuho.get(`/v1/kokuho/shotoku-fumei?nendo=${nendo}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    list.replaceChildren(shienProblemBox(e));
    return;
  }
  list.replaceChildren(...fumeiList(r.items || [], nendo));
}

/** The list's heading and table (pure: for the unit tests too). */
export function fumeiList(items, nendo) {
  if (!items.length) return [h('h2', {}, `${nendoLabel(nendo)}`), h('p', { class: 'empty', 'data-testid': 'fumei-empty' }, `${nendoLabel(nendo)}の所得不明世帯はありません。`)];
  return [h('h2', {}, `${nendoLabel(nendo)}　${items.length}世帯`),
    h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'fumei-list' },
      h('caption', { class: 'sr-only' }, '所得不明世帯'),
      h('thead', {}, h('tr', {}, ['世帯番号', '所得の分からない世帯員（宛名番号）', '判明した日時', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((i) => h('tr', { 'data-setaibango': i.setaibango },
        h('td', {}, h('a', { href: link('kokuho', 'setai', i.setaibango, i.nendo) }, i.setaibango)),
        h('td', {}, (i.atenabango || []).map((a, k) => [k ? '、' : '', h('a', { href: link('kokuho', 'hihokensha', a) }, a)])),
        h('td', {}, nichiji(i.kenshutsu_at)),
        h('td', {}, h('a', { href: link('kokuho', 'setai', i.setaibango, i.nendo, 'fuka') }, '賦課する')))))))];
}
