// 保険料の賦課 (POST /v1/kaigo/fuka): the 第1号被保険者's premium for the 年度 from the service's qualification history
// (月割) and local tax's income information (the person's and the 世帯's 課税状況), kept as a new version — the first the
// 当初賦課, a changed one a 更正 with the difference; unchanged, the service answers the latest version and records
// nothing. An unknown income (未申告・所得情報なし) makes it refuse (422 shotoku-fumei): never assessed as income 0; a
// person not insured in the 年度 too (422 hihokensha-nashi).

import { h } from '../core/dom.js';
import { fukaForm, fukaOutcome as outcome } from '../core/fuka-form.js';
import { link } from '../core/router.js';
import { formatYen, nendoLabel, wareki } from './format.js';
import { kekkaView } from './kekka.js';

/** What the answer means against the version that was in force before: 当初 / 更正 / 変更なし. */
export const fukaOutcome = (r, latestBefore) => outcome(r, latestBefore, '保険料');

const HINT = {
  'shotoku-fumei': '所得の分からない方（本人または世帯員）がいます。地方税の申告（簡易申告）で所得が分かってから賦課してください。所得0円として賦課はしません。',
  'hihokensha-nashi': 'この年度に第1号被保険者である月がありません（資格の履歴を確認してください）。',
};

export function fukaView(ctx, body, p, nendo) {
  return fukaForm(ctx, body, {
    service: 'kaigo',
    path: '/v1/kaigo/fuka',
    request: { atenabango: p.atenabango, nendo },
    rirekiPath: `/v1/kaigo/fuka/${encodeURIComponent(p.atenabango)}?nendo=${nendo}`,
    title: `介護保険料の賦課（${nendoLabel(nendo)}）`,
    intro: `宛名番号 ${p.atenabango} の${nendoLabel(nendo)}の保険料を、資格の履歴（月割）と地方税の所得情報（本人と世帯員の住民税の課税状況）から計算し、新しい版として記録します。前の版から変わったときは更正になり、変わらなければ記録しません。`,
    noun: '保険料',
    nashiText: `${nendoLabel(nendo)}の賦課はまだありません。賦課すると当初賦課（第1版）になります。`,
    genzaiText,
    success: (r, o) => fukaSuccess(r, o, p, nendo),
    hint: (f, e) => {
      if (HINT[e?.code]) f.querySelector('.form-top .alert')?.append(h('p', { 'data-testid': 'fuka-hint' }, HINT[e.code]));
    },
  });
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
