// Pieces the 介護保険課 forms share: the 課税・非課税 choice (a required boolean the clerk must choose, never a default),
// and a list of member rows the clerk adds and removes, renumbered so their controls keep their contract paths
// (setaiin[0].kazei, setai_dai1go[1].nenkin_shunyu) and what was typed moves with its row.

import { h } from '../core/dom.js';

export const KAZEI_OPTIONS = [['', '（選択してください）'], ['false', '非課税'], ['true', '課税']];

/** Puts the chosen 課税・非課税 of the select named `path` into `target` as a boolean, or adds an error for it. */
export function readKazei(form, path, target, errors, label) {
  const v = form.querySelector(`[data-path="${path}"]`)?.value;
  const key = path.split('.').at(-1);
  if (v === 'true' || v === 'false') target[key] = v === 'true';
  else {
    delete target[key];
    errors.push({ field: path, message: `${label}の課税・非課税を選んでください` });
  }
}

/** What was typed into a row's controls, by the path after its prefix. */
function typed(row) {
  return [...row.querySelectorAll('[data-path]')].map((el) => ({
    rest: el.dataset.path.replace(/^[a-z_0-9]+\[\d+\]/, ''), value: el.value, checked: el.checked }));
}

function restore(row, prefix, values) {
  for (const v of values) {
    const el = row.querySelector(`[data-path="${prefix}${v.rest}"]`);
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = v.checked;
    else el.value = v.value;
  }
}

/**
 * @param {{ row: (i: number) => Element, noun: string, max: number, addLabel: string, empty: string }} o
 *   row(i): the row's element (class member-row, data-object-path "<name>[i]") with its controls; noun: 世帯員 …
 * → { element, reset(n) }
 */
export function memberList({ row, noun, max, addLabel, empty }) {
  const rows = h('div', { class: 'member-rows' });
  const none = h('p', { class: 'empty' }, empty);
  const add = h('button', { type: 'button', class: 'secondary' }, addLabel);
  const withRemove = (i) => {
    const r = row(i);
    r.append(h('button', { type: 'button', class: 'secondary remove', 'aria-label': `${noun} ${i + 1} を削除` }, '削除'));
    return r;
  };
  const sync = () => {
    const n = rows.querySelectorAll('.member-row').length;
    none.hidden = n > 0;
    add.disabled = n >= max;
  };
  rows.addEventListener('click', (ev) => {
    const target = ev.target.closest?.('button.remove') && ev.target.closest('.member-row');
    if (!target) return;
    const kept = [...rows.querySelectorAll('.member-row')].filter((x) => x !== target).map(typed);
    rows.replaceChildren(...kept.map((_, k) => withRemove(k)));
    kept.forEach((t, k) => restore(rows.children[k], rows.children[k].dataset.objectPath, t));
    sync();
  });
  add.addEventListener('click', () => {
    const n = rows.querySelectorAll('.member-row').length;
    const r = withRemove(n);
    rows.append(r);
    sync();
    r.querySelector('input')?.focus();
  });
  const element = h('div', { class: 'member-list' }, rows, none, h('p', { class: 'actions' }, add));
  return {
    element,
    reset(n) {
      rows.replaceChildren(...Array.from({ length: n }, (_, i) => withRemove(i)));
      sync();
    },
  };
}
