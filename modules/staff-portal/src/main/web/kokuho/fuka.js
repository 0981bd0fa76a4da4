// 賦課 (POST /v1/kokuho/fuka): the household's 国保税 for the 年度 from the service's qualification history (months)
// and local tax's income information, kept as a new version — the first the 当初賦課, a changed one a 更正 with the
// difference; unchanged, the service answers the latest version and records nothing. A member whose income is
// unknown makes it refuse (422 shotoku-fumei, one message per person): never assessed as income 0.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { formatSagaku, formatYen, nendoLabel, wareki } from './format.js';
import { kekkaView } from './kekka.js';

export function isShotokuFumei(err) {
  return err?.status === 422 && err.code === 'shotoku-fumei';
}

/** What the answer means against the version that was in force before: 当初 / 更正 / 変更なし. */
export function fukaOutcome(r, latestBefore) {
  if (latestBefore && r.version === latestBefore) return { kind: 'henko-nashi', title: `税額に変更はありません（第${r.version}版のまま）` };
  if (!r.kosei) return { kind: 'tosho', title: '当初賦課を記録しました（第1版）' };
  return { kind: 'kosei', title: `更正を記録しました（第${r.version}版、前の版との差額 ${formatSagaku(r.sagaku)}）` };
}

export async function fukaView(ctx, body, s, nendo) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const current = h('p', { class: 'muted', 'data-testid': 'fuka-genzai' }, '現在の賦課を確認しています…');
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const form = h('form', { class: 'card', 'aria-labelledby': 'fuka-title', novalidate: true },
    h('h2', { id: 'fuka-title' }, `国民健康保険税の賦課（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, `世帯番号 ${s.setaibango} の${nendoLabel(nendo)}の国保税を、資格の履歴（月割）と地方税の所得情報から計算し、新しい版として記録します。前の版から変わったときは更正になり、変わらなければ記録しません。`),
    current,
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'actions' }, submit));
  let latest = null;
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, {
    onProblem: (f, e, o) => {
      showProblem(f, e, o);
      if (isShotokuFumei(e)) {
        f.querySelector('.form-top .alert')?.append(h('p', { 'data-testid': 'shotoku-fumei-hint' },
          '所得が分かって賦課するまで、この世帯は ', h('a', { href: link('kokuho', 'shotoku-fumei', nendo) }, '所得不明世帯の一覧'), ' に載ります。'));
      }
    },
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const r = await sender.send((submission) => ctx.clients.kokuho.command(submission, '/v1/kokuho/fuka', { setaibango: s.setaibango, nendo }));
    if (!r) return;
    result.replaceChildren(fukaSuccess(r, fukaOutcome(r, latest), s, nendo));
    latest = r.version;
    current.textContent = genzaiText(r);
    result.querySelector('.success').focus();
  });
  body.append(form, result);
  submit.focus();
  try {
    const versions = (await ctx.clients.kokuho.get(`/v1/kokuho/fuka/${encodeURIComponent(s.setaibango)}?nendo=${nendo}`)).items || [];
    const last = versions.at(-1);
    latest = last ? last.version : null;
    current.textContent = last ? genzaiText(last) : `${nendoLabel(nendo)}の賦課はまだありません。賦課すると当初賦課（第1版）になります。`;
  } catch (e) {
    if (!isUnauthenticated(e)) current.textContent = `現在の賦課を確認できませんでした: ${e.title || e.message}`;
  }
}

function genzaiText(v) {
  return `現在の税額: 第${v.version}版 ${formatYen(v.nengaku)}（処理年月日 ${wareki(v.shorinengappi)}）。`;
}

function fukaSuccess(r, outcome, s, nendo) {
  return h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'fuka-success', 'data-outcome': outcome.kind },
    h('strong', { 'data-testid': 'fuka-outcome' }, outcome.title),
    h('p', {}, `${nendoLabel(r.nendo)}　処理年月日: ${wareki(r.shorinengappi)}　納税義務者（世帯主）: 宛名番号 ${r.nozeigimusha_atenabango}`),
    h('div', { class: 'success-body' }, kekkaView(r.kekka, { konkyoTitle: `算定根拠（第${r.version}版）` })),
    h('p', {}, h('a', { href: link('kokuho', 'setai', s.setaibango, nendo, 'rireki') }, `賦課履歴を見る（年税額 ${formatYen(r.nengaku)}）`)));
}
