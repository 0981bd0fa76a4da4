// 軽自動車税（種別割）の試算 (POST /v1/keijidoshazei/shisan): one vehicle as entered, computed by the engine of the
// 賦課 (標準・旧税率 by 初度検査年月, 13年経過の重課, グリーン化特例の軽課, 減免), with its explanation. Nothing is
// stored: a plain request. zeigakuView is also the display of each vehicle of a stored 賦課 (kei-fuka.js).

import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { checkField } from './controls.js';
import { nendoSelect, readForm } from './daicho.js';
import { defaultNendo, formatYen, nendoLabel, wareki, yenCell } from './format.js';
import { sharyoItems } from './kei-toroku.js';
import { konkyoList } from './konkyo.js';

/** The tax of one vehicle (KeijidoshazeiZeigaku): 税率 → 軽課 → 減免 → 税額, and the 算定根拠. */
export function zeigakuTable(z, { caption } = {}) {
  return h('table', { class: 'list amounts kei-zeigaku', 'data-testid': 'kei-zeigaku' },
    h('caption', {}, caption || `${nendoLabel(z.nendo)}（賦課期日 ${wareki(z.fuka_kijitsu)}）`),
    h('tbody', {},
      h('tr', {}, h('th', { scope: 'row' }, '車種区分'), h('td', {}, z.shashu_kubun_mei || contractLabel('shashu_kubun', z.shashu_kubun))),
      h('tr', { 'data-item': 'zeiritsu_kubun' }, h('th', { scope: 'row' }, '適用した税率'), h('td', {}, contractLabel('zeiritsu_kubun', z.zeiritsu_kubun))),
      h('tr', { 'data-item': 'zeiritsu_gaku' }, h('th', { scope: 'row' }, '税率（年額）'), yenCell(z.zeiritsu_gaku)),
      h('tr', { 'data-item': 'keika_gaku' }, h('th', { scope: 'row' }, 'グリーン化特例による軽減'), h('td', { class: 'yen' }, z.keika_gaku ? `−${formatYen(z.keika_gaku)}` : '0円')),
      h('tr', { 'data-item': 'genmen_gaku' }, h('th', { scope: 'row' }, '減免'), h('td', { class: 'yen' }, z.genmen_gaku ? `−${formatYen(z.genmen_gaku)}` : '0円')),
      h('tr', { class: 'total grand', 'data-item': 'zeigaku' }, h('th', { scope: 'row' }, '税額（年額）'), yenCell(z.zeigaku, { 'data-testid': 'kei-zeigaku-gaku' }))));
}

export function zeigakuView(z, { konkyoOpen = true, title } = {}) {
  return [zeigakuTable(z, { caption: title }), konkyoList(z.santei_konkyo, { open: konkyoOpen })];
}

export function keiShisanView(ctx) {
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'kei-kekka-title', hidden: true });
  const form = h('form', { class: 'card', 'aria-labelledby': 'kei-shisan-title', novalidate: true },
    h('h1', { id: 'kei-shisan-title' }, '軽自動車税（種別割）の試算'),
    h('p', { class: 'muted' }, '入力した車両について、賦課と同じ計算で年税額と算定根拠を求めます（4月1日の所有者に1年度分、月割なし）。結果は保存されません。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '年度'), h('div', { class: 'grid' }, nendoSelect('kei', defaultNendo()))),
    h('fieldset', {}, h('legend', {}, '車両'), sharyoItems(), h('div', { class: 'grid' }, checkField('genmen', '身体障害者等の減免が承認されたものとして計算する'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '試算する')));
  // the items of a registration that the 試算 does not take
  ['hyoshiki_bango', 'shiyosha_atenabango'].forEach((n) => form.querySelector(`[data-field="${n}"]`).remove());
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body, problem } = readForm(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.zeimu.post('/v1/keijidoshazei/shisan', body);
      result.tabIndex = -1;
      result.replaceChildren(...nodes([
        h('h2', { id: 'kei-kekka-title' }, `試算の結果　${nendoLabel(r.zeigaku.nendo)}`),
        h('div', { class: 'nenzeigaku' }, h('span', { class: 'nenzeigaku-label' }, '年税額'), h('strong', { 'data-testid': 'nenzeigaku' }, formatYen(r.zeigaku.zeigaku))),
        h('p', { class: 'parameter-set' }, h('strong', {}, '用いたパラメータ: '),
          h('span', { 'data-testid': 'parameter-set' }, r.parameter_set === 'inline' ? '試算の入力（保存されません）' : '規定（出荷時の値）')),
        zeigakuView(r.zeigaku)]));
      result.hidden = false;
      result.scrollIntoView?.({ block: 'start' });
      result.focus();
    } catch (e) {
      result.hidden = true;
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, result);
  form.elements.shashu_kubun.focus();
}
