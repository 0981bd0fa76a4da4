// 国保税の試算 (POST /v1/kokuho/shisan): a household as the clerk hears it at the counter — each member's birth
// date, 前年の所得, whether insured, joining or leaving during the 年度 — computed by the same engine as the 賦課
// with this municipality's rates (the token's lg_code). Nothing is stored, so it is a plain request (no
// Idempotency-Key). Controls are named by contract path (setaiin[0].shotoku.sosho_kingaku_to), so a refusal's
// errors[].field is shown at its control; amounts typed wrongly are refused at the field before sending.

import { checkField, fillControls, kingakuField, selectField, textField } from '../core/controls.js';
import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { formProblem } from '../core/shien.js';
import { defaultNendo, NENDO_CHOICES, nendoOption } from './format.js';
import { kekkaView } from './kekka.js';

const MAX_SETAIIN = 30; // ShisanRequest.setaiin maxItems
// 雇用保険受給資格者証の離職理由コード: 特定受給資格者 and 特定理由離職者 (the contract's enum)
const RISHOKU_RIYU = [['', '（非自発的失業でない）'], ...['11', '12', '21', '22', '31', '32'].map((c) => [c, `${c}（特定受給資格者）`]),
  ...['23', '33', '34'].map((c) => [c, `${c}（特定理由離職者）`])];

let lastShisan = null; // { body, result } — kept while the clerk goes to another screen and back

export function resetShisan() {
  lastShisan = null;
}

/** One member's controls, named setaiin[i].… */
export function memberFieldset(i) {
  const p = (name) => `setaiin[${i}].${name}`;
  const nushi = h('input', { type: 'radio', name: 'setainushi', value: String(i), id: `f-setainushi-${i}`, checked: i === 0 });
  return h('fieldset', { class: 'setaiin', 'data-index': i, 'data-object-path': `setaiin[${i}]` },
    h('legend', {}, `世帯員 ${i + 1}`),
    h('span', { 'data-object-path': p('shotoku') }),
    h('div', { class: 'grid' },
      textField(p('seinengappi'), '生年月日', { required: true, hint: '例: 昭和55年4月1日 / 1980-04-01' }),
      h('div', { class: 'field field-check', 'data-field': p('setainushi') },
        h('label', { class: 'check', for: `f-setainushi-${i}` }, nushi, '世帯主（納税義務者）'),
        h('p', { class: 'field-error', 'aria-live': 'polite' })),
      checkField(p('kokuho'), '国保の被保険者'),
      checkField(p('tokutei_doitsu_setai_shozokusha'), '特定同一世帯所属者（後期高齢者医療へ移った方）')),
    h('div', { class: 'grid' },
      kingakuField(p('shotoku.sosho_kingaku_to'), '総所得金額等（前年分）', { required: true }),
      kingakuField(p('shotoku.kyuyo_shunyu'), '給与収入'),
      kingakuField(p('shotoku.kyuyo_shotoku'), '給与所得'),
      kingakuField(p('shotoku.nenkin_shunyu'), '公的年金等の収入'),
      kingakuField(p('shotoku.nenkin_shotoku'), '公的年金等に係る雑所得')),
    h('details', { class: 'fold' }, h('summary', {}, '年度途中の取得・喪失、産前産後、非自発的失業'),
      h('div', { class: 'grid' },
        textField(p('shikaku_shutokubi'), '年度途中の資格取得日', { hint: '省略すると年度の初めから' }),
        textField(p('shikaku_soshitsubi'), '年度途中の資格喪失日', { hint: '省略すると年度の終わりまで' }),
        textField(p('shussan_yoteibi'), '出産予定日（出産後は出産日）'),
        checkField(p('tatai'), '多胎妊娠'),
        textField(p('hijihatsuteki_shitsugyo.rishokubi'), '離職日'),
        selectField(p('hijihatsuteki_shitsugyo.rishoku_riyu_kodo'), '離職理由コード', RISHOKU_RIYU))),
    i > 0 ? h('p', { class: 'actions' }, h('button', { type: 'button', class: 'secondary remove' }, `世帯員 ${i + 1} を削除`)) : null);
}

/**
 * The request from the form and the errors to show before sending. 国保 is sent as true or false (the contract's
 * default is true, so an unchecked box must say false); the 世帯主 is the member whose radio is chosen.
 */
