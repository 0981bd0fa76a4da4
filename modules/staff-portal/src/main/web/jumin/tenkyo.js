// 転居届 (the whole household moves within the municipality)

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, valueOf } from '../core/forms.js';
import { today, wareki } from './format.js';
import { jushoFields, readJusho } from './jusho.js';
import { formProblem } from './shien.js';

export function tenkyoView(ctx, body, p) {
  const cur = p.jusho || {};
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'tenkyo-title', novalidate: true },
    h('h2', { id: 'tenkyo-title' }, '転居届（世帯全員）'),
    h('p', { class: 'muted' }, `世帯番号 ${p.setaibango} の世帯全員の住所を、市区町村内の新しい住所に変更します。日付は和暦・西暦どちらでも入力できます。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '日付'),
      h('div', { class: 'grid' },
        field({ name: 'idonengappi', label: '異動年月日', required: true, hint: '転居した日（例: 令和6年4月1日、2024-04-01）' }),
        field({ name: 'todokedenengappi', label: '届出年月日', value: today(), hint: '届出を受けた日' }))),
    h('fieldset', {}, h('legend', {}, '新しい住所'),
      h('div', { class: 'grid' },
        jushoFields({
          jusho_todofuken: cur.jusho_todofuken,
          jusho_shikugunchosonmei: cur.jusho_shikugunchosonmei,
          jusho_shikuchosonkodo: cur.jusho_shikuchosonkodo,
        }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '転居を記録する')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const req = { setaibango: p.setaibango, idonengappi: form.elements.idonengappi.value.trim(), jusho: readJusho(form) };
    const todoke = valueOf(form, 'todokedenengappi');
    if (todoke) req.todokedenengappi = todoke;
    const r = await sender.send((submission) => ctx.clients.jumin.command(submission, '/v1/ido/tenkyo', req));
    if (r) {
      result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'tenkyo-success' },
        h('strong', {}, `${r.idojiyu}を記録しました`),
        h('p', {}, `異動事由: ${r.idojiyu}　異動年月日: ${wareki(r.idonengappi)}　処理年月日: ${wareki(r.shorinengappi)}　対象: ${(r.jumin || []).length}人`),
        h('p', {}, h('a', { href: `#/jumin/${p.atenabango}` }, '照会画面で確認する'))));
      form.reset();
      form.hidden = true;
      result.querySelector('.success').focus();
    }
  });
  body.append(form, result);
  form.elements.idonengappi.focus();
}
