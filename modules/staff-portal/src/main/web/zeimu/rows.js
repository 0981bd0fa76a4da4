// Rows a clerk adds and removes (扶養親族, 配当): each row is `<prefix>[i]` and its cells
// `<prefix>[i].<col>`, renumbered after every change so the names stay those the service reports
// errors under (fuyo_shinzoku[1].seinengappi is the second row's 生年月日, whatever was removed before).

import { h } from '../core/dom.js';
import { requiredMark } from '../core/forms.js';
import { checkControl, idOf, kingakuControl, selectControl } from './controls.js';

/**
 * @param {object} o
 * @param {string} o.prefix   contract path of the array (fuyo_shinzoku)
 * @param {string} o.title    legend
 * @param {string} o.unit     how a row is named (人目 → 「1人目の生年月日」, 件目)
 * @param {{ col: string, label: string, kind: string, options?: [string, string][], required?: boolean, placeholder?: string }[]} o.cols
 * @param {number} o.max      the contract's maxItems
 * @param {string} o.addLabel button text
 * @param {string} [o.note]   a line under the legend
 */
export function rowTable({ prefix, title, unit, cols, max, addLabel, note }) {
  const tbody = h('tbody', {});
  const addButton = h('button', { type: 'button', class: 'secondary' }, addLabel);
  const empty = h('p', { class: 'muted empty-rows' }, 'なし');

  function cell(c) {
    let control;
    if (c.kind === 'select') control = selectControl(c.options);
    else if (c.kind === 'check') control = checkControl();
    else if (c.kind === 'text' || c.kind === 'int') {
      // 'int': a whole number that is no amount (数量, 耐用年数), sent as a number
      control = h('input', { type: 'text', autocomplete: 'off', placeholder: c.placeholder, inputmode: c.kind === 'int' ? 'numeric' : null });
      control.dataset.kind = c.kind;
    } else control = kingakuControl();
    return h('td', { class: c.kind === 'check' ? 'check-cell' : null },
      h('div', { class: 'field cell', 'data-col': c.col },
        h('label', { class: 'sr-only' }, c.label), control, h('p', { class: 'field-error', 'aria-live': 'polite' })));
  }

  function renumber() {
    [...tbody.rows].forEach((tr, i) => {
      tr.dataset.objectPath = `${prefix}[${i}]`;
      tr.querySelector('th').textContent = `${i + 1}`;
      tr.querySelectorAll('.field[data-col]').forEach((b) => {
        const col = b.dataset.col;
        const path = `${prefix}[${i}].${col}`;
        const id = idOf(path);
        const label = `${i + 1}${unit}の${cols.find((c) => c.col === col).label}`;
        b.dataset.field = path;
        b.querySelector('label').textContent = label;
        b.querySelector('label').setAttribute('for', id);
        const control = b.querySelector('input, select');
        Object.assign(control.dataset, { path, label });
        control.id = id;
        control.name = path;
        b.querySelector('.field-error').id = `${id}-error`;
        control.setAttribute('aria-describedby', `${id}-error`);
      });
      tr.querySelector('button.remove').setAttribute('aria-label', `${i + 1}${unit}を削除`);
    });
    addButton.disabled = tbody.rows.length >= max;
    empty.hidden = tbody.rows.length > 0;
    table.hidden = tbody.rows.length === 0;
  }

  function addRow() {
    const tr = h('tr', {}, h('th', { scope: 'row', class: 'num' }), cols.map(cell),
      h('td', {}, h('button', { type: 'button', class: 'secondary remove', onclick: () => { tr.remove(); renumber(); addButton.focus(); } }, '削除')));
    tbody.append(tr);
    renumber();
    return tr;
  }

  const table = h('div', { class: 'table-scroll' }, h('table', { class: 'list member-table' },
    h('caption', { class: 'sr-only' }, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'),
      cols.map((c) => h('th', { scope: 'col' }, c.label, c.required ? requiredMark() : null)),
      h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, '操作')))),
    tbody));
  addButton.addEventListener('click', () => addRow().querySelector('input, select').focus());
  const fieldset = h('fieldset', { class: 'rows' }, h('legend', {}, title),
    note ? h('p', { class: 'muted' }, note) : null,
    // errors about the list as a whole (too many rows) land here
    h('div', { class: 'field', 'data-field': prefix }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
    empty, table, h('p', {}, addButton));
  renumber();
  return { fieldset, addRow, count: () => tbody.rows.length };
}
