// 介護保険料の試算 (POST /v1/kaigo/shisan): a 第1号被保険者 as the clerk hears it at the counter — 本人の住民税 課税・非課税,
// 合計所得金額, 課税年金収入額, 公的年金等に係る雑所得, 給与所得, 生活保護・老齢福祉年金, 年度途中の取得・喪失 — and the 課税・
// 非課税 of each other member of the 世帯, computed with this municipality's 段階表 and 基準額 (the token's lg_code).
// Nothing is stored, so it is a plain request (no Idempotency-Key). Controls are named by contract path
// (honnin.gokei_shotoku_kingaku, setaiin[1].kazei), so a refusal's errors[].field is shown at its control.

import { checkField, fillControls, kingakuField, selectField, textField } from '../core/controls.js';
import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { formProblem } from '../core/shien.js';
import { defaultNendo, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { kekkaView } from './kekka.js';
import { KAZEI_OPTIONS, memberList, readKazei } from './rows.js';

const MAX_SETAIIN = 30; // ShisanRequest.setaiin maxItems

let lastShisan = null; // { body, result } — kept while the clerk goes to another screen and back

export function resetShisan() {
  lastShisan = null;
}

function setaiinRow(i) {
  return h('div', { class: 'member-row', 'data-index': i, 'data-object-path': `setaiin[${i}]` },
    h('span', { class: 'member-label' }, `世帯員 ${i + 1}`),
    checkField(`setaiin[${i}].kazei`, '住民税が課税されている'));
}

/**
 * The request from the form and the errors to show before sending. 課税 is sent as true or false (required by the
 * contract: an unchecked member is 非課税), the 本人's as chosen — never guessed.
 */
export function readShisan(form) {
  const { body, errors } = readControls(controlsOf(form));
  body.nendo = Number(form.elements.nendo.value);
  readKazei(form, 'honnin.kazei', body.honnin, errors, '本人の住民税');
  const rows = [...form.querySelectorAll('.member-row')];
  body.setaiin = rows.map((row, i) => ({ kazei: Boolean(row.querySelector(`[data-path="setaiin[${i}].kazei"]`)?.checked) }));
  if (!body.setaiin.length) delete body.setaiin;
  return { body, problem: errors.length ? new ApiError({ title: '入力内容を確認してください', errors }) : null };
}

export function shisanView(ctx) {
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'kekka-title', hidden: true });
  const members = memberList({ row: setaiinRow, noun: '世帯員', max: MAX_SETAIIN, addLabel: '世帯員を追加', empty: '本人以外の世帯員はいません（単身世帯）。' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'shisan-title', novalidate: true },
    h('h1', { id: 'shisan-title' }, '介護保険料の試算'),
    h('p', { class: 'muted' }, '本人の前年の所得と住民税の課税状況、世帯員の課税状況を入力すると、賦課と同じ計算（この団体の段階表・基準額・端数処理）で所得段階・乗率・保険料と算定根拠を求めます。結果は保存されません。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: defaultNendo(), kind: 'int', required: true })),
    h('fieldset', { class: 'honnin', 'data-object-path': 'honnin' },
      h('legend', {}, '本人（第1号被保険者）'),
      h('div', { class: 'grid' },
        selectField('honnin.kazei', '本人の住民税', KAZEI_OPTIONS, { required: true }),
        kingakuField('honnin.gokei_shotoku_kingaku', '合計所得金額（前年分）', { required: true, negative: true }),
        kingakuField('honnin.kazei_nenkin_shunyu', '課税年金収入額', { hint: '老齢年金等（遺族・障害年金は含めない）' }),
        kingakuField('honnin.koteki_nenkin_shotoku', '公的年金等に係る雑所得', { hint: '合計所得金額に含まれる分' }),
        kingakuField('honnin.kyuyo_shotoku', '給与所得', { hint: '合計所得金額に含まれる分（段階の判定で10万円まで控除）' })),
      h('div', { class: 'checks' },
        checkField('honnin.seikatsu_hogo', '生活保護を受給（第1段階）'),
        checkField('honnin.rorei_fukushi', '老齢福祉年金を受給（世帯全員非課税なら第1段階）')),
      h('details', { class: 'fold' }, h('summary', {}, '年度途中の資格取得・喪失（月割）'),
        h('div', { class: 'grid' },
          textField('honnin.shikaku_shutokubi', '年度途中の資格取得日', { hint: '65歳到達日・転入日。省略すると年度の初めから' }),
          textField('honnin.shikaku_soshitsubi', '年度途中の資格喪失日', { hint: '死亡日・転出日の翌日。省略すると年度の終わりまで' })))),
    h('fieldset', { class: 'setai' },
      h('legend', {}, '本人以外の世帯員（住民票の世帯）'),
      h('p', { class: 'muted' }, '世帯全員が非課税か、本人だけが非課税かで段階が変わります。'),
      members.element),
    h('div', { class: 'actions sticky-actions' },
      h('button', { type: 'submit', class: 'primary' }, '試算する'),
      h('button', { type: 'button', class: 'secondary', onclick: () => { resetShisan(); shisanView(ctx); } }, '入力をすべて消去')));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body, problem } = readShisan(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.kaigo.post('/v1/kaigo/shisan', body);
      lastShisan = { body, result: r };
      showResult(result, r);
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
  members.reset(lastShisan?.body.setaiin?.length || 0);
  if (lastShisan) {
    fillControls(form, lastShisan.body);
    form.elements['honnin.kazei'].value = String(lastShisan.body.honnin.kazei);
    (lastShisan.body.setaiin || []).forEach((m, i) => { form.querySelector(`[data-path="setaiin[${i}].kazei"]`).checked = m.kazei; });
    showResult(result, lastShisan.result);
  }
  form.elements['honnin.kazei'].focus();
}

export function showResult(box, r) {
  box.tabIndex = -1;
  box.replaceChildren(...nodes([
    h('h2', { id: 'kekka-title' }, `試算の結果　${nendoLabel(r.nendo)}`),
    h('p', { class: 'muted' }, 'この結果は保存されていません。賦課は被保険者照会の「保険料の賦課」から行います（資格の履歴と地方税の所得情報で計算します）。'),
    kekkaView(r, { konkyoOpen: true })]));
  box.hidden = false;
}
