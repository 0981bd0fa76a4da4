// 納税義務者照会 — the entry: a 宛名番号 and a 年度 open the taxpayer's screen; or the clerk searches by フリガナ
// (from its start) / 氏名 (as written) / 生年月日 (GET /v1/nozeigimusha) and opens a hit. Persons under 支援措置 are
// listed only for the 支援措置担当; the others see how many were left out.

import { h } from '../core/dom.js';
import { clearErrors, showProblem } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { selectField, textField } from './controls.js';
import { contractLabel } from './codes.js';
import { dateCell, defaultNendo, juminJotaiLabel, NENDO_CHOICES, nendoOption } from './format.js';

let last = null; // { atenabango, nendo } — the clerk's last lookup, prefilled when coming back

export function resetKensaku() {
  last = null;
}

/** 全角 digits and separators typed from a paper form (１２３-４５６) → 123456. */
export function normalizeAtenabango(text) {
  return String(text || '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/[\s\u3000\-－ー‐]/g, '');
}

export function kensakuView(ctx) {
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'kensaku-title', novalidate: true },
    h('h1', { id: 'kensaku-title' }, '納税義務者照会'),
    h('p', { class: 'muted' }, '宛名番号と年度を入力してください。住民記録から取り込んだ住民のほか、住登外者も照会できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      textField('atenabango', '宛名番号', { required: true, inputmode: 'numeric', value: last?.atenabango, hint: '住民の宛名番号、または住登外者の宛名番号（8から始まる11桁）' }),
      selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: last?.nendo || defaultNendo() })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const atenabango = normalizeAtenabango(form.elements.atenabango.value);
    const nendo = form.elements.nendo.value;
    if (!/^\d{1,15}$/.test(atenabango)) {
      const b = form.querySelector('[data-field="atenabango"]');
      b.querySelector('.field-error').textContent = atenabango ? '宛名番号は数字（15桁以内）で入力してください' : '宛名番号を入力してください';
      form.elements.atenabango.setAttribute('aria-invalid', 'true');
      form.elements.atenabango.focus();
      return;
    }
    last = { atenabango, nendo };
    location.hash = link('zeimu', atenabango, nendo);
  });
  const search = nameSearch(ctx, form);
  ctx.show(form, ...search);
  form.elements.atenabango.focus();
}

/** The search by reading, name and birth date, and the card its hits are shown in. */
function nameSearch(ctx, lookup) {
  const date = h('input', { type: 'date', id: 'f-seinengappi', name: 'seinengappi', min: '1868-01-01' });
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'namae-title', novalidate: true },
    h('h2', { id: 'namae-title' }, '名前・生年月日で探す'),
    h('p', { class: 'muted' }, 'フリガナは先頭から、氏名は記録のとおりの文字で（髙と高は別の字）探します。姓と名の間の空白は無視します。検索結果の方はアクセスログに記録されます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      textField('shimei_furigana', 'フリガナ', { hint: '例: ヨシダ' }),
      textField('shimei', '氏名', { hint: '例: 吉田' }),
      h('div', { class: 'field', 'data-field': 'seinengappi' },
        h('label', { for: 'f-seinengappi' }, '生年月日（西暦）'), date,
        h('p', { class: 'field-error', 'aria-live': 'polite' }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '探す')));
  const result = h('section', { class: 'card', 'aria-live': 'polite', hidden: true, 'data-testid': 'kensaku-kekka' });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const q = new URLSearchParams();
    for (const name of ['shimei_furigana', 'shimei', 'seinengappi']) {
      const v = form.elements[name].value.trim();
      if (v) q.set(name, v);
    }
    q.set('limit', '100');
    let r;
    try {
      r = await ctx.clients.zeimu.get(`/v1/nozeigimusha?${q}`);
    } catch (e) {
      if (isUnauthenticated(e)) return;
      result.hidden = true;
      showProblem(form, e);
      return;
    }
    const nendo = lookup.elements.nendo.value;
    result.hidden = false;
    result.replaceChildren(...hits(r, nendo));
  });
  return [form, result];
}

function hits(r, nendo) {
  const items = r.items || [];
  const yokushi = r.yokushi_su
    ? h('p', { class: 'notice', 'data-testid': 'kensaku-yokushi' }, `支援措置の対象の方 ${r.yokushi_su} 人は表示していません（支援措置担当の職員のみ照会できます）。`)
    : null;
  if (!items.length) {
    return [h('h2', {}, '検索結果'), h('p', { class: 'empty', 'data-testid': 'kensaku-empty' }, '該当する納税義務者はいません。'), yokushi]
      .filter(Boolean);
  }
  return [h('h2', {}, `検索結果（${items.length} 人${items.length >= 100 ? '、先頭の100人' : ''}）`), yokushi,
    h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'kensaku-list' },
      h('caption', { class: 'sr-only' }, '見つかった納税義務者'),
      h('thead', {}, h('tr', {}, ['宛名番号', '氏名', '生年月日', '住所', '区分', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((i) => h('tr', {},
        h('td', {}, h('a', { href: link('zeimu', i.atenabango, nendo) }, i.atenabango)),
        h('td', { class: 'shimei' }, i.shimei_furigana ? h('small', { class: 'furigana' }, i.shimei_furigana) : null,
          h('span', { class: 'kanji' }, i.shimei)),
        h('td', {}, i.seinengappi ? dateCell(i.seinengappi) : '—'),
        h('td', {}, i.jusho || '—'),
        h('td', {}, contractLabel('nozeigimusha_kubun', i.kubun)),
        h('td', {}, juminJotaiLabel(i.jumin_jotai))))))),
  ].filter(Boolean);
}
