// The entries of the 介護保険課 screens: a 宛名番号 opens the 被保険者 (#/kaigo/hihokensha/<宛名番号>), a 宛名番号 and a
// 年度 the person's 保険料 (#/kaigo/hihokensha/<宛名番号>/<年度>/fuka). The number is checked for form here (digits);
// the service says whether it exists.

import { h } from '../core/dom.js';
import { clearErrors, field, selectField } from '../core/forms.js';
import { link } from '../core/router.js';
import { defaultNendo, NENDO_CHOICES, nendoOption, normalizeBango } from './format.js';

let last = null; // { atenabango, nendo } — the clerk's last lookup, prefilled when coming back

export function resetKensaku() {
  last = null;
}

/** The number typed, or a message for its field. */
export function bangoOrMessage(text, label = '宛名番号') {
  const v = normalizeBango(text);
  if (!v) return { message: `${label}を入力してください` };
  if (!/^\d{1,15}$/.test(v)) return { message: `${label}は数字（15桁以内）で入力してください` };
  return { value: v };
}

function lookupForm({ id, title, lead, nendo, go }) {
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': id, novalidate: true },
    h('h1', { id }, title),
    h('p', { class: 'muted' }, lead),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      field({ name: 'atenabango', label: '宛名番号', required: true, inputmode: 'numeric', value: last?.atenabango, hint: '住民記録の宛名番号（検査数字を含む）' }),
      nendo ? selectField({ name: 'nendo', label: '年度', options: NENDO_CHOICES.map(nendoOption), value: String(last?.nendo || defaultNendo()) }) : null),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const r = bangoOrMessage(form.elements.atenabango.value);
    if (r.message) {
      form.querySelector('[data-field="atenabango"] .field-error').textContent = r.message;
      form.elements.atenabango.setAttribute('aria-invalid', 'true');
      form.elements.atenabango.focus();
      return;
    }
    const n = nendo ? form.elements.nendo.value : undefined;
    last = { ...last, atenabango: r.value, ...(n ? { nendo: n } : {}) };
    location.hash = go(r.value, n);
  });
  return form;
}

export function hihokenshaKensakuView(ctx) {
  const form = lookupForm({
    id: 'kensaku-title', title: '被保険者照会',
    lead: '宛名番号を入力してください。介護保険の資格（第1号被保険者）の取得・喪失の履歴と根拠条文、被保険者番号、住所地特例・適用除外の状態、保険料・負担割合・要介護認定を表示します。照会はアクセスログに記録されます。',
    go: (a) => link('kaigo', 'hihokensha', a),
  });
  ctx.show(form);
  form.elements.atenabango.focus();
}

export function fukaKensakuView(ctx) {
  const form = lookupForm({
    id: 'fuka-kensaku-title', title: '介護保険料の賦課', nendo: true,
    lead: '賦課する第1号被保険者の宛名番号と年度を入力してください。その人の「保険料の賦課」の画面を開きます。',
    go: (a, n) => link('kaigo', 'hihokensha', a, n, 'fuka'),
  });
  ctx.show(form);
  form.elements.atenabango.focus();
}
