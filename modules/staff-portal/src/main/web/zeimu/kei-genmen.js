// 軽自動車税の減免 (地方税法第463条の23, 条例: 身体障害者等が使用する軽自動車等): the application
// (POST /v1/keijidoshazei/genmen) and the decision (POST …/genmen/{genmen_id}/kettei). The contract has no read of an
// application, so the decision form takes the 減免申請ID the application answered (it follows the application at once).

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { selectField, textField } from './controls.js';
import { nendoSelect, readForm } from './daicho.js';
import { dateCell, defaultNendo, nendoLabel } from './format.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const genmenIdOk = (s) => UUID.test(s || '');

function genmenCard(g) {
  return h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': `genmen-${g.jotai}` },
    h('strong', {}, `減免: ${contractLabel('genmen_jotai', g.jotai)}（第${g.version}版）`),
    h('dl', { class: 'details' },
      [['減免申請ID', h('code', { 'data-testid': 'genmen-id' }, g.genmen_id)], ['車両', h('a', { href: link('zeimu', 'kei', 'sharyo', g.sharyo_id) }, g.sharyo_id)],
        ['年度', nendoLabel(g.nendo)], ['事由', contractLabel('genmen_riyu', g.riyu)], ['申請日', dateCell(g.shinseibi)],
        ['障害のある方', g.shogaisha_atenabango || ''], ['手帳', g.techo || ''], ['決定日', g.ketteibi ? dateCell(g.ketteibi) : ''], ['決定の理由', g.kettei_riyu || '']]
        .filter(([, v]) => v !== '').map(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)])));
}

/** #/zeimu/kei/genmen/<sharyo_id?>: the application; after it, its decision. */
export function genmenView(ctx, { sharyoId } = {}) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'genmen-title', novalidate: true },
    h('h1', { id: 'genmen-title' }, '軽自動車税の減免申請'),
    h('p', { class: 'muted' }, '身体障害者等が使用する軽自動車等の減免の申請を記録します。承認されると、その年度の賦課（更正）で減免額が差し引かれます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      textField('sharyo_id', '車両ID', { value: sharyoId || '', required: true, hint: '車両の照会に表示されるID' }),
      nendoSelect('kei', defaultNendo()),
      selectField('riyu', '減免の事由', [['shogaisha', contractLabel('genmen_riyu', 'shogaisha')]], { required: true }),
      textField('shinseibi', '申請日', { required: true, hint: '例: 令和8年4月10日 / 2026-04-10' }),
      textField('shogaisha_atenabango', '障害のある方の宛名番号', { inputmode: 'numeric', hint: '所有者と異なるとき' }),
      textField('techo', '手帳の種類と番号', { hint: '例: 身体障害者手帳 1級 第12345号' }),
      textField('biko', '備考')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '申請を記録する')));
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
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/keijidoshazei/genmen', body));
    if (!r) return;
    form.hidden = true;
    result.replaceChildren(genmenCard(r), ketteiForm(ctx, r.genmen_id));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  form.elements.sharyo_id.focus();
}

/** #/zeimu/kei/genmen-kettei/<genmen_id?>: the decision of an application. */
export function ketteiView(ctx, { genmenId } = {}) {
  ctx.show(h('h1', {}, '軽自動車税の減免の決定'), ketteiForm(ctx, genmenId));
}

export function ketteiForm(ctx, genmenId) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'kettei-title', novalidate: true },
    h('h2', { id: 'kettei-title' }, '減免の決定'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      textField('genmen_id', '減免申請ID', { value: genmenId || '', required: true }),
      selectField('kettei', '決定', [['shonin', contractLabel('genmen_kettei', 'shonin')], ['kyakka', contractLabel('genmen_kettei', 'kyakka')]], { required: true }),
      textField('ketteibi', '決定日', { required: true, hint: '例: 令和8年4月20日 / 2026-04-20' }),
      textField('riyu', '決定の理由', { multiline: true, hint: '却下のときは必ず記載' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '決定を記録する')));
  // the ID is the address of the command, not part of its body
  delete form.querySelector('[name="genmen_id"]').dataset.path;
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, { onProblem: showProblem });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const id = form.elements.genmen_id.value.trim().toLowerCase();
    if (!genmenIdOk(id)) {
      form.querySelector('[data-field="genmen_id"] .field-error').textContent = '減免申請ID（申請の記録に表示されたID）を入力してください';
      form.elements.genmen_id.setAttribute('aria-invalid', 'true');
      form.elements.genmen_id.focus();
      return;
    }
    const { body } = readForm(form);
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, `/v1/keijidoshazei/genmen/${id}/kettei`, body));
    if (!r) return;
    form.hidden = true;
    result.replaceChildren(genmenCard(r));
    result.querySelector('.success').focus();
  });
  return h('div', {}, form, result);
}
