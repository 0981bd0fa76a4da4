// 納税義務者照会 — the entry: a 宛名番号 and a 年度 open the taxpayer's screen. The local tax API finds a
// taxpayer only by 宛名番号 (no search by name or kana yet), so that is what the clerk enters.

import { h } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { link } from '../core/router.js';
import { selectField, textField } from './controls.js';
import { defaultNendo, NENDO_CHOICES, nendoOption } from './format.js';

let last = null; // { atenabango, nendo } — the clerk's last lookup, prefilled when coming back

export function resetKensaku() {
  last = null;
}

/** 全角 digits and separators typed from a paper form (１２３-４５６) → 123456. */
export function normalizeAtenabango(text) {
  return String(text || '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/[\s\u3000\-－ー‐]/g, '');
}

export function kensakuView(ctx) {
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'kensaku-title', novalidate: true },
    h('h1', { id: 'kensaku-title' }, '納税義務者照会'),
    h('p', { class: 'muted' }, '宛名番号と年度を入力してください。住民記録から取り込んだ住民のほか、住登外者も照会できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      textField('atenabango', '宛名番号', { required: true, inputmode: 'numeric', value: last?.atenabango, hint: '住民の宛名番号、または住登外者の宛名番号（8から始まる11桁）' }),
      selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: last?.nendo || defaultNendo() })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const atenabango = normalizeAtenabango(form.elements.atenabango.value);
    const nendo = form.elements.nendo.value;
    if (!/^\d{1,15}$/.test(atenabango)) {
      const b = form.querySelector('[data-field="atenabango"]');
      b.querySelector('.field-error').textContent = atenabango ? '宛名番号は数字（15桁以内）で入力してください' : '宛名番号を入力してください';
      form.elements.atenabango.setAttribute('aria-invalid', 'true');
      form.elements.atenabango.focus();
      return;
    }
    last = { atenabango, nendo };
    location.hash = link('zeimu', atenabango, nendo);
  });
  ctx.show(form);
  form.elements.atenabango.focus();
}
