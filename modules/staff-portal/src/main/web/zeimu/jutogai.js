// 住登外者の登録 (POST /v1/nozeigimusha/jutogai): a taxpayer with no resident record here (e.g. owns a
// house in the city, lives elsewhere) gets a 宛名番号 of this service. Names are sent exactly as typed.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { codeOptions } from './codes.js';
import { selectField, textField } from './controls.js';
import { dateCell, defaultNendo, nendoLabel } from './format.js';
import { BIRTH_HINT } from './nyuryoku.js';

/** 性別 in the order a clerk picks it: 男, 女, then 不明 (resident records' table, as the contract's values). */
const SEIBETSU = [['', '（選択してください）'], ...codeOptions('seibetsu', ['1', '2', '0'])];

export function jutogaiView(ctx) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'jutogai-title', novalidate: true },
    h('h1', { id: 'jutogai-title' }, '住登外者の登録'),
    h('p', { class: 'muted' }, 'この団体に住民登録のない納税義務者（市内に家屋・事業所を有する方など）を登録し、宛名番号を付番します。住民記録にある方は登録不要です（住民記録から取り込まれます）。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '本人'),
      h('div', { class: 'grid' },
        textField('shimei', '氏名', { required: true, hint: '氏と名の間は全角空白。外字・異体字も入力どおりに記録されます' }),
        textField('shimei_furigana', 'フリガナ', { required: true, hint: '全角カタカナ（例: ヨシダ　ハナコ）' }),
        textField('seinengappi', '生年月日', { required: true, hint: BIRTH_HINT }),
        selectField('seibetsu', '性別', SEIBETSU))),
    h('fieldset', {}, h('legend', {}, '住所と理由'),
      h('div', { class: 'grid grid-wide' },
        textField('jusho', '住所（他団体）', { required: true, hint: '例: 東京都千代田区霞が関一丁目1番1号' }),
        textField('riyu', '住登外者として登録する理由', { required: true, multiline: true, hint: '例: 市内に家屋を所有（200文字以内）' }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '登録する')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    // only the ends are trimmed: 𠮷, 髙 or an IVS in a name reach the service as typed
    const { body } = readControls(controlsOf(form));
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/nozeigimusha/jutogai', body));
    if (!r) return;
    form.hidden = true;
    const nendo = defaultNendo();
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'jutogai-success' },
      h('strong', {}, '住登外者を登録しました'),
      h('p', { class: 'new-number' }, '宛名番号 ', h('span', { class: 'num', 'data-testid': 'new-atenabango' }, r.atenabango)),
      h('p', {}, `${r.shimei}（${r.shimei_furigana || ''}）　生年月日 `, dateCell(r.seinengappi)),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link primary', href: link('zeimu', r.atenabango, nendo) }, `${nendoLabel(nendo)}の照会へ`),
        h('a', { href: '#/zeimu/jutogai', onclick: (e) => { e.preventDefault(); jutogaiView(ctx); } }, '続けて別の住登外者を登録する'))));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  form.elements.shimei.focus();
}
