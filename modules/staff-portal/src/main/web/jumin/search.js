// 住民検索

import { h, nodes } from '../core/dom.js';
import { clearErrors, field } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { codeLabel } from './codes.js';
import { birth, jotaiBadge, nameBlock } from './format.js';
import { fail, formProblem } from './shien.js';

const SEARCH_FIELDS = ['kana', 'shimei', 'seinengappi', 'jusho'];
const PAGE = 20;

let lastSearch = null; // { params, offset, result } — kept so 「検索結果に戻る」 shows the list again

/** Forgets the last search (logout). */
export function resetSearch() {
  lastSearch = null;
}

export function searchView(ctx) {
  const prev = lastSearch?.params || {};
  const results = h('section', { id: 'results', 'aria-live': 'polite', 'aria-labelledby': 'results-title' });
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'search-title', novalidate: true },
    h('h1', { id: 'search-title' }, '住民検索'),
    h('div', { class: 'form-top' }),
    h('div', { class: 'grid' },
      field({ name: 'kana', label: 'カナ（氏名フリガナ）', value: prev.kana, hint: '部分一致。ひらがな・半角カナも可' }),
      field({ name: 'shimei', label: '氏名', value: prev.shimei, hint: '部分一致。旧字・異体字も同一視します' }),
      field({ name: 'seinengappi', label: '生年月日', value: prev.seinengappi, hint: '和暦・西暦どちらも可（例: 昭和55年4月1日、S55.4.1、1980-04-01）' }),
      field({ name: 'jusho', label: '住所', value: prev.jusho, hint: '部分一致（例: みなみ町一丁目）' })),
    h('div', { class: 'actions' },
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'include_removed', checked: prev.include_removed === 'true' }), '転出・死亡等で消除された者も含める'),
      h('button', { type: 'submit', class: 'primary' }, '検索'),
      h('button', { type: 'reset', class: 'secondary' }, 'クリア')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const params = {};
    for (const n of SEARCH_FIELDS) {
      const v = form.elements[n].value.trim();
      if (v) params[n] = v;
    }
    if (form.elements.include_removed.checked) params.include_removed = 'true';
    if (!SEARCH_FIELDS.some((n) => params[n])) {
      form.querySelector('.form-top').replaceChildren(h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '検索条件を入力してください'), h('p', {}, 'カナ・氏名・生年月日・住所のいずれかを入力してください。')));
      return;
    }
    runSearch(ctx, form, results, params, 0);
  });
  form.addEventListener('reset', () => { lastSearch = null; results.replaceChildren(); clearErrors(form); });
  ctx.show(form, results);
  if (lastSearch) renderResults(ctx, form, results, lastSearch);
  form.elements.kana.focus();
}

async function runSearch(ctx, form, results, params, offset) {
  results.replaceChildren(h('p', { class: 'loading' }, '検索中…'));
  try {
    const q = new URLSearchParams({ ...params, limit: String(PAGE), offset: String(offset) });
    const result = await ctx.clients.jumin.get(`/v1/jumin?${q}`);
    lastSearch = { params, offset, result };
    renderResults(ctx, form, results, lastSearch);
  } catch (e) {
    results.replaceChildren();
    if (isUnauthenticated(e)) return;
    if (e instanceof ApiError) formProblem(ctx.banner)(form, e);
    else fail(ctx, e);
  }
}

function renderResults(ctx, form, results, { params, offset, result }) {
  const total = result.total > 1000 ? '1000件超' : `${result.total}件`;
  const items = result.items || [];
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: () => runSearch(ctx, form, results, params, Math.max(0, offset - PAGE)) }, '前へ'),
    h('span', {}, items.length ? `${offset + 1}〜${offset + items.length}件目` : ''),
    h('button', { type: 'button', class: 'secondary', disabled: offset + items.length >= Math.min(result.total, 1000), onclick: () => runSearch(ctx, form, results, params, offset + PAGE) }, '次へ'));
  results.replaceChildren(...nodes([
    h('h2', { id: 'results-title' }, '検索結果 ', h('span', { class: 'count', 'data-testid': 'total' }, total)),
    result.suppressed > 0
      ? h('p', { class: 'notice notice-shien', role: 'status', 'data-testid': 'suppressed' }, `支援措置により ${result.suppressed} 件を表示していません`)
      : null,
    items.length === 0
      ? h('p', { class: 'empty' }, '該当する住民はいません。')
      : h('table', { class: 'list' },
        h('caption', { class: 'sr-only' }, '住民検索の結果'),
        h('thead', {}, h('tr', {}, ['宛名番号', '氏名', '生年月日', '性別', '住所', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, items.map((p) => h('tr', { 'data-atenabango': p.atenabango },
          h('td', { class: 'num' }, h('a', { href: `#/jumin/${p.atenabango}`, 'aria-label': `${p.shimei} を照会（宛名番号 ${p.atenabango}）` }, p.atenabango)),
          h('td', {}, h('a', { href: `#/jumin/${p.atenabango}` }, nameBlock(p))),
          h('td', {}, birth(p)),
          h('td', {}, codeLabel('seibetsu', p.seibetsu)),
          h('td', {}, p.jusho_hyoki),
          h('td', {}, jotaiBadge(p.jumin_jotai), p.jumin_shubetsu === 'gaikokujin' ? h('span', { class: 'badge' }, codeLabel('jumin_shubetsu', p.jumin_shubetsu)) : null))))),
    items.length ? pager : null]));
}
