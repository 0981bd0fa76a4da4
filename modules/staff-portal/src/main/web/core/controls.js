// The controls of forms named by contract path (税務課, 保険年金課): each is named by its contract path
// (data-path, also data-field where the service's errors[].field lands), so core/request-body.js builds the body
// from them and a refusal is shown at the control it names.

import { h } from './dom.js';
import { formatKingaku, parseKingaku } from './kingaku.js';
import { requiredMark } from './forms.js';
import { getPath } from './request-body.js';

export const idOf = (path) => `f-${path.replace(/[.[\]]/g, '-')}`;

function box(path, label, control, { hint, required, extraClass } = {}) {
  const id = idOf(path);
  control.id = id;
  control.name = path;
  control.dataset.path = path;
  control.dataset.label = label;
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  return h('div', { class: `field${extraClass ? ` ${extraClass}` : ''}`, 'data-field': path },
    h('label', { for: id }, label, required ? requiredMark() : null),
    control,
    hint ? h('small', { id: `${id}-hint`, class: 'hint' }, hint) : null,
    h('p', { id: `${id}-error`, class: 'field-error', 'aria-live': 'polite' }));
}

/** An amount in yen: right-aligned, shown with thousands separators once the clerk leaves it. */
export function kingakuControl({ negative = false } = {}) {
  const input = h('input', { type: 'text', inputmode: negative ? 'text' : 'numeric', autocomplete: 'off', class: 'kingaku' });
  input.dataset.kind = negative ? 'kingaku-fu' : 'kingaku';
  input.addEventListener('blur', () => {
    const r = parseKingaku(input.value, { negative });
    if (r.value !== undefined) input.value = formatKingaku(r.value);
  });
  return input;
}

export function kingakuField(path, label, { hint, negative, required } = {}) {
  const input = kingakuControl({ negative });
  return box(path, label, input, { hint: hint ?? (negative ? '赤字は「-」または「▲」を付けて入力' : null), required, extraClass: 'field-yen' });
}

export function textField(path, label, { hint, required, multiline, value, inputmode } = {}) {
  const control = multiline
    ? h('textarea', { rows: 3 }, value ?? '')
    : h('input', { type: 'text', autocomplete: 'off', value: value ?? '', inputmode });
  control.dataset.kind = 'text';
  return box(path, label, control, { hint, required });
}

/** A select of [value, label] pairs; the value chosen is sent as it is. */
export function selectControl(options, value, kind = 'select') {
  const s = h('select', {}, options.map(([v, l]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, l)));
  s.dataset.kind = kind;
  return s;
}

export function selectField(path, label, options, { value, hint, required, kind } = {}) {
  return box(path, label, selectControl(options, value, kind), { hint, required });
}

/** A yes/no item (寡婦, 同居 …): sent as true when checked, left out otherwise. */
export function checkControl() {
  const c = h('input', { type: 'checkbox' });
  c.dataset.kind = 'check';
  return c;
}

export function checkField(path, label) {
  const c = checkControl();
  const id = idOf(path);
  c.id = id;
  c.name = path;
  c.dataset.path = path;
  c.dataset.label = label;
  c.setAttribute('aria-describedby', `${id}-error`);
  return h('div', { class: 'field field-check', 'data-field': path },
    h('label', { class: 'check', for: id }, c, label),
    h('p', { id: `${id}-error`, class: 'field-error', 'aria-live': 'polite' }));
}

/** Puts the values of a body (e.g. a saved 申告) back into the controls named by their paths. */
export function fillControls(root, values) {
  root.querySelectorAll('[data-path]').forEach((el) => {
    const v = getPath(values, el.dataset.path);
    if (v === undefined || v === null) return;
    if (el.dataset.kind === 'check') el.checked = v === true;
    else if (el.dataset.kind?.startsWith('kingaku')) el.value = formatKingaku(v);
    else el.value = String(v);
  });
}
