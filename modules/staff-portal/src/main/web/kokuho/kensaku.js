// The entries of the 保険年金課 screens: a 宛名番号 opens the 被保険者 (#/kokuho/hihokensha/<宛名番号>), a 世帯番号
// and a 年度 the 国保世帯 (#/kokuho/setai/<世帯番号>/<年度>). The numbers are checked for form here (digits); the
// service says whether they exist.

import { h } from '../core/dom.js';
import { clearErrors, field, selectField } from '../core/forms.js';
import { link } from '../core/router.js';
import { defaultNendo, NENDO_CHOICES, nendoOption, normalizeBango } from './format.js';

let last = null; // { atenabango, setaibango, nendo } — the clerk's last lookups, prefilled when coming back

export function resetKensaku() {
  last = null;
}

/** The number typed, or a message for its field. */
export function bangoOrMessage(text, label) {
  const v = normalizeBango(text);
  if (!v) return { message: `${label}を入力してください` };
  if (!/^\d{1,15}$/.test(v)) return { message: `${label}は数字（15桁以内）で入力してください` };
  return { value: v };
}

function lookupForm({ id, title, lead, name, label, hint, nendo, go }) {
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': id, novalidate: true },
    h('h1', { id }, title),
    h('p', { class: 'muted' }, lead),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      field({ name, label, required: true, inputmode: 'numeric', value: last?.[name], hint }),
      nendo ? selectField({ name: 'nendo', label: '年度', options: NENDO_CHOICES.map(nendoOption), value: String(last?.nendo || defaultNendo()) }) : null),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const r = bangoOrMessage(form.elements[name].value, label);
    if (r.message) {
      form.querySelector(`[data-field="${name}"] .field-error`).textContent = r.message;
      form.elements[name].setAttribute('aria-invalid', 'true');
      form.elements[name].focus();
      return;
    }
    const n = nendo ? form.elements.nendo.value : undefined;
    last = { ...last, [name]: r.value, ...(n ? { nendo: n } : {}) };
    location.hash = go(r.value, n);
  });
  return form;
}

export function hihokenshaKensakuView(ctx) {
  const form = lookupForm({
    id: 'kensaku-title', title: '被保険者照会', name: 'atenabango', label: '宛名番号',
    lead: '宛名番号を入力してください。国保の資格の取得・喪失の履歴と根拠条文、世帯を表示します。照会はアクセスログに記録されます。',
    hint: '住民記録の宛名番号（検査数字を含む）',
    go: (a) => link('kokuho', 'hihokensha', a),
  });
  ctx.show(form);
  form.elements.atenabango.focus();
}

export function setaiKensakuView(ctx) {
  const form = lookupForm({
    id: 'setai-kensaku-title', title: '国保世帯の照会', name: 'setaibango', label: '世帯番号', nendo: true,
    lead: '世帯番号と年度を入力してください。世帯員と世帯主（擬制世帯主か）、その年度の国保税の賦課と賦課履歴を表示します。',
    hint: '住民票の世帯番号（検査数字を含む）',
    go: (s, n) => link('kokuho', 'setai', s, n),
  });
  ctx.show(form);
  form.elements.setaibango.focus();
}

export function fukaKensakuView(ctx) {
  const form = lookupForm({
    id: 'fuka-kensaku-title', title: '国民健康保険税の賦課', name: 'setaibango', label: '世帯番号', nendo: true,
    lead: '賦課する国保世帯の世帯番号と年度を入力してください。世帯の「賦課」の画面を開きます。',
    hint: '住民票の世帯番号（検査数字を含む）',
    go: (s, n) => link('kokuho', 'setai', s, n, 'fuka'),
  });
  ctx.show(form);
  form.elements.setaibango.focus();
}
