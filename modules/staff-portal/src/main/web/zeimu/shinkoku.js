// 申告の入力 (POST /v1/kojin-juminzei/shinkoku): the taxpayer's 所得・控除・家族 for the 年度, kept by the
// service as a new version (checked as the assessment will read it). 生年月日 and 団体 come from the
// taxpayer's record, so the form is that of 試算 without them.
//
// The API has no way to read a saved 申告 back, so the form starts empty — except with what this
// screen itself saved in this session (the clerk correcting what was just entered), said so on screen.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { nendoLabel, wareki } from './format.js';
import { nyuryokuSections, readNyuryoku } from './nyuryoku.js';

const saved = new Map(); // `${atenabango}/${nendo}` → the Shinkoku the service returned

/** Forgets what was entered (logout). */
export function resetShinkoku() {
  saved.clear();
}

export function shinkokuView(ctx, body, p, nendo) {
  const key = `${p.atenabango}/${nendo}`;
  const before = saved.get(key);
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const sections = nyuryokuSections({ shisan: false });
  const form = h('form', { class: 'card', 'aria-labelledby': 'shinkoku-title', novalidate: true },
    h('h2', { id: 'shinkoku-title' }, `申告の入力（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, `${p.shimei} の${nendoLabel(nendo)}の所得・控除・家族を入力します。保存するたびに新しい版になり、賦課は最新の版から計算します。金額は円単位で入力してください。`),
    before
      ? h('p', { class: 'notice', role: 'status', 'data-testid': 'shinkoku-prefilled' },
        `この画面で保存した申告（第${before.version}版・${wareki(before.shorinengappi)}）の内容を表示しています。変更して保存すると第${before.version + 1}版になります。`)
      : null,
    h('div', { class: 'form-top', tabindex: '-1' }),
    sections.nodes,
    h('div', { class: 'actions sticky-actions' }, h('button', { type: 'submit', class: 'primary' }, '申告を保存する')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const { body: entered, problem } = readNyuryoku(form);
    if (problem) {
      formProblem(ctx.banner)(form, problem);
      return;
    }
    const req = { atenabango: p.atenabango, nendo, ...entered };
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/kojin-juminzei/shinkoku', req));
    if (!r) return;
    saved.set(key, r);
    form.hidden = true;
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'shinkoku-success' },
      h('strong', {}, `申告を保存しました（第${r.version}版）`),
      h('p', {}, `${nendoLabel(r.nendo)}　処理年月日: ${wareki(r.shorinengappi)}`),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link primary', href: link('zeimu', p.atenabango, nendo, 'fuka') }, r.version > 1 ? '賦課（更正）へ進む' : '賦課へ進む'),
        h('a', { href: link('zeimu', p.atenabango, nendo, 'shinkoku'), onclick: (e) => { e.preventDefault(); body.replaceChildren(); shinkokuView(ctx, body, p, nendo); } }, '申告を修正する'))));
    result.querySelector('.success').focus();
  });
  body.append(form, result);
  if (before) sections.fill(form, before);
  form.querySelector('input, select').focus();
}
