// The 賦課 screen of a premium (保険年金課's 国保税, 介護保険課's 保険料): the service computes the 年度's amount from its
// own records and keeps it as a new version — the first the 当初賦課, a changed one a 更正 with the difference;
// unchanged, it answers the latest version and records nothing. The screen shows what is in force, sends the command
// (Idempotency-Key kept across retries, core/forms.js) and says which of the three happened. A department gives its
// service, paths, texts and the result it shows.

import { h } from './dom.js';
import { formatSagaku } from './kingaku.js';
import { clearErrors, commandSender } from './forms.js';
import { isUnauthenticated } from './problem.js';
import { formProblem } from './shien.js';

/** What the answer means against the version that was in force before: 当初 / 更正 / 変更なし. */
export function fukaOutcome(r, latestBefore, noun) {
  if (latestBefore && r.version === latestBefore) return { kind: 'henko-nashi', title: `${noun}に変更はありません（第${r.version}版のまま）` };
  if (!r.kosei) return { kind: 'tosho', title: '当初賦課を記録しました（第1版）' };
  return { kind: 'kosei', title: `更正を記録しました（第${r.version}版、前の版との差額 ${formatSagaku(r.sagaku)}）` };
}

/**
 * @param spec { service, path, request, rirekiPath, title, intro, noun, nashiText, genzaiText(v), success(r, outcome),
 *             hint(form, problem)? }
 */
export async function fukaForm(ctx, body, spec) {
  const client = ctx.clients[spec.service];
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const current = h('p', { class: 'muted', 'data-testid': 'fuka-genzai' }, '現在の賦課を確認しています…');
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const form = h('form', { class: 'card', 'aria-labelledby': 'fuka-title', novalidate: true },
    h('h2', { id: 'fuka-title' }, spec.title), h('p', { class: 'muted' }, spec.intro), current,
    h('div', { class: 'form-top', tabindex: '-1' }), h('div', { class: 'actions' }, submit));
  let latest = null;
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, {
    onProblem: (f, e, o) => {
      showProblem(f, e, o);
      spec.hint?.(f, e);
    },
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const r = await sender.send((submission) => client.command(submission, spec.path, spec.request));
    if (!r) return;
    result.replaceChildren(spec.success(r, fukaOutcome(r, latest, spec.noun)));
    latest = r.version;
    current.textContent = spec.genzaiText(r);
    result.querySelector('.success').focus();
  });
  body.append(form, result);
  submit.focus();
  try {
    const versions = (await client.get(spec.rirekiPath)).items || [];
    const last = versions.at(-1);
    latest = last ? last.version : null;
    current.textContent = last ? spec.genzaiText(last) : spec.nashiText;
  } catch (e) {
    if (!isUnauthenticated(e)) current.textContent = `現在の賦課を確認できませんでした: ${e.title || e.message}`;
  }
}
