// Forms: labelled fields with a place for the service's message next to each, problem+json shown
// at the fields it names, and a command sender that keeps one Idempotency-Key per submission.

import { h } from './dom.js';
import { ApiError } from './problem.js';
import { createSubmission } from './submission.js';

/** A labelled text input with hint and error place; `name` is the field name the service reports. */
export function field({ name, label, value = '', hint, required, type = 'text', autocomplete = 'off', size, pattern, list, inputmode, multiline }) {
  const id = `f-${name.replace(/[.[\]]/g, '-')}`;
  const errId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const describedby = [hintId, errId].filter(Boolean).join(' ');
  // multiline: free text where the contract allows line breaks (x-kikan-multiline: 理由, 備考)
  const control = multiline
    ? h('textarea', { id, name, required, rows: 3, 'aria-describedby': describedby }, value ?? '')
    : h('input', { id, name, type, value: value ?? '', required, autocomplete, size, pattern, list, inputmode, 'aria-describedby': describedby });
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required ? requiredMark() : null),
    control,
    hint ? h('small', { id: hintId, class: 'hint' }, hint) : null,
    h('p', { id: errId, class: 'field-error', 'aria-live': 'polite' }));
}

/** A labelled select; `options` are [value, label] pairs. */
export function selectField({ name, label, options, required, value }) {
  const id = `f-${name.replace(/[.[\]]/g, '-')}`;
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required ? requiredMark() : null),
    h('select', { id, name, 'aria-describedby': `${id}-error` },
      options.map(([v, l]) => h('option', { value: v, selected: v === value }, l))),
    h('p', { id: `${id}-error`, class: 'field-error', 'aria-live': 'polite' }));
}

/** Any error as an ApiError (a script error is shown with its message). */
function asApiError(err) {
  return err instanceof ApiError ? err : new ApiError({ title: 'エラー', detail: err?.message });
}

export function requiredMark() {
  return h('span', { class: 'req', 'aria-hidden': 'true' }, '必須');
}

/** The trimmed value of a form control, or undefined when empty. */
export function valueOf(form, name) {
  const v = form.elements[name]?.value?.trim();
  return v ? v : undefined;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  form.querySelector('.form-top')?.replaceChildren();
}

/**
 * Splits a problem's errors into those with a place in the form and the rest (pure, for tests):
 * → { placed: Map(field → [messages]), unplaced: [messages] }.
 */
export function distributeErrors(errors, hasField) {
  const placed = new Map();
  const unplaced = [];
  for (const e of errors || []) {
    if (e.field && hasField(e.field)) placed.set(e.field, [...(placed.get(e.field) || []), e.message]);
    else unplaced.push(e.message);
  }
  return { placed, unplaced };
}

/** The error as a box: title, detail, and the messages (used where there is no form). */
export function problemBox(err, { extraClass = '', testid = 'problem' } = {}) {
  const e = asApiError(err);
  return h('div', { class: `alert${extraClass ? ` ${extraClass}` : ''}`, role: 'alert', 'data-testid': testid },
    h('strong', {}, e.title || 'エラー'),
    e.detail && e.detail !== e.title ? h('p', {}, e.detail) : null,
    e.errors.length ? h('ul', {}, e.errors.map((x) => h('li', {}, x.message))) : null);
}

/** problem+json → `detail` at the top of the form, each `errors[].message` next to its field. */
export function showProblem(form, err, { extraClass = '', command = false } = {}) {
  const e = asApiError(err);
  const top = form.querySelector('.form-top');
  const box = (f) => form.querySelector(`[data-field="${CSS.escape(f)}"]`);
  const { placed, unplaced } = distributeErrors(e.errors, (f) => Boolean(box(f)));
  let first = null;
  for (const [f, messages] of placed) {
    const b = box(f);
    b.querySelector('.field-error').textContent = messages.join('　');
    const control = b.querySelector('input, select, textarea');
    // a message inside a folded part of the form (<details>) must not stay hidden
    for (let d = b.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
    control?.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  top.replaceChildren(h('div', { class: `alert${extraClass ? ` ${extraClass}` : ''}`, role: 'alert', 'data-testid': 'form-problem' },
    h('strong', {}, e.title || 'エラー'),
    e.detail && e.detail !== e.title ? h('p', {}, e.detail) : null,
    placed.size ? h('p', {}, `${placed.size} 件の項目に誤りがあります。各項目のメッセージを確認してください。`) : null,
    unplaced.length ? h('ul', {}, unplaced.map((m) => h('li', {}, m))) : null,
    command && e.indeterminate ? h('p', { 'data-testid': 'retry-hint' }, '記録されたかどうか確認できませんでした。同じ内容のまま再度送信すると、二重に記録されることはありません。') : null));
  (first || top).focus?.();
  top.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Sends a form's command: one Idempotency-Key per submission (kept while the outcome is unknown),
 * the submit button disabled while sending, errors shown at their fields.
 * `send(submission)` performs the request (client.command(submission, path, body)).
 * Resolves to the result, or null when the command was refused or got no answer.
 */
export function commandSender(form, { onProblem = (f, e, o) => showProblem(f, e, o) } = {}) {
  const submission = createSubmission();
  return {
    reset: () => submission.reset(),
    async send(sendFn) {
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        return await sendFn(submission);
      } catch (e) {
        if (!(e instanceof ApiError && e.kind === 'unauthenticated')) onProblem(form, e, { command: true });
        return null;
      } finally {
        button.disabled = false;
      }
    },
  };
}
