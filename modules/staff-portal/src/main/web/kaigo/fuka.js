// 保険料の賦課 (POST /v1/kaigo/fuka): the 第1号被保険者's premium for the 年度 from the service's qualification history
// (月割) and local tax's income information (the person's and the 世帯's 課税状況), kept as a new version — the first the
// 当初賦課, a changed one a 更正 with the difference; unchanged, the service answers the latest version and records
// nothing. An unknown income (未申告・所得情報なし) makes it refuse (422 shotoku-fumei): never assessed as income 0; a
// person not insured in the 年度 too (422 hihokensha-nashi).

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { formatSagaku, formatYen, nendoLabel, wareki } from './format.js';
import { kekkaView } from './kekka.js';

/** What the answer means against the version that was in force before: 当初 / 更正 / 変更なし. */
export function fukaOutcome(r, latestBefore) {
  if (latestBefore && r.version === latestBefore) return { kind: 'henko-nashi', title: `保険料に変更はありません（第${r.version}版のまま）` };
  if (!r.kosei) return { kind: 'tosho', title: '当初賦課を記録しました（第1版）' };
  return { kind: 'kosei', title: `更正を記録しました（第${r.version}版、前の版との差額 ${formatSagaku(r.sagaku)}）` };
}

const HINT = {
  'shotoku-fumei': '所得の分からない方（本人または世帯員）がいます。地方税の申告（簡易申告）で所得が分かってから賦課してください。所得0円として賦課はしません。',
  'hihokensha-nashi': 'この年度に第1号被保険者である月がありません（資格の履歴を確認してください）。',
};

export async function fukaView(ctx, body, p, nendo) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const current = h('p', { class: 'muted', 'data-testid': 'fuka-genzai' }, '現在の賦課を確認しています…');
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const form = h('form', { class: 'card', 'aria-labelledby': 'fuka-title', novalidate: true },
    h('h2', { id: 'fuka-title' }, `介護保険料の賦課（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, `宛名番号 ${p.atenabango} の${nendoLabel(nendo)}の保険料を、資格の履歴（月割）と地方税の所得情報（本人と世帯員の住民税の課税状況）から計算し、新しい版として記録します。前の版から変わったときは更正になり、変わらなければ記録しません。`),
    current,
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'actions' }, submit));
  let latest = null;
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, {
    onProblem: (f, e, o) => {
      showProblem(f, e, o);
      if (HINT[e?.code]) f.querySelector('.form-top .alert')?.append(h('p', { 'data-testid': 'fuka-hint' }, HINT[e.code]));
    },
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const r = await sender.send((submission) => ctx.clients.kaigo.command(submission, '/v1/kaigo/fuka', { atenabango: p.atenabango, nendo }));
    if (!r) return;
    result.replaceChildren(fukaSuccess(r, fukaOutcome(r, latest), p, nendo));
    latest = r.version;
    current.textContent = genzaiText(r);
    result.querySelector('.success').focus();
  });
  body.append(form, result);
  submit.focus();
  try {
    const versions = (await ctx.clients.kaigo.get(`/v1/kaigo/fuka/${encodeURIComponent(p.atenabango)}?nendo=${nendo}`)).items || [];
    const last = versions.at(-1);
    latest = last ? last.version : null;
    current.textContent = last ? genzaiText(last) : `${nendoLabel(nendo)}の賦課はまだありません。賦課すると当初賦課（第1版）になります。`;
  } catch (e) {
    if (!isUnauthenticated(e)) current.textContent = `現在の賦課を確認できませんでした: ${e.title || e.message}`;
  }
}

function genzaiText(v) {
  return `現在の保険料: 第${v.version}版 第${v.dankai}段階 ${formatYen(v.nengaku)}（処理年月日 ${wareki(v.shorinengappi)}）。`;
}

function fukaSuccess(r, outcome, p, nendo) {
  return h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'fuka-success', 'data-outcome': outcome.kind },
    h('strong', { 'data-testid': 'fuka-outcome' }, outcome.title),
    h('p', {}, `${nendoLabel(r.nendo)}　処理年月日: ${wareki(r.shorinengappi)}　被保険者番号: ${r.hihokensha_bango || '（未付番）'}`),
    h('div', { class: 'success-body' }, kekkaView(r.kekka, { konkyoTitle: `算定根拠（第${r.version}版）` })),
    h('p', {}, h('a', { href: link('kaigo', 'hihokensha', p.atenabango, nendo, 'rireki') }, `賦課履歴を見る（賦課額 ${formatYen(r.nengaku)}）`)));
}
