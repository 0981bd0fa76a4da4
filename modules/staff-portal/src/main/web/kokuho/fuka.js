// 賦課 (POST /v1/kokuho/fuka): the household's 国保税 for the 年度 from the service's qualification history (months)
// and local tax's income information, kept as a new version — the first the 当初賦課, a changed one a 更正 with the
// difference; unchanged, the service answers the latest version and records nothing. A member whose income is
// unknown makes it refuse (422 shotoku-fumei, one message per person): never assessed as income 0.

import { h } from '../core/dom.js';
import { fukaForm, fukaOutcome as outcome } from '../core/fuka-form.js';
import { link } from '../core/router.js';
import { formatYen, nendoLabel, wareki } from './format.js';
import { kekkaView } from './kekka.js';

export function isShotokuFumei(err) {
  return err?.status === 422 && err.code === 'shotoku-fumei';
}

/** What the answer means against the version that was in force before: 当初 / 更正 / 変更なし. */
export const fukaOutcome = (r, latestBefore) => outcome(r, latestBefore, '税額');

export function fukaView(ctx, body, s, nendo) {
  return fukaForm(ctx, body, {
    service: 'kokuho',
    path: '/v1/kokuho/fuka',
    request: { setaibango: s.setaibango, nendo },
    rirekiPath: `/v1/kokuho/fuka/${encodeURIComponent(s.setaibango)}?nendo=${nendo}`,
    title: `国民健康保険税の賦課（${nendoLabel(nendo)}）`,
    intro: `世帯番号 ${s.setaibango} の${nendoLabel(nendo)}の国保税を、資格の履歴（月割）と地方税の所得情報から計算し、新しい版として記録します。前の版から変わったときは更正になり、変わらなければ記録しません。`,
    noun: '税額',
    nashiText: `${nendoLabel(nendo)}の賦課はまだありません。賦課すると当初賦課（第1版）になります。`,
    genzaiText,
    success: (r, o) => fukaSuccess(r, o, s, nendo),
    hint: (f, e) => {
      if (isShotokuFumei(e)) {
        f.querySelector('.form-top .alert')?.append(h('p', { 'data-testid': 'shotoku-fumei-hint' },
          '所得が分かって賦課するまで、この世帯は ', h('a', { href: link('kokuho', 'shotoku-fumei', nendo) }, '所得不明世帯の一覧'), ' に載ります。'));
      }
    },
  });
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
