// 法人の登録 (POST /v1/nozeigimusha/hojin): a 法人 that owns 償却資産, land or houses in the city gets a 宛名番号 of
// this service as a 住登外者, keyed by its 法人番号 (13桁, the check digit first). The name is sent as typed.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { textField } from './controls.js';
import { defaultNendo, nendoLabel } from './format.js';

/**
 * Whether the 13 digits carry their check digit (法人番号の指定等に関する省令 第2条: 9 − (Σ Pn·Qn mod 9), Pn the n-th
 * digit of the 基礎番号 from its lowest, Qn 1 for odd n and 2 for even): a typing slip is shown before sending.
 */
export function hojinBangoValid(bango) {
  if (!/^[1-9]\d{12}$/.test(bango)) return false;
  const kiso = bango.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(kiso[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9) === Number(bango[0]);
}

export function hojinView(ctx) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'hojin-title', novalidate: true },
    h('h1', { id: 'hojin-title' }, '法人の登録'),
    h('p', { class: 'muted' }, '市内に償却資産・土地・家屋を所有する法人を住登外者として登録し、宛名番号を付番します。同じ法人番号は一度だけ登録できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid grid-wide' },
      textField('hojin_bango', '法人番号', { required: true, inputmode: 'numeric', hint: '13桁（先頭の1桁は検査用数字）。例: 7000012050002' }),
      textField('meisho', '商号又は名称', { required: true, hint: '外字・異体字も入力どおりに記録されます' }),
      textField('meisho_furigana', '名称フリガナ', { required: true, hint: '全角カタカナ（例: ミナミセイサクショ）' }),
      textField('shozaichi', '本店又は主たる事務所の所在地', { required: true, hint: '例: 東京都港区芝公園一丁目1番1号' }),
      textField('riyu', '登録の理由', { required: true, multiline: true, hint: '例: 市内に償却資産を所有（200文字以内）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '登録する')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const { body } = readControls(controlsOf(form));
    const bango = body.hojin_bango || '';
    const box = form.querySelector('[data-field="hojin_bango"] .field-error');
    if (bango && !hojinBangoValid(bango)) {
      box.textContent = '法人番号の検査用数字（先頭の1桁）が一致しません。番号をお確かめください';
      form.elements.hojin_bango.setAttribute('aria-invalid', 'true');
      form.elements.hojin_bango.focus();
      return;
    }
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/nozeigimusha/hojin', body));
    if (!r) return;
    form.hidden = true;
    const nendo = defaultNendo();
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'hojin-success' },
      h('strong', {}, '法人を登録しました'),
      h('p', { class: 'new-number' }, '宛名番号 ', h('span', { class: 'num', 'data-testid': 'new-atenabango' }, r.atenabango)),
      h('p', {}, `${r.shimei}（法人番号 ${r.hojin_bango}）`),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link primary', href: link('zeimu', r.atenabango, nendo, 'shokyaku') }, `${nendoLabel(nendo)}の償却資産申告へ`),
        h('a', { href: '#/zeimu/hojin', onclick: (e) => { e.preventDefault(); hojinView(ctx); } }, '続けて別の法人を登録する'))));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  form.elements.hojin_bango.focus();
}