export function readShisan(form) {
  const { body, errors } = readControls(controlsOf(form));
  body.nendo = Number(form.elements.nendo.value);
  const sets = [...form.querySelectorAll('fieldset.setaiin')];
  const chosen = form.querySelector('input[name="setainushi"]:checked')?.value;
  body.setaiin = (body.setaiin || []).slice(0, sets.length);
  sets.forEach((fs, i) => {
    const m = body.setaiin[i] || (body.setaiin[i] = { shotoku: {} });
    m.kokuho = Boolean(fs.querySelector(`[data-path="setaiin[${i}].kokuho"]`)?.checked);
    if (String(i) === chosen) m.setainushi = true;
  });
  return { body, problem: errors.length ? new ApiError({ title: '入力内容を確認してください', errors }) : null };
}

export function shisanView(ctx) {
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'kekka-title', hidden: true });
  const members = h('div', { class: 'members' });
  const add = h('button', { type: 'button', class: 'secondary' }, '世帯員を追加');
  const form = h('form', { class: 'card', 'aria-labelledby': 'shisan-title', novalidate: true },
    h('h1', { id: 'shisan-title' }, '国民健康保険税の試算'),
    h('p', { class: 'muted' }, '世帯員ごとに生年月日と前年の所得を入力すると、賦課と同じ計算（この団体の税率）で医療分・後期高齢者支援金分・介護納付金分の税額と算定根拠を求めます。結果は保存されません。世帯主が国保に加入していない場合（擬制世帯主）は「国保の被保険者」を外してください。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: defaultNendo(), kind: 'int', required: true })),
    members,
    h('p', { class: 'actions' }, add),
    h('div', { class: 'actions sticky-actions' },
      h('button', { type: 'submit', class: 'primary' }, '試算する'),
      h('button', { type: 'button', class: 'secondary', onclick: () => { resetShisan(); shisanView(ctx); } }, '入力をすべて消去')));
  members.addEventListener('click', (ev) => {
    const fs = ev.target.closest?.('button.remove') && ev.target.closest('fieldset.setaiin');
    if (!fs) return;
    // the members after the removed one move up: what was typed (even what is not yet valid) moves with them
    const kept = [...members.querySelectorAll('fieldset.setaiin')].filter((x) => x !== fs).map(typed);
    members.replaceChildren(...kept.map((_, k) => memberFieldset(k)));
    kept.forEach((t, k) => restore(members.children[k], t));
    if (!members.querySelector('input[name="setainushi"]:checked')) members.querySelector('#f-setainushi-0').checked = true;
    add.disabled = false;
  });
  add.addEventListener('click', () => {
    const n = members.querySelectorAll('fieldset.setaiin').length;
    const fs = memberFieldset(n);
    members.append(fs);
    fs.querySelector(`[data-path="setaiin[${n}].kokuho"]`).checked = true;
    add.disabled = n + 1 >= MAX_SETAIIN;
    fs.querySelector('input').focus();
  });
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
      const r = await ctx.clients.kokuho.post('/v1/kokuho/shisan', body);
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
  members.replaceChildren(...Array.from({ length: lastShisan?.body.setaiin.length || 1 }, (_, i) => memberFieldset(i)));
  if (lastShisan) {
    fill(form, lastShisan.body);
    showResult(result, lastShisan.result);
  } else {
    form.querySelector('[data-path="setaiin[0].kokuho"]').checked = true;
  }
  form.querySelector('[data-path="setaiin[0].seinengappi"]').focus();
}

/** What was typed into a member's controls, by the path after setaiin[i]. */
function typed(fs) {
  return [...fs.querySelectorAll('[data-path], input[name="setainushi"]')].map((el) => ({
    rest: el.dataset.path ? el.dataset.path.replace(/^setaiin\[\d+\]/, '') : null, value: el.value, checked: el.checked }));
}

function restore(fs, values) {
  const i = fs.dataset.index;
  for (const v of values) {
    const el = v.rest === null ? fs.querySelector('input[name="setainushi"]') : fs.querySelector(`[data-path="setaiin[${i}]${v.rest}"]`);
    if (!el) continue;
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = v.checked;
    else el.value = v.value;
  }
}

/** Puts a request back into the form (after adding or removing a member, or coming back to the screen). */
function fill(form, body) {
  fillControls(form, body);
  (body.setaiin || []).forEach((m, i) => {
    const k = form.querySelector(`[data-path="setaiin[${i}].kokuho"]`);
    if (k) k.checked = m.kokuho !== false;
    const r = form.querySelector(`#f-setainushi-${i}`);
    if (r && m.setainushi) r.checked = true;
  });
}

export function showResult(box, r) {
  box.tabIndex = -1;
  box.replaceChildren(...nodes([
    h('h2', { id: 'kekka-title' }, `試算の結果　${r.nendo_label || ''}`),
    h('p', { class: 'muted' }, 'この結果は保存されていません。賦課は国保世帯の照会から行います（資格の履歴と地方税の所得情報で計算します）。'),
    kekkaView(r, { konkyoOpen: true })]));
  box.hidden = false;
}
