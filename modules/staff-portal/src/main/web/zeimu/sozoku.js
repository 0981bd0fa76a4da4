// 相続人代表者 (GET/POST /v1/nozeigimusha/{atenabango}/sozokunin-daihyosha; 地方税法第9条・第9条の2): for a taxpayer the
// resident record shows as deceased, the heir who receives the documents — by the heirs' 届出 or named by the
// municipality (職権). Each designation is a version; the notices issued after it go to the representative. A tab
// of the taxpayer screen, offered when the person is deceased.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { formProblem, fail } from '../core/shien.js';
import { selectField, textField } from './controls.js';
import { dateCell } from './format.js';

/** 指定区分 (the contract's enum): 届出 (第9条の2第1項) or 職権 (同第2項). */
export const SHITEI_KUBUN = [['todokede', '相続人からの届出'], ['shokken', '団体による指定（職権）']];
const label = (v) => (SHITEI_KUBUN.find(([k]) => k === v) || [v, v])[1];

const path = (p) => `/v1/nozeigimusha/${encodeURIComponent(p.atenabango)}/sozokunin-daihyosha`;

export async function sozokuView(ctx, body, p) {
  let data;
  try {
    data = await ctx.clients.zeimu.get(path(p));
  } catch (e) {
    if (!isUnauthenticated(e)) fail(ctx, e);
    return;
  }
  const list = h('div', {});
  const render = (d) => list.replaceChildren(card(d));
  render(data);
  body.append(list, shiteiForm(ctx, p, render));
}

function card(d) {
  return h('section', { class: 'card', 'aria-labelledby': 'sozoku-title' },
    h('h2', { id: 'sozoku-title' }, '相続人代表者'),
    h('p', { role: 'status', 'data-testid': 'sozoku-daihyosha' }, d.daihyosha
      ? `現在の相続人代表者: 宛名番号 ${d.daihyosha}（以後の納税通知書はこの方に送付します）`
      : 'まだ指定がありません。納税通知書は納税義務者の住所に送付されます。'),
    d.rireki.length === 0 ? null : h('table', { class: 'list', 'data-testid': 'sozoku-rireki' },
      h('thead', {}, h('tr', {}, ['版', '相続人代表者（宛名番号）', '区分', '届出日・指定日', '理由', '処理日'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, d.rireki.map((r) => h('tr', {},
        h('td', { class: 'num' }, `第${r.version}版`), h('td', { class: 'num' }, r.daihyosha), h('td', {}, label(r.shitei_kubun)),
        h('td', {}, dateCell(r.todokedebi)), h('td', {}, r.riyu), h('td', {}, dateCell(r.shorinengappi)))))));
}

function shiteiForm(ctx, p, render) {
  const form = h('form', { class: 'card', 'aria-labelledby': 'sozoku-shitei-title', novalidate: true },
    h('h2', { id: 'sozoku-shitei-title' }, '相続人代表者の指定'),
    h('p', { class: 'muted' }, '相続人代表者指定届を受理したとき、または団体が指定したときに入力します（地方税法第9条の2）。前の指定は履歴に残ります。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid grid-wide' },
      textField('daihyosha', '相続人代表者の宛名番号', { required: true, inputmode: 'numeric', hint: '住民または登録済みの住登外者' }),
      selectField('shitei_kubun', '区分', SHITEI_KUBUN, { required: true }),
      textField('todokedebi', '届出日・指定日', { required: true, hint: '例: 2025-04-10 または 令和7年4月10日' }),
      textField('riyu', '理由・備考', { required: true, multiline: true, hint: '例: 相続人代表者指定届の受理（200文字以内）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '指定する')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body } = readControls(controlsOf(form));
    const r = await sender.send((s) => ctx.clients.zeimu.command(s, path(p), body));
    if (r) {
      form.reset();
      render(r);
    }
  });
  return form;
}
