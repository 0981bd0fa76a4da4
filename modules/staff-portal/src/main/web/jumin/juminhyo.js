// 住民票の写しの交付 (PDF)

import { h } from '../core/dom.js';
import { clearErrors, field, valueOf } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { issuePdf } from './pdf.js';
import { formProblem } from './shien.js';

/** The two forms of 住民票の写し the contract offers (JuminhyoRequest.yoshiki). */
const YOSHIKI = { kojin: '個人票', setai_renki: '世帯連記式' };
const KISAI = [
  ['honseki_hittosha', '本籍・筆頭者'], ['setainushi_zokugara', '世帯主・続柄'],
  ['juminhyokodo', '住民票コード'], ['kojinbango', '個人番号'], ['rireki', '履歴'],
];

export function juminhyoView(ctx, body, p) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const check = (name, label) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name }), label);
  const form = h('form', { class: 'card', 'aria-labelledby': 'juminhyo-title', novalidate: true },
    h('h2', { id: 'juminhyo-title' }, '住民票の写しの交付'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '様式'),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'yoshiki', value: 'kojin', checked: true }), `${YOSHIKI.kojin}（${p.shimei} のみ）`),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'yoshiki', value: 'setai_renki' }), `${YOSHIKI.setai_renki}（世帯番号 ${p.setaibango} の世帯全員）`)),
    h('fieldset', {}, h('legend', {}, '記載する事項（請求があった場合のみ記載）'),
      KISAI.map(([name, label]) => check(name, label))),
    h('div', { class: 'grid' }, field({ name: 'mokuteki', label: '請求の目的', hint: '交付履歴に記録されます（例: 年金手続のため）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '発行する（PDF）')));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const yoshiki = form.elements.yoshiki.value;
    const req = { yoshiki };
    if (yoshiki === 'kojin') req.atenabango = [p.atenabango];
    else req.setaibango = p.setaibango;
    for (const [n] of KISAI) req[n] = form.elements[n].checked;
    const mokuteki = valueOf(form, 'mokuteki');
    if (mokuteki) req.mokuteki = mokuteki;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const pdf = await issuePdf(ctx.clients.jumin, '/v1/shomei/juminhyo', req, '住民票の写し');
      result.replaceChildren(h('div', { class: 'success', role: 'status', 'data-testid': 'juminhyo-success' },
        h('strong', {}, `住民票の写し（${YOSHIKI[yoshiki]}）を発行しました`),
        h('p', {}, `発行番号: ${pdf.hakko}`),
        h('p', {}, pdf.link, '（ダウンロードが始まらない場合はこのリンクから保存してください）')));
      pdf.start();
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  body.append(form, result);
}
