// 試算 (POST /v1/kojin-juminzei/shisan): what a citizen or clerk enters, computed by the same engine as
// the assessment; nothing is stored, so it is sent as a plain request (no Idempotency-Key).

import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { formProblem } from '../core/shien.js';
import { selectField, textField } from './controls.js';
import { dantaiName, defaultNendo, NENDO_CHOICES, nendoOption } from './format.js';
import { kekkaView } from './kekka.js';
import { nyuryokuSections, readNyuryoku } from './nyuryoku.js';
import { parameterSetLabel } from './parameter.js';

let lastShisan = null; // { body, result } — kept while the clerk goes to another screen and back

/** Forgets the last 試算 (logout). */
export function resetShisan() {
  lastShisan = null;
}

export function shisanView(ctx) {
  const claims = ctx.auth.claims();
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'kekka-title', hidden: true });
  const sections = nyuryokuSections({ shisan: true });
  const form = h('form', { class: 'card', 'aria-labelledby': 'shisan-title', novalidate: true },
    h('h1', { id: 'shisan-title' }, '個人住民税の試算'),
    h('p', { class: 'muted' }, '入力した所得・控除・家族から、賦課と同じ計算で税額と算定根拠を求めます。結果は保存されません。金額は円単位で入力してください（3,000,000 / 3000000 のどちらでも可）。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '年度と団体'),
      h('div', { class: 'grid' },
        selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: defaultNendo(), kind: 'int', required: true }),
        textField('shikuchosonkodo', '市区町村コード', { required: true, value: claims.lg_code || '', inputmode: 'numeric', hint: '6桁（検査数字付き）。ログインした団体が初期値です' }))),
    sections.nodes,
    h('div', { class: 'actions sticky-actions' },
      h('button', { type: 'submit', class: 'primary' }, '試算する'),
      h('button', { type: 'button', class: 'secondary', onclick: () => { resetShisan(); shisanView(ctx); } }, '入力をすべて消去')));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body, problem } = readNyuryoku(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.zeimu.post('/v1/kojin-juminzei/shisan', body);
      lastShisan = { body, result: r };
      showResult(result, r);
      result.scrollIntoView({ block: 'start' });
      result.focus();
    } catch (e) {
      result.hidden = true;
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, result);
  if (lastShisan) {
    sections.fill(form, lastShisan.body);
    showResult(result, lastShisan.result);
  }
  form.querySelector('[data-path="honnin.seinengappi"]').focus();
}

function showResult(box, r) {
  box.tabIndex = -1;
  box.replaceChildren(...nodes([
    h('h2', { id: 'kekka-title' }, `試算の結果　${r.fuka.nendo_label || ''}　${dantaiName(r.fuka.dantai_mei)}`),
    h('p', { class: 'muted' }, 'この結果は保存されていません。賦課するには、納税義務者照会から申告を入力してください。'),
    r.parameter_set
      ? h('p', { class: 'parameter-set' }, h('strong', {}, '用いたパラメータ: '), h('span', { 'data-testid': 'parameter-set' }, parameterSetLabel(r.parameter_set)))
      : null,
    kekkaView(r.fuka, r.futsu_choshu, { konkyoOpen: true })]));
  box.hidden = false;
}
