// 軽自動車等の登録と異動 (POST /v1/keijidoshazei/sharyo, …/sharyo/{sharyo_id}/ido): the 申告 a clerk enters
// (地方税法第463条の19, 条例の申告). A 異動 (名義変更・変更・廃車) is a new version from its 異動日; the items left
// empty stay as in the previous version. The tax falls on the owner of 4月1日 for the whole year (同法第463条の15).

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { checkField, selectField, textField } from './controls.js';
import { readForm } from './daicho.js';

export const SHASHU = ['gentsuki', 'gentsuki_50', 'gentsuki_90', 'gentsuki_125', 'minicar', 'kei_nirin', 'nirin_kogata', 'kogata_tokushu_noko',
  'kogata_tokushu_sonota', 'sanrin', 'yonrin_joyo_jikayo', 'yonrin_joyo_eigyoyo', 'yonrin_kamotsu_jikayo', 'yonrin_kamotsu_eigyoyo'];
export const NENRYO = ['gasoline', 'keiyu', 'lpg', 'denki', 'tennen_gas', 'methanol', 'kongo_methanol', 'gasoline_denryoku', 'sonota'];
export const GREEN = ['nashi', 'denki_to', 'nenpi_90', 'nenpi_70'];
export const IDO_JIYU = ['meigi_henko', 'henko', 'haisha'];

const opts = (item, values, empty) => [...(empty ? [['', empty]] : []), ...values.map((v) => [v, contractLabel(item, v)])];
const seisu = (path, label, hint) => {
  const f = textField(path, label, { hint, inputmode: 'numeric' });
  f.querySelector('input').dataset.kind = 'int';
  return f;
};

/** The items of the vehicle (SharyoTorokuRequest; in a 異動 every one may be left as it was). */
export function sharyoItems({ ido = false } = {}) {
  const same = ido ? '（変更なし）' : null;
  return h('div', { class: 'grid' },
    textField('hyoshiki_bango', '標識番号（ナンバー）', { required: !ido, hint: '例: みなみ 580 あ 1234' }),
    selectField('shashu_kubun', '車種区分', opts('shashu_kubun', SHASHU, same || '選択してください'), { required: !ido }),
    seisu('haikiryo', '総排気量（cc）', '原動機付自転車・二輪は区分を決める'),
    textField('shodo_kensa_nengetsu', '初度検査年月', { hint: '例: 2015-04（平成15年以前で月の記載がなければ年のみ）' }),
    selectField('nenryo', '燃料の種類', opts('nenryo', NENRYO, same || '（記載なし）')),
    selectField('green_kubun', 'グリーン化特例', opts('green_kubun', GREEN, same), { value: ido ? '' : 'nashi', hint: '新規検査の翌年度の1年度分だけ軽課' }),
    textField('shiyosha_atenabango', '使用者の宛名番号', { inputmode: 'numeric', hint: '所有者と異なるとき' }),
    ido ? null : checkField('hikenin', '被けん引車'));
}

/** 車両の登録 (#/zeimu/kei/sharyo). */
export function sharyoTorokuView(ctx) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'sharyo-toroku-title', novalidate: true },
    h('h1', { id: 'sharyo-toroku-title' }, '軽自動車等の登録'),
    h('p', { class: 'muted' }, '軽自動車・原動機付自転車・小型特殊自動車・二輪の小型自動車の申告を記録します。4月1日（賦課期日）の所有者に1年度分を課税します（月割なし）。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '車両'), sharyoItems()),
    h('fieldset', {}, h('legend', {}, '所有者と申告'), h('div', { class: 'grid' },
      textField('shoyusha_atenabango', '所有者の宛名番号', { required: true, inputmode: 'numeric' }),
      textField('idobi', '異動日（登録の効力日）', { required: true, hint: '例: 令和7年4月1日 / 2025-04-01' }),
      textField('shinkokubi', '申告日', { hint: '省略時は処理日' }),
      textField('biko', '備考'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '登録する')));
  submitTo(ctx, form, result, () => '/v1/keijidoshazei/sharyo', '登録');
  ctx.show(form, result);
  form.elements.hyoshiki_bango.focus();
}

/** 名義変更・変更・廃車 of one vehicle (#/zeimu/kei/sharyo/<id>/ido). */
export function sharyoIdoForm(ctx, sharyoId, genzai) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const meigi = h('div', { class: 'grid' }, textField('shoyusha_atenabango', '新しい所有者の宛名番号', { inputmode: 'numeric', required: true }));
  const items = h('fieldset', {}, h('legend', {}, '変更する項目（空欄は前の版のまま）'), sharyoItems({ ido: true }));
  const jiyu = selectField('ido_jiyu', '異動事由', opts('sharyo_ido_jiyu', IDO_JIYU), { required: true, value: 'meigi_henko' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'sharyo-ido-title', novalidate: true },
    h('h2', { id: 'sharyo-ido-title' }, '異動を記録する（名義変更・変更・廃車）'),
    genzai ? h('p', { class: 'muted' }, `現在: ${genzai.hyoshiki_bango}　${contractLabel('shashu_kubun', genzai.shashu_kubun)}　所有者 ${genzai.shoyusha_atenabango}`) : null,
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, jiyu,
      textField('idobi', '異動日', { required: true, hint: '例: 令和7年10月1日 / 2025-10-01' }),
      textField('shinkokubi', '申告日', { hint: '省略時は処理日' }), textField('biko', '備考')),
    meigi, items,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '異動を記録する')));
  const select = jiyu.querySelector('select');
  const sync = () => {
    meigi.hidden = select.value !== 'meigi_henko';
    items.hidden = select.value === 'haisha';
  };
  select.addEventListener('change', sync);
  sync();
  submitTo(ctx, form, result, () => `/v1/keijidoshazei/sharyo/${encodeURIComponent(sharyoId)}/ido`, '異動');
  return h('div', {}, form, result);
}

function submitTo(ctx, form, result, path, what) {
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, { onProblem: showProblem });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const { body, problem } = readForm(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, path(), body));
    if (!r) return;
    const v = r.rireki.at(-1);
    form.hidden = true;
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'sharyo-success' },
      h('strong', {}, `${contractLabel('sharyo_ido_jiyu', v.ido_jiyu)}を記録しました（履歴番号 ${v.rirekibango}）`),
      h('p', {}, `標識番号 ${v.hyoshiki_bango}　${contractLabel('shashu_kubun', v.shashu_kubun)}　所有者 ${v.shoyusha_atenabango}`),
      h('p', {}, '車両ID: ', h('code', { 'data-testid': 'sharyo-id' }, r.sharyo_id)),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link', href: link('zeimu', 'kei', 'sharyo', r.sharyo_id) }, '車両の照会へ'),
        h('a', { href: link('zeimu', 'kei', 'shoyu', v.shoyusha_atenabango) }, '所有者の車両を見る'),
        what === '登録' ? h('a', { href: link('zeimu', 'kei', 'sharyo') }, '続けて登録する') : null)));
    result.querySelector('.success').focus();
  });
}
