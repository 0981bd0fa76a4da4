// 負担割合の試算 (POST /v1/kaigo/futan-wariai/shisan): the 利用者負担の割合 from what the clerk enters — 本人の住民税
// 課税・非課税, 生活保護, 合計所得金額, 年金収入, 公的年金等に係る雑所得 — and the other 第1号被保険者 (65歳以上) of the 世帯,
// judged on the 年度's national bounds (介護保険法第49条の2・第59条の2). Nothing is stored (no Idempotency-Key).
// Controls are named by contract path (honnin.nenkin_shunyu, setai_dai1go[0].gokei_shotoku_kingaku).

import { checkField, kingakuField, selectField } from '../core/controls.js';
import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { formProblem } from '../core/shien.js';
import { defaultNendo, futanNendoOption, NENDO_CHOICES, nendoLabel } from './format.js';
import { futanWariaiParts } from './futan-wariai.js';
import { KAZEI_OPTIONS, memberList, readKazei } from './rows.js';

const MAX_DAI1GO = 20; // FutanWariaiShisanRequest.setai_dai1go maxItems

function dai1goRow(i) {
  const p = (name) => `setai_dai1go[${i}].${name}`;
  return h('div', { class: 'member-row', 'data-index': i, 'data-object-path': `setai_dai1go[${i}]` },
    h('span', { class: 'member-label' }, `第1号被保険者 ${i + 1}`),
    h('div', { class: 'grid' },
      kingakuField(p('gokei_shotoku_kingaku'), '合計所得金額', { required: true, negative: true }),
      kingakuField(p('nenkin_shunyu'), '年金収入'),
      kingakuField(p('koteki_nenkin_shotoku'), '公的年金等に係る雑所得')));
}

/** The request from the form and the errors to show before sending. */
export function readFutanShisan(form) {
  const { body, errors } = readControls(controlsOf(form));
  body.nendo = Number(form.elements.nendo.value);
  readKazei(form, 'honnin.kazei', body.honnin, errors, '本人の住民税');
  if (body.setai_dai1go && !body.setai_dai1go.length) delete body.setai_dai1go;
  return { body, problem: errors.length ? new ApiError({ title: '入力内容を確認してください', errors }) : null };
}

export function futanShisanView(ctx) {
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'futan-kekka-title', hidden: true });
  const members = memberList({ row: dai1goRow, noun: '第1号被保険者', max: MAX_DAI1GO, addLabel: '世帯の第1号被保険者を追加',
    empty: '本人のほかに65歳以上の世帯員はいません。' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'futan-shisan-title', novalidate: true },
    h('h1', { id: 'futan-shisan-title' }, '負担割合の試算'),
    h('p', { class: 'muted' }, '本人と、住民票の世帯の他の第1号被保険者（65歳以上）の前年の所得から、その年度の国の基準で利用者負担の割合（1割・2割・3割）と理由・算定根拠を求めます。結果は保存されません。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField('nendo', '年度', NENDO_CHOICES.map(futanNendoOption), { value: defaultNendo(), kind: 'int', required: true })),
    h('fieldset', { class: 'honnin', 'data-object-path': 'honnin' },
      h('legend', {}, '本人（第1号被保険者）'),
      h('div', { class: 'grid' },
        selectField('honnin.kazei', '本人の住民税', KAZEI_OPTIONS, { required: true }),
        kingakuField('honnin.gokei_shotoku_kingaku', '合計所得金額（前年分）', { required: true, negative: true }),
        kingakuField('honnin.nenkin_shunyu', '年金収入', { hint: '課税年金収入額' }),
        kingakuField('honnin.koteki_nenkin_shotoku', '公的年金等に係る雑所得')),
      h('div', { class: 'checks' }, checkField('honnin.seikatsu_hogo', '生活保護を受給（1割）'))),
    h('fieldset', { class: 'setai' },
      h('legend', {}, '世帯の他の第1号被保険者（65歳以上）'),
      members.element),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '試算する')));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body, problem } = readFutanShisan(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.kaigo.post('/v1/kaigo/futan-wariai/shisan', body);
      result.tabIndex = -1;
      result.replaceChildren(...nodes([h('h2', { id: 'futan-kekka-title' }, `試算の結果　${nendoLabel(r.nendo)}`), futanWariaiParts(r)]));
      result.hidden = false;
      result.scrollIntoView?.({ block: 'start' });
      result.focus();
    } catch (e) {
      result.hidden = true;
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, result);
  members.reset(0);
  form.elements['honnin.kazei'].focus();
}
